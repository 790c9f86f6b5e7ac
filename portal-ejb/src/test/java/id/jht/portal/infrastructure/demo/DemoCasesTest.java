package id.jht.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each named case keeps its defining property whatever day the demo is generated for. */
class DemoCasesTest {

  private static final long NPWP_THRESHOLD = 50_000_000L;

  /** Generated once per date: every case of a date reads the same dataset. */
  private static final Map<LocalDate, DemoDataset> DATASETS = new ConcurrentHashMap<>();

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 11, 23)),
        Arguments.of(LocalDate.of(2027, 6, 1)),
        // A leap day two months later: AGE_56 must be born on 29 February.
        Arguments.of(LocalDate.of(2028, 4, 29)));
  }

  @ParameterizedTest
  @MethodSource("dates")
  void resignedEligible(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.RESIGNED_ELIGIBLE);
    MembershipSeed membership = single(participant);
    assertFalse(membership.active());
    assertEquals(today.minusMonths(3), membership.nonActiveSince());
    assertWaitingMonthOver(membership, today);
    assertTrue(
        membership.balanceRupiah() > 30_000_000L && membership.balanceRupiah() < 40_000_000L,
        "about Rp 35 juta");
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void stillActive(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.STILL_ACTIVE);
    assertTrue(participant.memberships().stream().allMatch(MembershipSeed::active));
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void nonActiveUnderOneMonth(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.NON_ACTIVE_UNDER_ONE_MONTH);
    MembershipSeed membership = single(participant);
    assertFalse(membership.active());
    assertEquals(today.minusDays(10), membership.nonActiveSince());
    assertTrue(membership.nonActiveSince().plusMonths(1).isAfter(today), "still waiting");
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void age56(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.AGE_56);
    assertEquals(today.minusMonths(2), participant.birthDate().plusYears(56), "56th birthday");
    assertEquals(56, Period.between(participant.birthDate(), today).getYears());
    NikAssertions.assertWellFormed(participant.nik());
    NikAssertions.assertMatchesPerson(
        participant.nik(), participant.birthDate(), participant.gender());
    assertFalse(participant.locked());
  }

  @ParameterizedTest
  @MethodSource("dates")
  void partialAfterTenYears(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.PARTIAL_10_YEARS);
    MembershipSeed membership = single(participant);
    assertTrue(membership.active());
    assertEquals(today.minusYears(11), membership.membershipStart());
    assertTrue(Period.between(membership.membershipStart(), today).getYears() >= 10);
    assertFalse(membership.partialOtherTaken() || membership.partialHousingTaken());
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void partialUnderTenYears(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.PARTIAL_UNDER_10_YEARS);
    MembershipSeed membership = single(participant);
    assertTrue(membership.active());
    Period length = Period.between(membership.membershipStart(), today);
    assertEquals(7, length.getYears(), "7 years");
    assertEquals(4, length.getMonths(), "4 months");
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void severalKpj(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.SEVERAL_KPJ);
    List<MembershipSeed> memberships = participant.memberships();
    assertEquals(3, memberships.size());
    assertEquals(3, memberships.stream().map(MembershipSeed::employerName).distinct().count());
    assertEquals(3, memberships.stream().map(MembershipSeed::kpj).distinct().count());
    memberships.forEach(m -> assertFalse(m.membershipStart().isAfter(today)));
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void balanceAbove50Juta(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.BALANCE_ABOVE_50_JUTA);
    MembershipSeed membership = single(participant);
    assertFalse(membership.active());
    assertWaitingMonthOver(membership, today);
    assertEquals(125_000_000L, membership.balanceRupiah());
    assertTrue(membership.balanceRupiah() > NPWP_THRESHOLD);
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void locked(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.LOCKED);
    assertEquals(3, participant.failedAttempts());
    assertTrue(participant.locked());
  }

  @ParameterizedTest
  @MethodSource("dates")
  void partialAlreadyTaken(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.PARTIAL_ALREADY_TAKEN);
    MembershipSeed membership = single(participant);
    assertTrue(membership.active());
    assertTrue(Period.between(membership.membershipStart(), today).getYears() >= 10);
    assertTrue(membership.partialOtherTaken());
    assertOrdinary(participant, today);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void abandonedDemo(LocalDate today) {
    ParticipantSeed participant = participant(today, DemoCase.ABANDONED_DEMO);
    MembershipSeed membership = single(participant);
    assertFalse(membership.active());
    assertWaitingMonthOver(membership, today);
    assertOrdinary(participant, today);
  }

  @Test
  void identifiersStayTheSameAcrossDatesExceptTheAge56Nik() {
    DemoDataset first = DemoDataset.generate(LocalDate.of(2026, 11, 23));
    DemoDataset second = DemoDataset.generate(LocalDate.of(2027, 6, 1));
    for (DemoCase demoCase : DemoCase.values()) {
      ParticipantSeed a = first.demoParticipant(demoCase);
      ParticipantSeed b = second.demoParticipant(demoCase);
      assertEquals(a.fullName(), b.fullName(), demoCase.name());
      assertEquals(kpjs(a), kpjs(b), demoCase.name());
      if (demoCase == DemoCase.AGE_56) {
        assertNotEquals(a.nik(), b.nik(), "the birth date is in the NIK");
      } else {
        assertEquals(a.nik(), b.nik(), demoCase.name());
        assertEquals(a.birthDate(), b.birthDate(), demoCase.name());
      }
    }
  }

  @Test
  void demoParticipantsBelongToTheDemoBranches() {
    DemoDataset dataset = DemoDataset.generate(LocalDate.of(2026, 11, 23));
    for (ParticipantSeed participant : dataset.demoParticipants()) {
      assertTrue(
          List.of("SDA", "JSL").contains(participant.homeBranchCode()),
          participant.demoCase() + " is served by a branch that has demo officers");
    }
  }

  /**
   * The case is about one thing only: not 56 yet (so retirement age does not make it eligible), not
   * locked, no NPWP needed unless that is the point.
   */
  private static void assertOrdinary(ParticipantSeed participant, LocalDate today) {
    assertTrue(Period.between(participant.birthDate(), today).getYears() < 56, "under 56");
    assertFalse(participant.locked(), "not locked");
    assertEquals(0, participant.failedAttempts());
    if (!DemoCase.BALANCE_ABOVE_50_JUTA.name().equals(participant.demoCase())) {
      participant
          .memberships()
          .forEach(m -> assertTrue(m.balanceRupiah() <= NPWP_THRESHOLD, "no NPWP needed"));
    }
    participant
        .memberships()
        .forEach(m -> assertFalse(m.membershipStart().isAfter(today), "started in the past"));
  }

  private static void assertWaitingMonthOver(MembershipSeed membership, LocalDate today) {
    assertFalse(membership.nonActiveSince().plusMonths(1).isAfter(today), "waiting month over");
  }

  private static ParticipantSeed participant(LocalDate today, DemoCase demoCase) {
    return DATASETS.computeIfAbsent(today, DemoDataset::generate).demoParticipant(demoCase);
  }

  private static MembershipSeed single(ParticipantSeed participant) {
    assertEquals(1, participant.memberships().size(), participant.demoCase());
    return participant.memberships().get(0);
  }

  private static List<String> kpjs(ParticipantSeed participant) {
    return participant.memberships().stream().map(MembershipSeed::kpj).toList();
  }
}
