package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.DemoDataset;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.PortalDeployment;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The documents step as participants meet it: on a 360 px phone, in Chromium's mobile emulation,
 * with the files phones really produce.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsStepIT {

  private static final DemoDataset DEMO =
      DemoDataset.generate(LocalDate.now(ZoneId.of("Asia/Jakarta")));
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

  private final String base = PortalDeployment.baseUrl();
  private ChromeDriver driver;

  @Deployment(testable = false)
  static WebArchive portal() {
    return PortalDeployment.freshPortal();
  }

  @BeforeEach
  void startBrowser() {
    driver = Browser.phone();
  }

  @AfterEach
  void stopBrowser() {
    driver.quit();
  }

  @Test
  void theContentDecidesTheTypeAndSizesReadInIndonesian() throws IOException {
    ParticipantSeed p = DEMO.demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    WizardPages wizard = toDocuments(p, false);

    wizard.upload("KTP", TestFiles.pngNamedJpg("ktp-dari-galeri.jpg", 1200, 800));
    assertTrue(wizard.slotHasFile("KTP"), wizard.messages());
    assertTrue(wizard.slotText("KTP").contains("ktp-dari-galeri.png"), wizard.slotText("KTP"));
    assertEquals(
        "image/png|ktp-dari-galeri.png",
        TestDatabase.single(
            "SELECT CONCAT(d.content_type, '|', d.display_name) FROM claim_document d"
                + " JOIN claim c ON c.id = d.claim_id JOIN participant p ON p.id = c.participant_id"
                + " WHERE p.nik = ? AND d.document_type = 'KTP'",
            p.nik()));
    try (InputStream stored = Files.newInputStream(storedFile(p, "KTP"))) {
      assertArrayEquals(PNG_SIGNATURE, stored.readNBytes(4), "stored as the PNG it is");
    }

    wizard.upload("KK", TestFiles.noisyPng("kk-besar.png", 700, 600));
    assertTrue(wizard.slotText("KK").matches("(?s).*\\b1,\\d MB.*"), wizard.slotText("KK"));

    wizard.upload("SAVINGS_BOOK", TestFiles.oversized("besar.jpg", 6L * 1024 * 1024 + 1));
    assertTrue(wizard.messages().contains("maksimal 6 MB."), wizard.messages());
    assertFalse(wizard.messages().contains("Rp"), wizard.messages());
  }

  @Test
  void sizesReadInEnglishOnAnEnglishPage() {
    WizardPages wizard = toDocuments(DEMO.demoParticipant(DemoCase.ABANDONED_DEMO), true);

    wizard.upload("KK", TestFiles.noisyPng("family-card.png", 700, 600));
    assertTrue(wizard.slotText("KK").matches("(?s).*\\b1\\.\\d MB.*"), wizard.slotText("KK"));
    wizard.upload("SAVINGS_BOOK", TestFiles.oversized("large.jpg", 6L * 1024 * 1024 + 1));
    assertTrue(wizard.messages().contains("at most 6 MB."), wizard.messages());
  }

  /** Identity, reason (resignation) and contact of an eligible participant, on to step 4. */
  private WizardPages toDocuments(ParticipantSeed p, boolean english) {
    HomePage home = HomePage.open(driver, base);
    if (english) {
      home.switchToEnglish();
    } else {
      home.switchToIndonesian();
    }
    home.startClaim()
        .fill(p.nik(), p.memberships().get(0).kpj(), p.fullName(), p.birthDate())
        .submit();
    WizardPages wizard = new WizardPages(driver);
    wizard.chooseReason("RESIGNATION").next();
    wizard
        .type(
            "contact", "email", "peserta.dengan.alamat.surel.yang.panjang@contoh-perusahaan.co.id")
        .type("contact", "phone", "0812 3456 7890")
        .type("contact", "motherMaidenName", p.motherMaidenName())
        .select("contact", "bank", "BCA")
        .type("contact", "accountNumber", "1234567890")
        .type("contact", "accountHolder", p.fullName())
        .next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    return wizard;
  }

  /** Where the document store keeps a slot's file (its key split into two folder levels). */
  private static Path storedFile(ParticipantSeed p, String documentType) {
    String key =
        (String)
            TestDatabase.single(
                "SELECT d.storage_key FROM claim_document d JOIN claim c ON c.id = d.claim_id"
                    + " JOIN participant p ON p.id = c.participant_id"
                    + " WHERE p.nik = ? AND d.document_type = ?",
                p.nik(),
                documentType);
    return Path.of(System.getProperty("it.documents.dir"))
        .resolve(key.substring(0, 2))
        .resolve(key.substring(2, 4))
        .resolve(key);
  }
}
