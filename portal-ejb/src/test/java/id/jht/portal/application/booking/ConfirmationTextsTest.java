package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.receipt.ReceiptContent;
import id.jht.portal.application.texts.Texts;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConfirmationTextsTest {

  private static BookingSnapshot booking(String zone) {
    return SampleBookings.ticketB017(
        "Kantor Cabang Makassar", "Jl. Jend. Sudirman No. 1, Makassar", ZoneId.of(zone));
  }

  @Test
  void theReceiptShowsTheScheduleInTheBranchZoneInBothLanguages() {
    ReceiptContent receipt =
        ConfirmationTexts.receipt(booking("Asia/Makassar"), Instant.parse("2026-11-20T01:05:00Z"));
    assertEquals("MKS-261123-B017", receipt.highlight());
    assertEquals("K7QX-M3PR-T9", receipt.qrPayload());
    String schedule = receipt.fields().get(2).value();
    assertTrue(schedule.contains("Senin, 23 November 2026, sesi B (10.00-12.00 WITA)"), schedule);
    assertTrue(
        schedule.contains("Monday, 23 November 2026, session B (10.00-12.00 WITA)"), schedule);
    assertTrue(receipt.fields().get(1).value().contains("Jl. Jend. Sudirman"));
    assertTrue(
        receipt.footer().stream().anyMatch(l -> l.contains("20 November 2026 09.05 WITA")),
        receipt.footer().toString());
    assertEquals(6, receipt.checklist().size(), "three points in each language");
  }

  @Test
  void otherZonesAreWibAndWit() {
    assertTrue(
        ConfirmationTexts.schedule(booking("Asia/Jakarta"), Texts.INDONESIAN).endsWith("WIB)"));
    assertTrue(
        ConfirmationTexts.schedule(booking("Asia/Jayapura"), Texts.INDONESIAN).endsWith("WIT)"));
  }

  @Test
  void theMailCarriesEveryDetailIndonesianFirst() {
    String body = ConfirmationTexts.confirmationBody("confirmed", booking("Asia/Makassar"));
    int indonesian = body.indexOf("Nomor antrean: MKS-261123-B017");
    int english = body.indexOf("Queue number: MKS-261123-B017");
    assertTrue(indonesian >= 0 && english > indonesian, body);
    for (String expected :
        new String[] {
          "Kode pemesanan: K7QX-M3PR-T9",
          "Kantor cabang: Kantor Cabang Makassar",
          "Alamat: Jl. Jend. Sudirman No. 1, Makassar",
          "Persiapan panggilan video verifikasi",
          "e-KTP, Kartu Keluarga dan buku tabungan asli"
        }) {
      assertTrue(body.contains(expected), expected);
    }
    assertEquals(
        "Nomor antrean klaim JHT MKS-261123-B017 / JHT claim queue number MKS-261123-B017",
        ConfirmationTexts.subject("confirmed", booking("Asia/Makassar")));
    assertEquals(
        "tanda-terima-MKS-261123-B017.pdf",
        ConfirmationTexts.receiptFileName(booking("Asia/Makassar")));
  }

  @Test
  void theCancellationNoticeQuotesTheReason() {
    String body =
        ConfirmationTexts.cancellationBody(booking("Asia/Makassar"), "Sudah diurus di kantor");
    assertTrue(body.contains("Alasan: Sudah diurus di kantor"), body);
    assertTrue(body.contains("Reason: Sudah diurus di kantor"), body);
  }
}
