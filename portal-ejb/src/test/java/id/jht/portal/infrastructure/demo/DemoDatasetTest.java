package id.jht.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final DemoDataset DATASET = DemoDataset.generate(TODAY);

  @Test
  void sameDateGivesEqualDatasets() {
    assertEquals(DATASET, DemoDataset.generate(TODAY));
  }

  @Test
  void anonymousParticipantsDoNotDependOnTheDate() {
    List<ParticipantSeed> later = anonymous(DemoDataset.generate(LocalDate.of(2031, 2, 28)));
    assertEquals(anonymous(DATASET), later);
  }

  @Test
  void hasAtLeastTwoThousandAnonymousParticipantsAndEveryNamedCase() {
    assertTrue(anonymous(DATASET).size() >= 2_000, "anonymous participants");
    Set<String> cases =
        DATASET.demoParticipants().stream()
            .map(ParticipantSeed::demoCase)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(DemoCase.values()).stream().map(Enum::name).collect(Collectors.toSet()), cases);
    assertEquals(DemoCase.values().length, DATASET.demoParticipants().size(), "one per case");
  }

  @Test
  void niksAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (ParticipantSeed participant : DATASET.participants()) {
      NikAssertions.assertWellFormed(participant.nik());
      NikAssertions.assertMatchesPerson(
          participant.nik(), participant.birthDate(), participant.gender());
      assertTrue(
          seen.add(participant.nik()),
          () -> "duplicate NIK " + IdentityNumbers.mask(participant.nik()));
    }
  }

  @Test
  void nikRegionBelongsToTheHomeBranchProvince() {
    Map<String, BranchSeed> branches = branchesByCode();
    for (ParticipantSeed participant : DATASET.participants()) {
      String province = branches.get(participant.homeBranchCode()).province();
      Set<String> prefixes = NikAssertions.PREFIXES_BY_PROVINCE.get(province);
      assertNotNull(prefixes, () -> "unknown province " + province);
      assertTrue(
          prefixes.contains(participant.nik().substring(0, 2)),
          () -> IdentityNumbers.mask(participant.nik()) + " registered outside " + province);
    }
  }

  @Test
  void kpjsAreElevenDigitsAndUniqueAcrossAllParticipants() {
    Set<String> seen = new HashSet<>();
    for (ParticipantSeed participant : DATASET.participants()) {
      for (MembershipSeed membership : participant.memberships()) {
        assertTrue(
            membership.kpj().matches("\\d{11}"),
            () -> "KPJ not 11 digits: " + IdentityNumbers.mask(membership.kpj()));
        assertTrue(
            seen.add(membership.kpj()),
            () -> "duplicate KPJ " + IdentityNumbers.mask(membership.kpj()));
      }
    }
  }

  @Test
  void everyHomeBranchExists() {
    Set<String> codes = branchesByCode().keySet();
    for (ParticipantSeed participant : DATASET.participants()) {
      assertTrue(codes.contains(participant.homeBranchCode()), participant.homeBranchCode());
    }
  }

  @Test
  void contactDetailsAreUniqueAndNeverAtARealDomain() {
    Set<String> emails = new HashSet<>();
    Set<String> phones = new HashSet<>();
    for (ParticipantSeed participant : DATASET.participants()) {
      assertTrue(
          participant.email().matches("[a-z0-9._]+@example\\.(com|co\\.id)"), participant.email());
      assertTrue(participant.phone().matches("\\+628\\d{9,11}"), participant.phone());
      assertTrue(emails.add(participant.email()), () -> "duplicate " + participant.email());
      assertTrue(phones.add(participant.phone()), () -> "duplicate " + participant.phone());
    }
  }

  @Test
  void anonymousMembershipsLookLikeAWorkingLife() {
    for (ParticipantSeed participant : anonymous(DATASET)) {
      List<MembershipSeed> memberships = participant.memberships();
      assertTrue(memberships.size() >= 1 && memberships.size() <= 3, "1-3 memberships");
      assertEquals(
          memberships.size(),
          memberships.stream().map(MembershipSeed::employerName).distinct().count(),
          "one employer per membership");
      for (MembershipSeed membership : memberships) {
        assertTrue(membership.employerName().startsWith("PT "), membership.employerName());
        assertFalse(
            membership.membershipStart().isBefore(participant.birthDate().plusYears(18)),
            "membership before the 18th birthday");
        assertFalse(
            membership.membershipStart().isAfter(AnonymousParticipantGenerator.SNAPSHOT_DATE));
        assertTrue(
            membership.balanceRupiah() >= 2_000_000L && membership.balanceRupiah() <= 300_000_000L,
            () -> "balance out of range: " + membership.balanceRupiah());
      }
      for (int i = 0; i + 1 < memberships.size(); i++) {
        MembershipSeed earlier = memberships.get(i);
        assertFalse(earlier.active(), "only the last job can still be going on");
        assertTrue(memberships.get(i + 1).membershipStart().isAfter(earlier.nonActiveSince()));
      }
      assertEquals(participant.failedAttempts() >= 3, participant.locked(), "locked after 3");
      assertNull(participant.demoCase());
    }
  }

  @Test
  void anonymousDataIsVaried() {
    List<ParticipantSeed> anonymous = anonymous(DATASET);
    List<MembershipSeed> memberships =
        anonymous.stream().flatMap(participant -> participant.memberships().stream()).toList();
    assertTrue(memberships.stream().anyMatch(m -> m.balanceRupiah() < 5_000_000L), "small");
    assertTrue(memberships.stream().anyMatch(m -> m.balanceRupiah() > 200_000_000L), "large");
    assertTrue(memberships.stream().anyMatch(MembershipSeed::active), "active");
    assertTrue(memberships.stream().anyMatch(m -> !m.active()), "non-active");
    for (int count = 1; count <= 3; count++) {
      int wanted = count;
      assertTrue(
          anonymous.stream().anyMatch(p -> p.memberships().size() == wanted),
          () -> "someone with " + wanted + " memberships");
    }
    assertTrue(anonymous.stream().anyMatch(ParticipantSeed::female), "women");
    assertTrue(anonymous.stream().anyMatch(p -> !p.female()), "men");
    assertTrue(anonymous.stream().anyMatch(p -> p.email().endsWith("@example.co.id")));
    assertTrue(anonymous.stream().anyMatch(p -> p.fullName().startsWith("I ")), "Balinese men");
    assertTrue(anonymous.stream().anyMatch(p -> p.fullName().contains(" Br ")), "Batak women");
    long distinctNames = anonymous.stream().map(ParticipantSeed::fullName).distinct().count();
    assertTrue(distinctNames > anonymous.size() * 0.8, () -> "distinct names: " + distinctNames);
    Set<String> homeBranches =
        anonymous.stream().map(ParticipantSeed::homeBranchCode).collect(Collectors.toSet());
    assertEquals(branchesByCode().keySet(), homeBranches, "every branch has participants");
  }

  @Test
  void staffAccountsArePresent() {
    Map<String, StaffSeed> staff =
        DATASET.staff().stream()
            .collect(Collectors.toMap(StaffSeed::username, Function.identity()));
    assertStaff(staff.get("petugas.sda"), StaffSeed.OFFICER, "SDA");
    assertStaff(staff.get("supervisor.sda"), StaffSeed.SUPERVISOR, "SDA");
    assertStaff(staff.get("admin"), StaffSeed.ADMINISTRATOR, null);
    StaffSeed jakartaOfficer = staff.get("petugas.jkt");
    assertNotNull(jakartaOfficer, "petugas.jkt");
    assertEquals(StaffSeed.OFFICER, jakartaOfficer.role());
    assertEquals(
        "DKI Jakarta", branchesByCode().get(jakartaOfficer.branchCode()).province(), "Jakarta");
    for (StaffSeed account : DATASET.staff()) {
      assertTrue(account.demoPassword().length() >= 10, account.username());
    }
  }

  @Test
  void listsCannotBeChanged() {
    assertThrows(UnsupportedOperationException.class, () -> DATASET.participants().clear());
    assertThrows(UnsupportedOperationException.class, () -> DATASET.branches().clear());
    assertThrows(UnsupportedOperationException.class, () -> DATASET.staff().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> DATASET.participants().get(0).memberships().clear());
  }

  private static void assertStaff(StaffSeed account, String role, String branchCode) {
    assertNotNull(account);
    assertEquals(role, account.role(), account.username());
    assertEquals(branchCode, account.branchCode(), account.username());
  }

  private static List<ParticipantSeed> anonymous(DemoDataset dataset) {
    return dataset.participants().stream().filter(p -> p.demoCase() == null).toList();
  }

  private static Map<String, BranchSeed> branchesByCode() {
    return DATASET.branches().stream()
        .collect(Collectors.toMap(BranchSeed::code, Function.identity()));
  }
}
