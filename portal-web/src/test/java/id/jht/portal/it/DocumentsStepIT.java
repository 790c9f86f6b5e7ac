package id.jht.portal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.HtmlValidity;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.Network;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The documents step as participants meet it: on a 360 px phone, in Chromium's mobile emulation,
 * with the files phones really produce.
 */
class DocumentsStepIT extends FreshPortal {

  private static final String LONG_EMAIL =
      "peserta.dengan.alamat.surel.yang.panjang@contoh-perusahaan.co.id";
  private static final HtmlValidity PAGES = new HtmlValidity("DocumentsStepIT");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

  @ManagedBrowser(phone = true)
  private ChromeDriver driver;

  @Test
  void theContentDecidesTheTypeAndSizesReadInIndonesian() throws IOException {
    ParticipantSeed p = demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    WizardPages wizard = toDocuments(p, "RESIGNATION", false);

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
    assertTrue(
        wizard.slotText("KK").matches("(?s).*\\b\\d,\\d MB.*"),
        wizard.slotText("KK") + " / " + wizard.messages());

    wizard.upload("SAVINGS_BOOK", TestFiles.oversized("besar.jpg", 6L * 1024 * 1024 + 1));
    assertTrue(wizard.messages().contains("maksimal 6 MB."), wizard.messages());
    assertFalse(wizard.messages().contains("Rp"), wizard.messages());
    PAGES.save(driver, "documents-refused");
    aBodyOverTheLimitGetsItsOwnPageAndLeadsBackWithNothingLost(wizard);

    // On to the queue number: the confirmation and the ticket fit the phone's width.
    wizard.upload("SAVINGS_BOOK", TestFiles.png("buku-tabungan.png", 900, 1200));
    wizard.upload("PHOTO", TestFiles.jpeg("foto.jpg", 800, 1000));
    wizard.upload("PAKLARING", TestFiles.pdf("paklaring.pdf", 1));
    PAGES.save(driver, "documents-complete");
    wizard.next();
    assertEquals("/claim/schedule.xhtml", wizard.currentPath(), wizard.mainText());
    PAGES.save(driver, "schedule");
    wizard.searchBranch("Sidoarjo").chooseBranch("SDA").chooseSession("B").next();
    assertEquals("/claim/confirm.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.mainText().contains(LONG_EMAIL), "the whole address is shown");
    assertNoHorizontalScroll("confirm");
    PAGES.save(driver, "confirm");
    wizard.tick("confirm", "declaration").next();
    assertEquals("/claim/booked.xhtml", wizard.currentPath(), wizard.mainText());
    assertNoHorizontalScroll("booked");
    assertEquals(
        1L,
        driver.executeScript(
            "var r = document.createRange();"
                + " r.selectNodeContents(document.getElementById('ticket-number'));"
                + " var tops = {}; Array.prototype.forEach.call(r.getClientRects(),"
                + " function (c) { tops[Math.round(c.top)] = true; });"
                + " return Object.keys(tops).length;"),
        "the queue number stays on one line");
    PAGES.save(driver, "booked");
  }

  @Test
  void eachAnswerAppearsAtItsFileAndTakesTheFocus() {
    WizardPages wizard = toDocuments(demoParticipant(DemoCase.AGE_56), "RETIREMENT_AGE", false);
    WebElement choose =
        driver.findElement(By.cssSelector("#slot-KTP .ui-fileupload-choose .ui-button-text"));
    assertTrue(choose.isDisplayed(), "the choose button shows its words at 360 px");
    assertEquals("Pilih berkas", choose.getText());
    Accessibility.assertNoSeriousViolations(driver, "documents at 360 px");

    Path ktp = TestFiles.jpeg("ktp.jpg", 1200, 800);
    wizard.upload("KTP", ktp);
    assertEquals("slot-KTP-status", focusedId(), "focus on the slot's answer");
    assertTrue(wizard.slotStatus("KTP").contains("tersimpan"), wizard.slotStatus("KTP"));

    wizard.upload("SAVINGS_BOOK", TestFiles.oversizedPdf("buku-besar.pdf", 7L * 1024 * 1024));
    assertEquals("slot-SAVINGS_BOOK-status", focusedId(), "focus on the slot's answer");
    String answer = wizard.slotStatus("SAVINGS_BOOK");
    assertTrue(answer.contains("buku-besar.pdf") && answer.contains("maksimal 6 MB"), answer);
    assertEquals(
        "slot-SAVINGS_BOOK-status",
        driver
            .findElement(By.cssSelector("#slot-SAVINGS_BOOK input[type='file']"))
            .getAttribute("aria-describedby"),
        "the input is described by its slot's answer");
    WebElement link = driver.findElement(By.cssSelector("#documents\\:upload-summary a"));
    assertEquals("#slot-SAVINGS_BOOK-status", link.getAttribute("hash"));
    assertTrue(link.getText().contains("buku-besar.pdf"), link.getText());
    assertFalse(wizard.slotHasFile("SAVINGS_BOOK"));
    assertTrue(wizard.slotHasFile("KTP"), "the other slot keeps its file");
    Accessibility.assertNoSeriousViolations(driver, "documents with a refused file at 360 px");

    // The server keeps nothing of the page between requests (issue 12): each answer draws its own
    // slot, and what the other slots show stays on the page. The same file in a second slot flags
    // both files; the first slot's answer and the earlier refusal in the summary stay.
    assertStateless();
    wizard.upload("KK", ktp);
    assertEquals("slot-KK-status", focusedId(), "focus on the slot's answer");
    assertTrue(wizard.slotStatus("KK").contains("sama persis"), wizard.slotStatus("KK"));
    assertTrue(wizard.slotText("KTP").contains("juga diunggah"), wizard.slotText("KTP"));
    assertTrue(wizard.slotStatus("KTP").contains("tersimpan"), wizard.slotStatus("KTP"));
    assertEquals(java.util.List.of("#slot-SAVINGS_BOOK-status"), summaryLinks());
    // Removing the copy takes the flag from the other file, and nothing else.
    wizard.remove("KK");
    assertEquals("slot-KK-status", focusedId(), "focus on the slot's answer");
    assertTrue(wizard.slotStatus("KK").contains("dihapus"), wizard.slotStatus("KK"));
    assertFalse(wizard.slotHasFile("KK"));
    assertFalse(wizard.slotText("KTP").contains("juga diunggah"), wizard.slotText("KTP"));
    assertTrue(wizard.slotStatus("KTP").contains("tersimpan"), wizard.slotStatus("KTP"));
    assertEquals(java.util.List.of("#slot-SAVINGS_BOOK-status"), summaryLinks());
    // A second refusal joins the summary in the slots' order.
    wizard.upload("KK", TestFiles.htmlNamedPdf("kk-palsu.pdf"));
    assertEquals(java.util.List.of("#slot-KK-status", "#slot-SAVINGS_BOOK-status"), summaryLinks());
    assertStateless();
    Accessibility.assertNoSeriousViolations(driver, "documents after a removal at 360 px");
    PAGES.save(driver, "documents-after-removal");

    // A page drawn afresh shows what the database holds: the files, no answers.
    driver.navigate().refresh();
    Browser.waitForFaces(driver);
    assertTrue(wizard.slotHasFile("KTP"));
    assertFalse(wizard.slotHasFile("KK"));
    assertEquals("", wizard.slotStatus("KTP"));
    assertEquals(java.util.List.of(), summaryLinks());

    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    Accessibility.assertNoSeriousViolations(driver, "documents at 1280 px");
  }

  @Test
  void aTwelveMegapixelPhotoIsFittedInTheBrowserAndStoredWithoutItsPosition() throws IOException {
    ParticipantSeed p = demoParticipant(DemoCase.ABANDONED_DEMO);
    WizardPages wizard = toDocuments(p, "RESIGNATION", true);

    Path photo = TestFiles.phonePhoto("IMG_20261204_101500.jpg", 4000, 3000);
    assertTrue(Files.size(photo) > 6L * 1024 * 1024, "the photo must exceed the server's limit");

    // The first file chosen on the freshly loaded page, on a Good 3G line: fitted before it leaves,
    // it takes seconds, not minutes, and its cancel button carries words meanwhile.
    Network.goodThreeG(driver);
    long start = System.nanoTime();
    wizard.upload(
        "PHOTO",
        photo,
        () -> {
          WebElement cancel =
              Browser.waitFor(driver)
                  .until(d -> d.findElement(By.cssSelector("#slot-PHOTO .ui-fileupload-cancel")));
          assertEquals("Cancel the upload", cancel.getAttribute("aria-label"));
        });
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds < 30, "the 12 MP photo took " + seconds + " s on Good 3G");
    Network.unthrottled(driver);

    assertTrue(wizard.slotHasFile("PHOTO"), wizard.slotStatus("PHOTO"));
    String size =
        String.valueOf(
            TestDatabase.single(
                "SELECT CONCAT(d.width, 'x', d.height, '|', d.content_type) FROM claim_document d"
                    + " JOIN claim c ON c.id = d.claim_id"
                    + " JOIN participant p ON p.id = c.participant_id"
                    + " WHERE p.nik = ? AND d.document_type = 'PHOTO'",
                p.nik()));
    // Stored upright (EXIF orientation 6 applied) with its long side at the configured 2480 px.
    assertEquals("1860x2480|image/jpeg", size);
    byte[] stored = Files.readAllBytes(storedFile(p, "PHOTO"));
    assertTrue(stored.length < Files.size(photo) / 4, "sent at most a quarter: " + stored.length);
    String text = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(text.contains("Exif"), "no EXIF block, so no GPS position, is stored");

    // The camera choice sends through the slot's upload; sizes and limits read the English way.
    wizard.uploadWithCamera("KK", TestFiles.noisyPng("family-card.png", 700, 600));
    assertTrue(
        wizard.slotText("KK").matches("(?s).*\\b\\d\\.\\d MB.*"),
        wizard.slotText("KK") + " / " + wizard.messages());
    wizard.upload("SAVINGS_BOOK", TestFiles.oversized("large.jpg", 6L * 1024 * 1024 + 1));
    assertTrue(wizard.slotStatus("SAVINGS_BOOK").contains("at most 6 MB."), wizard.messages());
    // A scanner app's PDF (a page image inside) goes as it is and is stored.
    wizard.upload("PAKLARING", TestFiles.scannedPdf("paklaring-scan.pdf", 800, 700));
    assertTrue(
        wizard.slotHasFile("PAKLARING"), wizard.slotText("PAKLARING") + " / " + wizard.messages());
  }

  @Test
  void anUploadCutHalfwayGoesOnFromTheLastChunkAndARunningUploadCanBeCancelled() throws Exception {
    ParticipantSeed p = demoParticipant(DemoCase.PARTIAL_10_YEARS);
    WizardPages wizard = toDocuments(p, "PARTIAL_OTHER", false);
    Path scan = TestFiles.scannedPdf("kk-pindaian.pdf", 1100, 950);
    long size = Files.size(scan);
    assertTrue(size > 1_000_000, "large enough to travel in many chunks: " + size);

    long before = Network.chunkBytesReceived(base);
    Network.throttle(driver, 40, 1_500_000, 1_500_000);
    wizard.upload(
        "KK",
        scan,
        () -> {
          await()
              .atMost(Duration.ofSeconds(60))
              .pollInterval(Duration.ofMillis(50))
              .until(() -> Network.chunkBytesReceived(base) - before >= size / 2);
          Network.offline(driver);
          // The line is down for five seconds; meanwhile the slot says it is reconnecting.
          await()
              .atMost(Duration.ofSeconds(5))
              .until(() -> progressText("KK").contains("menyambung lagi"));
          sleepOutTheCut(Duration.ofSeconds(5));
          Network.throttle(driver, 40, 1_500_000, 1_500_000);
        });
    Network.unthrottled(driver);
    assertTrue(wizard.slotHasFile("KK"), wizard.slotStatus("KK"));
    long sent = Network.chunkBytesReceived(base) - before;
    // Cut after half had arrived: starting over would have sent 1.5 times the file at least.
    assertTrue(sent >= size && sent <= size * 13 / 10, "sent " + sent + " for " + size);
    assertArrayEquals(Files.readAllBytes(scan), Files.readAllBytes(storedFile(p, "KK")));

    // Cancelled while it runs: no file in the slot, no chunk left on the server.
    Network.throttle(driver, 40, 1_500_000, 400_000);
    WebElement input = driver.findElement(By.cssSelector("#slot-KTP input[type='file']"));
    input.sendKeys(TestFiles.scannedPdf("ktp-pindaian.pdf", 900, 800).toAbsolutePath().toString());
    WebElement cancel =
        Browser.waitFor(driver)
            .until(d -> d.findElement(By.cssSelector("#slot-KTP .ui-fileupload-cancel")));
    await().atMost(Duration.ofSeconds(30)).until(() -> !progressText("KTP").isEmpty());
    cancel.click();
    Network.unthrottled(driver);
    Path chunks = Path.of(System.getProperty("it.documents.dir")).resolve(".chunks");
    await().atMost(Duration.ofSeconds(10)).until(() -> entriesBut(chunks, ".whole").isEmpty());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> driver.findElements(By.cssSelector("#slot-KTP .ui-fileupload-row")).isEmpty());
    assertFalse(wizard.slotHasFile("KTP"), wizard.slotStatus("KTP"));
    Accessibility.assertNoSeriousViolations(driver, "documents after a cancelled upload");

    serverErrorsAreRetriedThenAnsweredAtTheSlot(p, wizard, "KTP");
  }

  /**
   * The server fails a chunk: the last chunk's whole file cannot be written (its folder is a plain
   * file for a while), which the portal answers with 503. For good: after a few tries the slot says
   * so, with the focus on it, and nothing is stored or left behind. Once: the page sends the chunk
   * again and the upload into the same slot completes. Run by the cut test (same participant, no
   * second walk through the wizard).
   */
  private void serverErrorsAreRetriedThenAnsweredAtTheSlot(
      ParticipantSeed p, WizardPages wizard, String slot) throws Exception {
    Path chunks = Path.of(System.getProperty("it.documents.dir")).resolve(".chunks");
    Path whole = chunks.resolve(".whole");
    failWholeFiles(whole);
    try {
      WebElement input =
          driver.findElement(By.cssSelector("#slot-" + slot + " input[type='file']"));
      input.sendKeys(
          TestFiles.scannedPdf("server-lasting.pdf", 900, 800).toAbsolutePath().toString());
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> wizard.slotStatus(slot).contains("server bermasalah"));
      assertEquals("slot-" + slot + "-status", focusedId(), "focus on the slot's answer");
      assertFalse(wizard.slotHasFile(slot));
      assertEquals(
          0,
          TestDatabase.count(
              "SELECT COUNT(*) FROM claim_document d JOIN claim c ON c.id = d.claim_id"
                  + " JOIN participant p ON p.id = c.participant_id"
                  + " WHERE p.nik = ? AND d.document_type = ?",
              p.nik(),
              slot),
          "nothing stored");
      // PrimeFaces would send a file left in the slot's upload queue again with the next one.
      assertEquals(0L, queuedFiles(slot), "the file given up is out of the upload queue");
      await().atMost(Duration.ofSeconds(10)).until(() -> entriesBut(chunks, ".whole").isEmpty());
    } finally {
      keepWholeFiles(whole);
    }

    Path scan = TestFiles.scannedPdf("server-once.pdf", 900, 800);
    failWholeFiles(whole);
    wizard.upload(
        slot,
        scan,
        () -> {
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(20))
              .until(() -> progressText(slot).contains("menyambung lagi"));
          try {
            keepWholeFiles(whole);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertTrue(wizard.slotHasFile(slot), wizard.slotStatus(slot));
    assertArrayEquals(Files.readAllBytes(scan), Files.readAllBytes(storedFile(p, slot)));
  }

  /** The files the upload widget of the slot holds to send (PrimeFaces' queue). */
  private long queuedFiles(String slot) {
    Object count =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var slot = document.getElementById('slot-' + arguments[0]);"
                    + " var widget = Object.values(PrimeFaces.widgets).find(function (w) {"
                    + " return w instanceof PrimeFaces.widget.FileUpload && w.jq"
                    + " && slot.contains(w.jq[0]); });"
                    + " return widget.files.length;",
                slot);
    return ((Number) count).longValue();
  }

  /** The folder of whole files replaced by a plain file: the server cannot write there. */
  private static void failWholeFiles(Path whole) throws IOException {
    try (var left = Files.list(whole)) {
      for (Path file : left.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(whole);
    Files.writeString(whole, "not a folder");
  }

  private static void keepWholeFiles(Path whole) throws IOException {
    if (Files.isRegularFile(whole)) {
      Files.delete(whole);
      Files.createDirectory(whole);
    }
  }

  /** The W3C Nu checker over every participant page this class saved. */
  @AfterAll
  static void pagesAreValidHtml() {
    PAGES.assertNoErrors();
  }

  private void assertNoHorizontalScroll(String page) {
    Object overflow =
        driver.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0L, overflow, page + " scrolls sideways at 360 px");
  }

  /** Every form of the page says "stateless" in place of a view state kept on the server. */
  private void assertStateless() {
    java.util.List<WebElement> states = driver.findElements(By.name("jakarta.faces.ViewState"));
    assertFalse(states.isEmpty());
    for (WebElement state : states) {
      assertEquals("stateless", state.getAttribute("value"));
    }
  }

  /** The slots the summary of refused uploads links to, in its order. */
  private java.util.List<String> summaryLinks() {
    return driver.findElements(By.cssSelector("#documents\\:upload-summary a")).stream()
        .map(a -> a.getAttribute("hash"))
        .toList();
  }

  /**
   * The page's own uploads fit photos and send chunks, so only a form sent without them (no
   * JavaScript, or another client) carries a body over the portal's limits (55 MB). It gets 413 and
   * a page of its own that says what is allowed and leads back to the step, where the files already
   * saved are still there.
   */
  private void aBodyOverTheLimitGetsItsOwnPageAndLeadsBackWithNothingLost(WizardPages wizard) {
    driver.executeScript(
        "var form = document.createElement('form');"
            + " form.method = 'post'; form.enctype = 'multipart/form-data';"
            + " form.action = location.pathname;"
            + " var input = document.createElement('input');"
            + " input.type = 'file'; input.name = 'documents:slots:2:upload';"
            + " var files = new DataTransfer();"
            + " files.items.add(new File([new Uint8Array(arguments[0])], 'video-kamera.jpg',"
            + " {type: 'image/jpeg'}));"
            + " input.files = files.files; form.appendChild(input);"
            + " document.body.appendChild(form); form.submit();",
        60 * 1024 * 1024);
    Browser.waitFor(driver, Duration.ofSeconds(60))
        .until(d -> wizard.heading().equals("Berkas terlalu besar"));
    assertTrue(wizard.mainText().contains("paling besar 6 MB"), wizard.mainText());
    WebElement back = driver.findElement(By.id("retry"));
    assertEquals(base + "claim/documents.xhtml", back.getAttribute("href"), "back to the step");
    assertNoHorizontalScroll("too large");
    Accessibility.assertNoSeriousViolations(driver, "body too large at 360 px");
    PAGES.save(driver, "too-large");
    Browser.clickAndWaitForPage(driver, back);
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    assertTrue(wizard.slotHasFile("KTP"), "the files saved before are kept");
    assertTrue(wizard.slotHasFile("KK"), "the files saved before are kept");
  }

  private String focusedId() {
    Browser.waitFor(driver).until(d -> !d.switchTo().activeElement().getAttribute("id").isEmpty());
    return driver.switchTo().activeElement().getAttribute("id");
  }

  /** Identity, reason and contact of an eligible participant, on to step 4. */
  private WizardPages toDocuments(ParticipantSeed p, String reason, boolean english) {
    HomePage home = HomePage.open(driver, base);
    if (english) {
      home.switchToEnglish();
    } else {
      home.switchToIndonesian();
    }
    PAGES.save(driver, "home-" + reason);
    home.startClaim();
    PAGES.save(driver, "identity-" + reason);
    new id.jht.portal.it.pages.IdentityPage(driver)
        .fill(p.nik(), p.memberships().get(0).kpj(), p.fullName(), p.birthDate())
        .submit();
    WizardPages wizard = new WizardPages(driver);
    wizard.chooseReason(reason);
    PAGES.save(driver, "reason-" + reason);
    wizard.next();
    PAGES.save(driver, "contact-" + reason);
    wizard
        .fillContact("peserta.dengan.alamat.surel.yang.panjang@contoh-perusahaan.co.id", p)
        .next();
    assertEquals("/claim/documents.xhtml", wizard.currentPath(), wizard.mainText());
    PAGES.save(driver, "documents-" + reason + (english ? "-en" : ""));
    return wizard;
  }

  private String progressText(String documentType) {
    return driver
        .findElements(By.cssSelector("#slot-" + documentType + " .upload-progress-text"))
        .stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The outage itself: nothing to wait for but time. */
  private static void sleepOutTheCut(Duration outage) {
    try {
      Thread.sleep(outage.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static java.util.List<String> entriesBut(Path dir, String kept) throws IOException {
    try (var list = Files.list(dir)) {
      return list.map(f -> f.getFileName().toString()).filter(n -> !n.equals(kept)).toList();
    }
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
