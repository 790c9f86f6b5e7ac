package id.jht.portal.domain.model.claim;

import static id.jht.portal.domain.model.claim.ClaimStatus.APPROVED;
import static id.jht.portal.domain.model.claim.ClaimStatus.CALLED;
import static id.jht.portal.domain.model.claim.ClaimStatus.CANCELLED;
import static id.jht.portal.domain.model.claim.ClaimStatus.DOCUMENTS_REQUESTED;
import static id.jht.portal.domain.model.claim.ClaimStatus.DRAFT;
import static id.jht.portal.domain.model.claim.ClaimStatus.IN_VERIFICATION;
import static id.jht.portal.domain.model.claim.ClaimStatus.PAID;
import static id.jht.portal.domain.model.claim.ClaimStatus.QUEUED;
import static id.jht.portal.domain.model.claim.ClaimStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.PersonName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of statuses and every status with every action: the lifecycle allows exactly these
 * moves, each through the claim's own method for its business action, and the claim refuses the
 * others with {@link IllegalClaimTransitionException}.
 */
class ClaimLifecycleTest {

  private static final Map<ClaimStatus, Set<ClaimStatus>> ALLOWED =
      Map.of(
          DRAFT, EnumSet.of(QUEUED, CANCELLED),
          QUEUED, EnumSet.of(CALLED, CANCELLED),
          CALLED, EnumSet.of(IN_VERIFICATION, QUEUED, CANCELLED),
          IN_VERIFICATION, EnumSet.of(DOCUMENTS_REQUESTED, APPROVED, REJECTED),
          DOCUMENTS_REQUESTED, EnumSet.of(IN_VERIFICATION, REJECTED, CANCELLED),
          APPROVED, EnumSet.of(PAID),
          PAID, EnumSet.noneOf(ClaimStatus.class),
          REJECTED, EnumSet.noneOf(ClaimStatus.class),
          CANCELLED, EnumSet.noneOf(ClaimStatus.class));

  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

  static Stream<Arguments> everyPair() {
    return Stream.of(ClaimStatus.values())
        .flatMap(from -> Stream.of(ClaimStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void theLifecycleAllowsExactlyTheListedMoves(ClaimStatus from, ClaimStatus to) {
    assertEquals(ALLOWED.get(from).contains(to), from.mayMoveTo(to));
  }

  /** Each action's allowed statuses, written out here independently of {@link ClaimAction}. */
  private static final Map<ClaimAction, Set<ClaimStatus>> ACTION_FROM =
      Map.of(
          ClaimAction.SUBMIT, EnumSet.of(DRAFT),
          ClaimAction.CALL, EnumSet.of(QUEUED),
          ClaimAction.REQUEUE, EnumSet.of(CALLED),
          ClaimAction.START_VERIFICATION, EnumSet.of(CALLED, DOCUMENTS_REQUESTED),
          ClaimAction.REQUEST_DOCUMENTS, EnumSet.of(IN_VERIFICATION),
          ClaimAction.RECEIVE_REQUESTED_DOCUMENTS, EnumSet.of(DOCUMENTS_REQUESTED),
          ClaimAction.APPROVE, EnumSet.of(IN_VERIFICATION),
          ClaimAction.REJECT, EnumSet.of(IN_VERIFICATION, DOCUMENTS_REQUESTED),
          ClaimAction.MARK_PAID, EnumSet.of(APPROVED),
          ClaimAction.CANCEL, EnumSet.of(DRAFT, QUEUED, CALLED, DOCUMENTS_REQUESTED));

  private static final Map<ClaimAction, ClaimStatus> ACTION_TO =
      Map.of(
          ClaimAction.SUBMIT, QUEUED,
          ClaimAction.CALL, CALLED,
          ClaimAction.REQUEUE, QUEUED,
          ClaimAction.START_VERIFICATION, IN_VERIFICATION,
          ClaimAction.REQUEST_DOCUMENTS, DOCUMENTS_REQUESTED,
          ClaimAction.RECEIVE_REQUESTED_DOCUMENTS, IN_VERIFICATION,
          ClaimAction.APPROVE, APPROVED,
          ClaimAction.REJECT, REJECTED,
          ClaimAction.MARK_PAID, PAID,
          ClaimAction.CANCEL, CANCELLED);

  private static final Instant LATER = NOW.plusSeconds(3_600);

  static Stream<Arguments> everyStatusAndAction() {
    return Stream.of(ClaimStatus.values())
        .flatMap(from -> Stream.of(ClaimAction.values()).map(a -> Arguments.of(from, a)));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndAction")
  void aClaimTakesAnActionOnlyFromItsAllowedStatuses(ClaimStatus from, ClaimAction action) {
    Claim claim = claimIn(from);
    assertEquals(ACTION_FROM.get(action).contains(from), action.isAllowedFrom(from));
    if (ACTION_FROM.get(action).contains(from)) {
      perform(claim, action, LATER);
      ClaimStatus to = ACTION_TO.get(action);
      assertEquals(to, claim.getStatus());
      assertEquals(LATER, claim.getLastActivityAt());
      assertEquals(to.isOpen() ? null : LATER, claim.getClosedAt(), "closed when final");
    } else {
      IllegalClaimTransitionException refused =
          assertThrows(IllegalClaimTransitionException.class, () -> perform(claim, action, LATER));
      assertEquals(from, refused.from());
      assertEquals(action, refused.action());
      assertEquals(ACTION_TO.get(action), refused.to());
      assertEquals(from, claim.getStatus(), "a refused action changes nothing");
      assertEquals(NOW, claim.getLastActivityAt(), "a refused action changes nothing");
    }
  }

  /** The actions lead along exactly the listed moves: no move without an action, no other move. */
  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void theActionsCoverExactlyTheListedMoves(ClaimStatus from, ClaimStatus to) {
    boolean someAction =
        Stream.of(ClaimAction.values())
            .anyMatch(a -> ACTION_TO.get(a) == to && ACTION_FROM.get(a).contains(from));
    assertEquals(ALLOWED.get(from).contains(to), someAction);
  }

  @Test
  void everyActionLeadsToTheStatusListedHere() {
    for (ClaimAction action : ClaimAction.values()) {
      assertEquals(ACTION_TO.get(action), action.target(), action.name());
    }
    assertFalse(ClaimAction.CANCEL.isAllowedFrom(null));
  }

  @Test
  void aDraftIsSubmittedOnce() {
    Claim claim = claimIn(DRAFT);
    claim.submit(NOW);
    assertEquals(QUEUED, claim.getStatus());
    assertEquals(NOW, claim.getSubmittedAt());
    assertThrows(IllegalClaimTransitionException.class, () -> claim.submit(NOW));
  }

  @Test
  void aFinalStatusClosesTheClaimAndNoOtherDoes() {
    Claim claim = claimIn(IN_VERIFICATION);
    claim.requestDocuments(NOW);
    assertNull(claim.getClosedAt());
    claim.reject(NOW);
    assertNotNull(claim.getClosedAt());
  }

  /** Calls the claim's own method for {@code action}, as the use cases do. */
  private static void perform(Claim claim, ClaimAction action, Instant now) {
    switch (action) {
      case SUBMIT -> claim.submit(now);
      case CALL -> claim.call(now);
      case REQUEUE -> claim.requeue(now);
      case START_VERIFICATION -> claim.startVerification(now);
      case REQUEST_DOCUMENTS -> claim.requestDocuments(now);
      case RECEIVE_REQUESTED_DOCUMENTS -> claim.receiveRequestedDocuments(now);
      case APPROVE -> claim.approve(now);
      case REJECT -> claim.reject(now);
      case MARK_PAID -> claim.markPaid(now);
      case CANCEL -> claim.cancel(now);
    }
  }

  /** A claim brought to {@code status} along the shortest allowed path. */
  private static Claim claimIn(ClaimStatus status) {
    Participant participant =
        new Participant(
            Nik.of("3515081403919001"),
            PersonName.of("Andika Prasetyo"),
            "Sidoarjo",
            LocalDate.of(1991, 3, 14),
            Gender.MALE,
            "Sulastri",
            EmailAddress.of("andika@example.com"),
            MobileNumber.of("+6281234567890"),
            null);
    Membership membership =
        new Membership(
            participant,
            Kpj.of("13051784206"),
            "PT Contoh",
            LocalDate.of(2015, 1, 1),
            MembershipStatus.NON_ACTIVE,
            LocalDate.of(2026, 8, 1),
            10_000_000L);
    Claim claim = Claim.startDraft(participant, membership, NOW);
    for (ClaimAction step : pathTo(status)) {
      perform(claim, step, NOW);
    }
    return claim;
  }

  private static ClaimAction[] pathTo(ClaimStatus status) {
    ClaimAction submit = ClaimAction.SUBMIT;
    ClaimAction call = ClaimAction.CALL;
    ClaimAction verify = ClaimAction.START_VERIFICATION;
    return switch (status) {
      case DRAFT -> new ClaimAction[] {};
      case QUEUED -> new ClaimAction[] {submit};
      case CALLED -> new ClaimAction[] {submit, call};
      case IN_VERIFICATION -> new ClaimAction[] {submit, call, verify};
      case DOCUMENTS_REQUESTED ->
          new ClaimAction[] {submit, call, verify, ClaimAction.REQUEST_DOCUMENTS};
      case APPROVED -> new ClaimAction[] {submit, call, verify, ClaimAction.APPROVE};
      case PAID ->
          new ClaimAction[] {submit, call, verify, ClaimAction.APPROVE, ClaimAction.MARK_PAID};
      case REJECTED -> new ClaimAction[] {submit, call, verify, ClaimAction.REJECT};
      case CANCELLED -> new ClaimAction[] {ClaimAction.CANCEL};
    };
  }
}
