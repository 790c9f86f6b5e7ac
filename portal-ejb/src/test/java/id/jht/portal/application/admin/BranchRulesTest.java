package id.jht.portal.application.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.application.claim.ValidationFailedException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchRulesTest {

  private static final BranchForm SIDOARJO =
      new BranchForm(
          "sda2",
          "Sidoarjo Dua",
          "Jl. Jenggolo No. 21",
          "Sidoarjo",
          "Jawa Timur",
          "Asia/Jakarta",
          new BigDecimal("-7.4478"),
          new BigDecimal("112.7183"));

  @Test
  void aCompleteBranchPasses() {
    assertDoesNotThrow(() -> BranchRules.check(SIDOARJO, true));
    assertEquals("SDA2", BranchRules.normalizeCode(" sda2 "));
  }

  @Test
  void everyWrongFieldIsReported() {
    BranchForm wrong =
        new BranchForm(
            "S-1", " ", "x", "x", "x", "Europe/Paris", new BigDecimal("48.8"), BigDecimal.ZERO);

    ValidationFailedException e =
        assertThrows(ValidationFailedException.class, () -> BranchRules.check(wrong, true));

    assertEquals(
        List.of("code", "name", "zone", "latitude", "longitude"),
        e.errors().stream().map(ValidationFailedException.FieldError::field).toList());
  }

  @Test
  void theCodeOfAnExistingBranchIsNotChecked() {
    BranchForm edited =
        new BranchForm(
            null,
            SIDOARJO.name(),
            SIDOARJO.address(),
            SIDOARJO.city(),
            SIDOARJO.province(),
            SIDOARJO.zone(),
            SIDOARJO.latitude(),
            SIDOARJO.longitude());
    assertDoesNotThrow(() -> BranchRules.check(edited, false));
  }

  @Test
  void sessionsEndAfterTheyStartAndQuotasFitThreeDigits() {
    ValidationFailedException e =
        assertThrows(
            ValidationFailedException.class,
            () -> BranchRules.checkSession(LocalTime.of(10, 0), LocalTime.of(9, 0), 1000));

    assertEquals(
        List.of("end", "quota"),
        e.errors().stream().map(ValidationFailedException.FieldError::field).toList());
    assertDoesNotThrow(() -> BranchRules.checkSession(LocalTime.of(8, 0), LocalTime.of(10, 0), 0));
  }
}
