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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Participant;
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
 * Every pair of statuses: the lifecycle allows exactly these moves, and the claim refuses others.
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

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void aClaimMovesOnlyAlongTheLifecycle(ClaimStatus from, ClaimStatus to) {
    Claim claim = claimIn(from);
    if (ALLOWED.get(from).contains(to)) {
      claim.moveTo(to, NOW);
      assertEquals(to, claim.getStatus());
    } else {
      IllegalClaimTransitionException refused =
          assertThrows(IllegalClaimTransitionException.class, () -> claim.moveTo(to, NOW));
      assertEquals(from, refused.from());
      assertEquals(from, claim.getStatus(), "a refused move changes nothing");
    }
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
    claim.moveTo(DOCUMENTS_REQUESTED, NOW);
    assertNull(claim.getClosedAt());
    claim.moveTo(REJECTED, NOW);
    assertNotNull(claim.getClosedAt());
  }

  /** A claim brought to {@code status} along the shortest allowed path. */
  private static Claim claimIn(ClaimStatus status) {
    Participant participant =
        new Participant(
            "3515081403919001",
            "Andika Prasetyo",
            "Sidoarjo",
            LocalDate.of(1991, 3, 14),
            Gender.MALE,
            "Sulastri",
            "andika@example.com",
            "+6281234567890",
            null);
    Membership membership =
        new Membership(
            participant,
            "13051784206",
            "PT Contoh",
            LocalDate.of(2015, 1, 1),
            MembershipStatus.NON_ACTIVE,
            LocalDate.of(2026, 8, 1),
            10_000_000L);
    Claim claim = Claim.startDraft(participant, membership, NOW);
    for (ClaimStatus step : pathTo(status)) {
      if (step == QUEUED && claim.getStatus() == DRAFT) {
        claim.submit(NOW);
      } else {
        claim.moveTo(step, NOW);
      }
    }
    return claim;
  }

  private static ClaimStatus[] pathTo(ClaimStatus status) {
    return switch (status) {
      case DRAFT -> new ClaimStatus[] {};
      case QUEUED -> new ClaimStatus[] {QUEUED};
      case CALLED -> new ClaimStatus[] {QUEUED, CALLED};
      case IN_VERIFICATION -> new ClaimStatus[] {QUEUED, CALLED, IN_VERIFICATION};
      case DOCUMENTS_REQUESTED ->
          new ClaimStatus[] {QUEUED, CALLED, IN_VERIFICATION, DOCUMENTS_REQUESTED};
      case APPROVED -> new ClaimStatus[] {QUEUED, CALLED, IN_VERIFICATION, APPROVED};
      case PAID -> new ClaimStatus[] {QUEUED, CALLED, IN_VERIFICATION, APPROVED, PAID};
      case REJECTED -> new ClaimStatus[] {QUEUED, CALLED, IN_VERIFICATION, REJECTED};
      case CANCELLED -> new ClaimStatus[] {CANCELLED};
    };
  }
}
