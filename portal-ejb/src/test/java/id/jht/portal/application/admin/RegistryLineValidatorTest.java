package id.jht.portal.application.admin;

import static id.jht.portal.application.admin.RegistryTestLines.BUDI;
import static id.jht.portal.application.admin.RegistryTestLines.RINA;
import static id.jht.portal.application.admin.RegistryTestLines.record;
import static id.jht.portal.application.admin.RegistryTestLines.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.MembershipStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryLineValidatorTest {

  private final RegistryLineValidator validator =
      new RegistryLineValidator(Set.of("JSL", "SDA"), LocalDate.of(2026, 3, 2));

  @Test
  void aValidLineBecomesARecordWithNormalisedValues() {
    RegistryLineValidator.LineResult result = validator.validate(record(7, BUDI));

    assertTrue(result.isValid(), result.problems().toString());
    RegistryRecord r = result.record();
    assertEquals(7, r.line());
    assertEquals("3173011501900001", r.nik().value());
    assertEquals("12345678901", r.kpj().value());
    assertEquals(Gender.MALE, r.gender());
    assertEquals("+6281234567890", r.phone());
    assertEquals(MembershipStatus.NON_ACTIVE, r.status());
    assertEquals(LocalDate.of(2026, 1, 31), r.nonActiveSince());
    assertEquals(25_000_000L, r.balance());
  }

  @Test
  void emptyOptionalContactDetailsAreAllowed() {
    RegistryLineValidator.LineResult result = validator.validate(record(2, RINA));

    assertTrue(result.isValid(), result.problems().toString());
    assertNull(result.record().email());
    assertNull(result.record().phone());
    assertEquals(Gender.FEMALE, result.record().gender());
    assertNull(result.record().nonActiveSince());
  }

  @Test
  void theNikIsCheckedByTheDomainValueObject() {
    assertOnly(with(BUDI, "nik", "31730115019000"), "nik", "nik.wrongLength");
    assertOnly(with(BUDI, "nik", "9973011501900001"), "nik", "nik.unknownProvince");
  }

  @Test
  void theKpjIsCheckedByTheDomainValueObject() {
    assertOnly(with(BUDI, "kpj", "1234567890A"), "kpj", "kpj.notDigits");
  }

  @Test
  void birthDateAndGenderMustAgreeWithTheNik() {
    assertOnly(
        with(BUDI, "birth_date", "1990-01-16"), "birth_date", "admin.import.birthDateMismatch");
    assertOnly(with(BUDI, "gender", "P"), "gender", "admin.import.genderMismatch");
  }

  @Test
  void everyProblemOfALineIsReportedWithItsField() {
    String line =
        with(with(with(BUDI, "email", "budi@"), "home_branch_code", "XYZ"), "balance", "-5");

    List<LineProblem> problems = validator.validate(record(4, line)).problems();

    assertEquals(List.of("email", "home_branch_code", "balance"), fields(problems));
    assertTrue(problems.stream().allMatch(p -> p.line() == 4));
    assertEquals("admin.import.branchUnknown", problems.get(1).message().key());
    assertEquals(List.of("XYZ"), problems.get(1).message().args());
  }

  @Test
  void datesMustBeIsoAndNotInTheFuture() {
    assertOnly(
        with(BUDI, "membership_start", "01/03/2012"),
        "membership_start",
        "admin.import.dateInvalid");
    assertOnly(
        with(BUDI, "non_active_since", "2026-03-03"),
        "non_active_since",
        "admin.import.dateFuture");
    assertOnly(
        with(BUDI, "membership_start", "1989-12-31"),
        "membership_start",
        "admin.import.startBeforeBirth");
  }

  @Test
  void theStatusDecidesWhetherNonActiveSinceIsNeeded() {
    assertOnly(
        with(BUDI, "non_active_since", ""),
        "non_active_since",
        "admin.import.nonActiveSinceRequired");
    assertOnly(
        with(RINA, "non_active_since", "2025-01-01"),
        "non_active_since",
        "admin.import.nonActiveSinceForActive");
    assertOnly(
        with(BUDI, "non_active_since", "2011-01-01"),
        "non_active_since",
        "admin.import.nonActiveBeforeStart");
    assertOnly(with(BUDI, "status", "RETIRED"), "status", "admin.import.statusInvalid");
  }

  @Test
  void requiredValuesAreNamed() {
    assertOnly(
        with(BUDI, "mother_maiden_name", "  "), "mother_maiden_name", "admin.import.required");
    assertOnly(with(BUDI, "full_name", "..."), "full_name", "name.empty");
  }

  @Test
  void aLineWithTheWrongNumberOfValuesIsOneProblem() {
    List<LineProblem> problems = validator.validate(record(3, "3173011501900001;1;2")).problems();

    assertEquals(1, problems.size());
    assertEquals("line", problems.get(0).field());
    assertEquals(List.of("3", "15"), problems.get(0).message().args());
  }

  @Test
  void noProblemCarriesTheNikOrKpjItself() {
    String line = with(with(BUDI, "birth_date", "1990-01-16"), "kpj", "123");
    for (LineProblem p : validator.validate(record(1, line)).problems()) {
      for (Object arg : p.message().args()) {
        assertFalse(arg.toString().contains("3173011501900001"));
        assertFalse(arg.toString().contains("123"), arg.toString());
      }
    }
  }

  private void assertOnly(String line, String field, String key) {
    List<LineProblem> problems = validator.validate(record(1, line)).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(field, problems.get(0).field());
    assertEquals(key, problems.get(0).message().key());
  }

  private static List<String> fields(List<LineProblem> problems) {
    return problems.stream().map(LineProblem::field).toList();
  }
}
