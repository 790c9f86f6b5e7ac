package id.jht.portal.application.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditDetailsTest {

  @Test
  void identifyingNumbersTypedIntoAReasonAreMasked() {
    assertEquals(
        "NIK 35************01 beda dengan KPJ 12*******89",
        AuditDetails.of("NIK 3515011501900001 beda dengan KPJ 12345678989"));
  }

  @Test
  void shortNumbersStay() {
    assertEquals(
        "KK halaman 2 buram, tahun 2024, rek 1234567890",
        AuditDetails.of("KK halaman 2 buram, tahun 2024, rek 1234567890"));
  }

  @Test
  void cutToTheColumnLength() {
    assertEquals(AuditDetails.MAX_LENGTH, AuditDetails.of("x".repeat(1500)).length());
    assertNull(AuditDetails.of(null));
  }
}
