package id.jht.portal.application.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.claim.ClaimStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private static Set<ClaimStatus> allowedWith(Decision decision, boolean ticketActive) {
    Set<ClaimStatus> allowed = EnumSet.noneOf(ClaimStatus.class);
    for (ClaimStatus status : ClaimStatus.values()) {
      if (decision.allowedFrom(status, ticketActive)) {
        allowed.add(status);
      }
    }
    return allowed;
  }

  @Test
  void verificationStartsFromACalledTicketOrAfterDocumentsWereRequested() {
    assertEquals(
        EnumSet.of(ClaimStatus.CALLED, ClaimStatus.DOCUMENTS_REQUESTED),
        allowedWith(Decision.START_VERIFICATION, true));
    assertEquals(
        EnumSet.of(ClaimStatus.DOCUMENTS_REQUESTED),
        allowedWith(Decision.START_VERIFICATION, false),
        "a called participant marked no-show is not verified");
  }

  @Test
  void theChecklistAlsoBeforeTheCallWhileTheTicketWaits() {
    assertEquals(
        EnumSet.of(ClaimStatus.IN_VERIFICATION, ClaimStatus.QUEUED),
        allowedWith(Decision.REVIEW_DOCUMENTS, true));
    assertEquals(
        EnumSet.of(ClaimStatus.IN_VERIFICATION), allowedWith(Decision.REVIEW_DOCUMENTS, false));
  }

  @Test
  void documentRequestAndApprovalOnlyDuringVerification() {
    for (Decision decision : new Decision[] {Decision.REQUEST_DOCUMENTS, Decision.APPROVE}) {
      assertEquals(
          EnumSet.of(ClaimStatus.IN_VERIFICATION), allowedWith(decision, true), decision.name());
      assertEquals(
          EnumSet.of(ClaimStatus.IN_VERIFICATION), allowedWith(decision, false), decision.name());
    }
  }

  @Test
  void rejectionDuringVerificationOrWhileWaitingForDocuments() {
    assertEquals(
        EnumSet.of(ClaimStatus.IN_VERIFICATION, ClaimStatus.DOCUMENTS_REQUESTED),
        allowedWith(Decision.REJECT, true));
  }

  @Test
  void noShowNeedsAnActiveTicketOfAClaimNotYetInVerification() {
    assertEquals(
        EnumSet.of(ClaimStatus.QUEUED, ClaimStatus.CALLED), allowedWith(Decision.NO_SHOW, true));
    assertTrue(allowedWith(Decision.NO_SHOW, false).isEmpty());
  }

  @Test
  void onlyApprovedClaimsArePaidAndOnlyBySupervisors() {
    assertEquals(EnumSet.of(ClaimStatus.APPROVED), allowedWith(Decision.MARK_PAID, false));
    assertTrue(Decision.MARK_PAID.supervisorsOnly());
    for (Decision decision : Decision.values()) {
      if (decision != Decision.MARK_PAID) {
        assertFalse(decision.supervisorsOnly(), decision.name());
      }
    }
  }

  @Test
  void nothingIsAllowedOnAClosedClaimOrADraft() {
    for (Decision decision : Decision.values()) {
      for (ClaimStatus closed :
          new ClaimStatus[] {
            ClaimStatus.DRAFT, ClaimStatus.PAID, ClaimStatus.REJECTED, ClaimStatus.CANCELLED
          }) {
        assertFalse(decision.allowedFrom(closed, true), decision + " from " + closed);
      }
      assertFalse(decision.allowedFrom(null, true));
    }
  }

  @Test
  void targetsAndTimelineEventsMatchTheClaimStates() {
    assertEquals(Optional.of(ClaimStatus.IN_VERIFICATION), Decision.START_VERIFICATION.target());
    assertEquals(Optional.of(ClaimStatus.DOCUMENTS_REQUESTED), Decision.REQUEST_DOCUMENTS.target());
    assertEquals(Optional.of(ClaimStatus.APPROVED), Decision.APPROVE.target());
    assertEquals(Optional.of(ClaimStatus.REJECTED), Decision.REJECT.target());
    assertEquals(Optional.of(ClaimStatus.PAID), Decision.MARK_PAID.target());
    assertEquals(Optional.empty(), Decision.NO_SHOW.target());
    assertEquals(Optional.empty(), Decision.REVIEW_DOCUMENTS.target());
    for (Decision decision : Decision.values()) {
      decision
          .target()
          .ifPresent(
              target ->
                  assertEquals(Optional.of(target.name()), decision.eventType(), decision.name()));
    }
    assertEquals(Optional.of("NO_SHOW"), Decision.NO_SHOW.eventType());
    assertEquals(Optional.empty(), Decision.REVIEW_DOCUMENTS.eventType());
  }
}
