package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.texts.Texts;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PendingMailsTest {

  @Test
  void aMailSaysItInIndonesianFirstThenInEnglish() {
    Instant expires = Instant.parse("2026-12-24T07:05:00Z");
    ZoneId makassar = ZoneId.of("Asia/Makassar");
    String body =
        PendingMails.body(
            "pending.mail.reminder",
            locale ->
                new Object[] {
                  "Siti Aminah", "Makassar", Texts.dateTime(expires, makassar, locale)
                });
    int indonesian = body.indexOf("Yth. Siti Aminah");
    int english = body.indexOf("Dear Siti Aminah");
    assertTrue(indonesian >= 0 && english > indonesian, body);
    assertTrue(body.contains("24 Desember 2026 15.05 WITA"), body);
    assertTrue(body.contains("24 December 2026 15.05 WITA"), body);
    assertTrue(body.contains("Mohon tidak membalas"), body);
    assertTrue(body.contains("do not reply"), body);
  }

  @Test
  void theSubjectCarriesBothLanguagesAndFitsTheColumn() {
    String subject = PendingMails.subject("pending.mail.officerCancelled");
    assertEquals(
        "Klaim JHT Anda yang tertunda dibatalkan oleh petugas / Your pending JHT claim was"
            + " cancelled by an officer",
        subject);
    for (String key :
        new String[] {
          "pending.mail.reminder",
          "pending.mail.expired",
          "pending.mail.officerCancelled",
          "pending.mail.releaseCode",
          "pending.mail.released",
          "pending.mail.nothingToRelease"
        }) {
      assertTrue(PendingMails.subject(key).length() <= 200, key);
    }
  }

  @Test
  void theCodeMailCarriesTheCodeAndItsValidity() {
    String body =
        PendingMails.body(
            "pending.mail.releaseCode", locale -> new Object[] {"Budi", "004711", "10"});
    assertTrue(body.contains("Kode sekali pakai Anda: 004711"), body);
    assertTrue(body.contains("Kode berlaku 10 menit"), body);
    assertTrue(body.contains("valid for 10 minutes"), body);
  }
}
