package id.jht.portal.application.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.texts.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VerificationMailsTest {

  private static final List<VerificationMails.Reupload> REUPLOADS =
      List.of(
          new VerificationMails.Reupload("KK", "Halaman buram"),
          new VerificationMails.Reupload("SAVINGS_BOOK", "Nomor rekening tidak terlihat"));

  @Test
  void documentRequestListsEachDocumentWithItsReasonInBothLanguages() {
    String body =
        VerificationMails.body(
            "verification.mail.documentsRequested",
            locale ->
                new Object[] {
                  "Andika Prasetyo",
                  "SDA-261123-A001",
                  "K7QX-M3PR-T9",
                  "Sidoarjo",
                  VerificationMails.documentLines(locale, REUPLOADS)
                });
    assertTrue(body.contains("Yth. Andika Prasetyo"), body);
    assertTrue(body.contains("- Kartu Keluarga (KK): Halaman buram"), body);
    assertTrue(body.contains("- Family card (Kartu Keluarga): Halaman buram"), body);
    assertTrue(body.contains("Nomor rekening tidak terlihat"), body);
    assertTrue(body.contains("kode pemesanan K7QX-M3PR-T9"), body);
    assertTrue(body.contains("booking code K7QX-M3PR-T9"), body);
    assertTrue(body.contains("Cek status klaim"), body);
    assertTrue(body.contains("SDA-261123-A001"), body);
    assertTrue(body.indexOf("Yth.") < body.indexOf("Dear"), "Indonesian first");
  }

  @Test
  void subjectsAreBilingual() {
    assertEquals(
        "Dokumen klaim JHT Anda perlu diunggah ulang / Documents of your JHT claim need to be"
            + " uploaded again",
        VerificationMails.subject("verification.mail.documentsRequested"));
  }

  @Test
  void approvalNamesTheAmountInRupiah() {
    String body =
        VerificationMails.body(
            "verification.mail.approved",
            locale -> new Object[] {"Sari", "SDA-261123-A002", VerificationMails.rupiah(35420150)});
    assertTrue(body.contains("Rp 35.420.150"), body);
    assertTrue(body.contains("5 hari kerja") && body.contains("5 working days"), body);
  }

  @Test
  void documentLinesAreOnePerDocument() {
    assertEquals(
        "- e-KTP: Foto terpotong",
        VerificationMails.documentLines(
            Texts.INDONESIAN, List.of(new VerificationMails.Reupload("KTP", "Foto terpotong"))));
    assertEquals(2, VerificationMails.documentLines(Locale.ENGLISH, REUPLOADS).lines().count());
  }
}
