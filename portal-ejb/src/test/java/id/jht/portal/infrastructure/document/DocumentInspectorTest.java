package id.jht.portal.infrastructure.document;

import static id.jht.portal.infrastructure.document.TestCorpus.MB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.InspectionResult.Accepted;
import id.jht.portal.application.document.InspectionResult.Rejected;
import id.jht.portal.application.document.LocalizableText;
import id.jht.portal.application.document.RejectionReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentInspectorTest {

  private static final DocumentInspector INSPECTOR = new DocumentInspector();

  @TempDir Path workDir;

  /** Every rejection must leave the work directory as it found it. */
  private Rejected assertRejected(InspectionResult result, RejectionReason reason)
      throws IOException {
    Rejected rejected = assertInstanceOf(Rejected.class, result, () -> "got " + result);
    assertEquals(reason, rejected.reason(), () -> "got " + rejected);
    try (Stream<Path> left = Files.list(workDir)) {
      assertEquals(List.of(), left.toList(), "work files left after a rejection");
    }
    return rejected;
  }

  private Accepted assertAccepted(InspectionResult result) {
    Accepted accepted = assertInstanceOf(Accepted.class, result, () -> "got " + result);
    assertTrue(Files.isRegularFile(accepted.tempFile()));
    assertEquals(workDir, accepted.tempFile().getParent());
    return accepted;
  }

  private InspectionResult inspect(String name, String declaredType, byte[] content)
      throws IOException {
    return INSPECTOR.inspect(name, declaredType, new ByteArrayInputStream(content), workDir);
  }

  private InspectionResult inspect(String name, byte[] content) throws IOException {
    return inspect(name, "application/octet-stream", content);
  }

  private static LocalizableText text(String key, Object... args) {
    return LocalizableText.of(key, args);
  }

  @Nested
  class AcceptedDocuments {

    @Test
    void jpegPhotoIsAcceptedWithItsSizeAndHash() throws Exception {
      byte[] jpeg = TestCorpus.jpeg(800, 600);

      Accepted accepted = assertAccepted(inspect("ktp.jpg", "image/jpeg", jpeg));

      assertEquals(DetectedType.JPEG, accepted.type());
      assertEquals(800, accepted.width());
      assertEquals(600, accepted.height());
      assertNull(accepted.pageCount());
      assertEquals(jpeg.length, accepted.sizeBytes());
      assertEquals(sha256(jpeg), accepted.sha256Hex());
      assertEquals("ktp.jpg", accepted.displayName());
      assertEquals(jpeg.length, Files.size(accepted.tempFile()));
    }

    @Test
    void pngScanIsAccepted() throws Exception {
      Accepted accepted = assertAccepted(inspect("kk.png", "image/png", TestCorpus.png(800, 600)));

      assertEquals(DetectedType.PNG, accepted.type());
      assertEquals(800, accepted.width());
    }

    @Test
    void pdfIsAcceptedWithItsPageCount() throws Exception {
      byte[] pdf = TestCorpus.pdf(2);

      Accepted accepted = assertAccepted(inspect("paklaring.pdf", "application/pdf", pdf));

      assertEquals(DetectedType.PDF, accepted.type());
      assertEquals(2, accepted.pageCount());
      assertNull(accepted.width());
      assertEquals(sha256(pdf), accepted.sha256Hex());
    }

    @Test
    void extensionIsComparedIgnoringCaseAndJpegSpelledOutCounts() throws Exception {
      assertAccepted(inspect("KTP.JPG", TestCorpus.jpeg(800, 600)));
      assertAccepted(inspect("foto.jpeg", TestCorpus.jpeg(800, 600)));
      assertAccepted(inspect("Buku Tabungan.PDF", TestCorpus.pdf(1)));
    }

    @Test
    void portraitImageOfTheMinimumSizeIsAccepted() throws Exception {
      Accepted accepted = assertAccepted(inspect("selfie.png", TestCorpus.png(400, 600)));

      assertEquals(400, accepted.width());
      assertEquals(600, accepted.height());
    }

    @Test
    void largePhotoAndScanAreAcceptedAtTheirFullSize() throws Exception {
      // Big enough that the test decode is subsampled.
      byte[] photo = TestCorpus.jpeg(3000, 2000);
      byte[] scan = TestCorpus.png(2500, 1800);
      assertTrue(photo.length <= 6 * MB && scan.length <= 6 * MB, "samples must fit the limit");

      Accepted acceptedPhoto = assertAccepted(inspect("ktp.jpg", photo));
      Accepted acceptedScan = assertAccepted(inspect("kk.png", scan));

      assertEquals(3000, acceptedPhoto.width());
      assertEquals(1800, acceptedScan.height());
    }

    @Test
    void progressiveJpegIsAccepted() throws Exception {
      assertAccepted(inspect("foto.jpg", TestCorpus.progressiveJpeg(800, 600)));
    }

    @Test
    void cmykJpegFromAScannerIsAccepted() throws Exception {
      assertAccepted(inspect("scan.jpg", TestCorpus.cmykJpeg(800, 600)));
    }

    @Test
    void jpegWithDataAfterTheImageLikeAMotionPhotoIsAccepted() throws Exception {
      byte[] motionPhoto =
          TestCorpus.concat(TestCorpus.jpeg(800, 600), new byte[] {0, 0, 0, 0x18, 'f', 't'});

      assertAccepted(inspect("PXL_20250101.jpg", motionPhoto));
    }

    @Test
    void pdfWithAFormAndAWebLinkIsNotActiveContent() throws Exception {
      assertAccepted(inspect("formulir.pdf", TestCorpus.pdfWithFormAndWebLink()));
    }

    @Test
    void pdfOfExactlyTheMaximumPagesIsAccepted() throws Exception {
      assertEquals(20, assertAccepted(inspect("berkas.pdf", TestCorpus.pdf(20))).pageCount());
    }
  }

  @Nested
  class Size {

    @Test
    void exactlySixMegabytesIsAccepted() throws Exception {
      byte[] png = TestCorpus.pngOfExactSize(6 * MB);
      CountingInputStream body = new CountingInputStream(png);

      InspectionResult result = INSPECTOR.inspect("besar.png", "image/png", body, workDir);

      Accepted accepted = assertAccepted(result);
      assertEquals(6L * MB, accepted.sizeBytes());
      assertEquals(sha256(png), accepted.sha256Hex());
    }

    @Test
    void oneByteOverSixMegabytesIsTooLargeAndReadingStopsThere() throws Exception {
      byte[] png = TestCorpus.pngOfExactSize(6 * MB);
      CountingInputStream body = new CountingInputStream(png, 6L * MB + 1);

      Rejected rejected =
          assertRejected(
              INSPECTOR.inspect("besar.png", "image/png", body, workDir),
              RejectionReason.TOO_LARGE);

      assertEquals(List.of(new FileSize(6L * MB)), rejected.details());
      assertEquals(6L * MB + 1, body.bytesRead());
    }

    @Test
    void endlessBodyIsReadOnlyOneBytePastTheLimit() throws Exception {
      CountingInputStream body =
          new CountingInputStream(TestCorpus.jpeg(800, 600), 10L * 1024 * MB);

      assertRejected(
          INSPECTOR.inspect("video.jpg", "image/jpeg", body, workDir), RejectionReason.TOO_LARGE);

      assertEquals(6L * MB + 1, body.bytesRead());
    }

    @Test
    void configuredLimitIsUsedAndShownInMegabytes() throws Exception {
      DocumentInspector inspector =
          new DocumentInspector(new UploadLimits(2 * MB, 600, 400, 40_000_000, 20));
      CountingInputStream body = new CountingInputStream(new byte[0], 3L * MB);

      Rejected rejected =
          assertRejected(
              inspector.inspect("a.pdf", null, body, workDir), RejectionReason.TOO_LARGE);

      assertEquals(List.of(new FileSize(2L * MB)), rejected.details());
      assertEquals(2L * MB + 1, body.bytesRead());
    }

    @Test
    void emptyFileIsEmpty() throws Exception {
      Rejected rejected = assertRejected(inspect("ktp.jpg", new byte[0]), RejectionReason.EMPTY);

      assertEquals("ktp.jpg", rejected.displayName());
      assertEquals(List.of(), rejected.details());
    }
  }

  @Nested
  class WrongContent {

    static Stream<Arguments> disguisedFiles() {
      return Stream.of(
              Arguments.of(
                  "ELF program", TestCorpus.elfExecutable(), "documents.content.executable"),
              Arguments.of(
                  "Windows program", TestCorpus.peExecutable(), "documents.content.executable"),
              Arguments.of("HTML page", TestCorpus.htmlPage(), "documents.content.web.page"),
              Arguments.of("ZIP archive", TestCorpus.zipArchive(), "documents.content.zip.archive"))
          .flatMap(
              sample ->
                  Stream.of(".pdf", ".jpg")
                      .map(
                          extension ->
                              Arguments.of(
                                  sample.get()[0] + " named " + extension,
                                  "dokumen" + extension,
                                  sample.get()[1],
                                  sample.get()[2])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguisedFiles")
    void renamedNonDocumentIsWrongFormatAndSaysWhatItIs(
        String description, String fileName, byte[] content, String contentKey) throws Exception {
      Rejected rejected = assertRejected(inspect(fileName, content), RejectionReason.WRONG_FORMAT);

      assertEquals(List.of(text(contentKey)), rejected.details());
      assertEquals(fileName, rejected.displayName());
    }

    @Test
    void htmlDeclaredAsJpegIsStillWrongFormat() throws Exception {
      Rejected rejected =
          assertRejected(
              inspect("foto.jpg", "image/jpeg", TestCorpus.htmlPage()),
              RejectionReason.WRONG_FORMAT);

      assertEquals(List.of(text("documents.content.web.page")), rejected.details());
    }

    @Test
    void gifNamesItsFormat() throws Exception {
      Rejected rejected =
          assertRejected(
              inspect("foto.gif", TestCorpus.gif(800, 600)), RejectionReason.WRONG_FORMAT);

      assertEquals(List.of(text("documents.content.other.image", "GIF")), rejected.details());
    }

    @Test
    void unknownBytesAreAnotherType() throws Exception {
      byte[] noise = new byte[4096];
      new java.util.Random(3).nextBytes(noise);
      noise[0] = 1;

      Rejected rejected = assertRejected(inspect("ktp.pdf", noise), RejectionReason.WRONG_FORMAT);

      assertEquals(List.of(text("documents.content.other")), rejected.details());
    }

    @Test
    void pngNamedJpgIsAcceptedAsPngUnderAPngName() throws Exception {
      Accepted accepted =
          assertAccepted(inspect("foto.jpg", "image/jpeg", TestCorpus.png(800, 600)));

      assertEquals(DetectedType.PNG, accepted.type());
      assertEquals("image/png", accepted.type().mediaType());
      assertEquals("foto.png", accepted.displayName());
    }

    @Test
    void jpegNamedPdfIsAcceptedAsJpeg() throws Exception {
      Accepted accepted =
          assertAccepted(inspect("ktp.pdf", "application/pdf", TestCorpus.jpeg(800, 600)));

      assertEquals(DetectedType.JPEG, accepted.type());
      assertEquals("ktp.jpg", accepted.displayName());
    }

    @Test
    void doubleExtensionLosesItsWrongLastPart() throws Exception {
      Accepted accepted =
          assertAccepted(inspect("foto.jpg.php", "image/jpeg", TestCorpus.jpeg(800, 600)));

      assertEquals("foto.jpg", accepted.displayName());
    }

    @Test
    void nameWithoutExtensionGetsTheTypes() throws Exception {
      assertEquals("ktp.pdf", assertAccepted(inspect("ktp", TestCorpus.pdf(1))).displayName());
    }

    @Test
    void rightToLeftOverrideCannotDisguiseAnExtension() throws Exception {
      // Displayed by a naive page as "ktp_exe.jpg"; really ends in "gpj.exe".
      Accepted accepted = assertAccepted(inspect("ktp_\u202Egpj.exe", TestCorpus.jpeg(800, 600)));

      assertEquals("ktp_gpj.jpg", accepted.displayName());
    }

    @Test
    void contentThatIsNotAllowedIsRefusedWhateverItsName() throws Exception {
      Rejected rejected =
          assertRejected(inspect("foto.jpg", TestCorpus.htmlPage()), RejectionReason.WRONG_FORMAT);

      assertEquals("foto.jpg", rejected.displayName());
    }
  }

  @Nested
  class Images {

    @Test
    void pixelFloodIsRefusedFromTheHeaderWithoutDecoding() throws Exception {
      byte[] bomb = TestCorpus.pngDeclaring(100_000, 100_000);

      Rejected rejected = assertRejected(inspect("ktp.png", bomb), RejectionReason.TOO_MANY_PIXELS);

      assertEquals(List.of(100_000, 100_000, 40.0), rejected.details());
    }

    @Test
    void pixelLimitIsInclusive() throws Exception {
      DocumentInspector inspector =
          new DocumentInspector(new UploadLimits(6 * MB, 600, 400, 800 * 600, 20));

      Accepted accepted =
          assertAccepted(
              inspector.inspect(
                  "a.png", null, new ByteArrayInputStream(TestCorpus.png(800, 600)), workDir));
      Files.delete(accepted.tempFile());
      assertRejected(
          inspector.inspect(
              "b.png", null, new ByteArrayInputStream(TestCorpus.png(801, 600)), workDir),
          RejectionReason.TOO_MANY_PIXELS);
    }

    @ParameterizedTest
    @CsvSource({"ktp.jpg, JPEG, 60", "kk.png, PNG, 50"})
    void truncatedImageIsBrokenAndNamesItsType(String name, String type, int keptPercent)
        throws Exception {
      byte[] image = image800x600(type);

      Rejected rejected =
          assertRejected(
              inspect(name, TestCorpus.truncated(image, image.length * keptPercent / 100)),
              RejectionReason.BROKEN);

      assertEquals(List.of(text("documents.type." + type)), rejected.details());
    }

    /**
     * A JPEG missing only its end marker (every pixel is there; ImageIO returns the full picture
     * and only warns), a PNG without its IEND chunk.
     */
    @ParameterizedTest
    @CsvSource({"ktp.jpg, JPEG, 2", "kk.png, PNG, 12"})
    void imageMissingOnlyItsEndIsBroken(String name, String type, int cutBytes) throws Exception {
      byte[] image = image800x600(type);

      assertRejected(
          inspect(name, TestCorpus.truncated(image, image.length - cutBytes)),
          RejectionReason.BROKEN);
    }

    private static byte[] image800x600(String type) {
      return type.equals("JPEG") ? TestCorpus.jpeg(800, 600) : TestCorpus.png(800, 600);
    }

    @Test
    void jpegWithScrambledImageDataButIntactMarkersIsBroken(@TempDir Path scratch)
        throws Exception {
      // The structure walk passes this one; the decoder's warning must reject it.
      byte[] jpeg = TestCorpus.jpeg(800, 600);
      java.util.Random random = new java.util.Random(11);
      for (int i = jpeg.length / 2; i < jpeg.length / 2 + 4000; i++) {
        jpeg[i] = (byte) random.nextInt(0xFF); // never 0xFF, so no marker appears
      }
      assertTrue(JpegStructure.hasEndOfImage(Files.write(scratch.resolve("ktp.jpg"), jpeg)));

      assertRejected(inspect("ktp.jpg", jpeg), RejectionReason.BROKEN);
    }

    @Test
    void jpegWithScrambledImageDataInItsLastRowsIsBroken(@TempDir Path scratch) throws Exception {
      // The decode is subsampled (a test, not a picture): the rows it skips are still decoded, so
      // damage just before the end-of-image marker is found as well.
      byte[] jpeg = TestCorpus.jpeg(800, 600);
      java.util.Random random = new java.util.Random(12);
      for (int i = jpeg.length - 600; i < jpeg.length - 100; i++) {
        jpeg[i] = (byte) random.nextInt(0xFF);
      }
      assertTrue(JpegStructure.hasEndOfImage(Files.write(scratch.resolve("ktp.jpg"), jpeg)));

      assertRejected(inspect("ktp.jpg", jpeg), RejectionReason.BROKEN);
    }

    @Test
    void jpegCutInsideItsHeaderIsBroken() throws Exception {
      assertRejected(
          inspect("ktp.jpg", TestCorpus.truncated(TestCorpus.jpeg(800, 600), 100)),
          RejectionReason.BROKEN);
    }

    @Test
    void pngWithADamagedImageChunkIsBroken() throws Exception {
      byte[] png = TestCorpus.png(800, 600);
      png[png.length / 2] ^= 0x55;

      assertRejected(inspect("kk.png", png), RejectionReason.BROKEN);
    }

    @Test
    void smallImageIsTooSmallToReadAndSaysBothSizes() throws Exception {
      Rejected rejected =
          assertRejected(
              inspect("ktp.jpg", TestCorpus.jpeg(300, 200)), RejectionReason.TOO_SMALL_TO_READ);

      assertEquals(List.of(300, 200, 600, 400), rejected.details());
    }

    @Test
    void imageJustBelowTheMinimumIsTooSmall() throws Exception {
      assertRejected(
          inspect("ktp.png", TestCorpus.png(599, 400)), RejectionReason.TOO_SMALL_TO_READ);
      assertRejected(
          inspect("ktp.png", TestCorpus.png(400, 599)), RejectionReason.TOO_SMALL_TO_READ);
    }
  }

  @Nested
  class Pdfs {

    @Test
    void pdfWithEmptyUserPasswordIsStillEncrypted() throws Exception {
      assertRejected(inspect("a.pdf", TestCorpus.encryptedPdf("")), RejectionReason.ENCRYPTED);
    }

    @Test
    void pdfNeedingAPasswordIsEncrypted() throws Exception {
      assertRejected(
          inspect("a.pdf", TestCorpus.encryptedPdf("tanggal-lahir")), RejectionReason.ENCRYPTED);
    }

    @Test
    void tooManyPagesSaysHowManyAndTheLimit() throws Exception {
      Rejected rejected =
          assertRejected(inspect("a.pdf", TestCorpus.pdf(21)), RejectionReason.TOO_MANY_PAGES);

      assertEquals(List.of(21, 20), rejected.details());
    }

    static Stream<Arguments> activePdfs() {
      return Stream.of(
          Arguments.of("JavaScript as open action", TestCorpus.pdfWithOpenActionJavaScript()),
          Arguments.of("JavaScript name tree", TestCorpus.pdfWithJavaScriptNameTree()),
          Arguments.of("JavaScript on opening a page", TestCorpus.pdfWithPageOpenJavaScript()),
          Arguments.of("launch action on a link", TestCorpus.pdfWithLaunchLink()),
          Arguments.of("JavaScript on a form field", TestCorpus.pdfWithFieldJavaScript()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activePdfs")
    void scriptOrLaunchActionIsActiveContent(String description, byte[] pdf) throws Exception {
      assertRejected(inspect("a.pdf", pdf), RejectionReason.ACTIVE_CONTENT);
    }

    @Test
    void pdfHeaderFollowedByGarbageIsBroken() throws Exception {
      byte[] garbage = new byte[2048];
      new java.util.Random(5).nextBytes(garbage);

      Rejected rejected =
          assertRejected(
              inspect("a.pdf", TestCorpus.concat("%PDF-1.7\n".getBytes(), garbage)),
              RejectionReason.BROKEN);

      assertEquals(List.of(text("documents.type.PDF")), rejected.details());
    }
  }

  @Nested
  class FileNames {

    @Test
    void pathInTheNameIsDroppedAndNeverUsedForTheWorkFile() throws Exception {
      Accepted accepted =
          assertAccepted(inspect("../../../etc/cron.d/ktp.jpg", TestCorpus.jpeg(800, 600)));

      assertEquals("ktp.jpg", accepted.displayName());
      assertTrue(accepted.tempFile().getFileName().toString().startsWith("upload-"));
    }

    static Stream<Arguments> namesWithAPathOrANul() {
      return Stream.of(
          Arguments.of("C:\\Users\\Budi\\Pictures\\KTP.JPG", "KTP.JPG"),
          Arguments.of("ktp.php\u0000.jpg", "ktp.php.jpg"));
    }

    /** A Windows path is dropped, a NUL in the name removed. */
    @ParameterizedTest
    @MethodSource("namesWithAPathOrANul")
    void shownNameHasNoPathAndNoNul(String name, String shown) throws Exception {
      Accepted accepted = assertAccepted(inspect(name, TestCorpus.jpeg(800, 600)));

      assertEquals(shown, accepted.displayName());
    }

    @Test
    void veryLongUnicodeNameIsShortenedKeepingItsExtension() throws Exception {
      String name = "Kartu Keluarga \uD83C\uDDEE\uD83C\uDDE9 ".repeat(40) + "scan.pdf";

      Accepted accepted = assertAccepted(inspect(name, TestCorpus.pdf(1)));

      String shown = accepted.displayName();
      assertTrue(shown.codePointCount(0, shown.length()) <= 100, shown);
      assertTrue(shown.endsWith("\u2026.pdf"), shown);
    }

    @Test
    void missingNameGetsTheFallbackName() throws Exception {
      Rejected rejected = assertRejected(inspect(null, new byte[0]), RejectionReason.EMPTY);

      assertEquals("dokumen", rejected.displayName());
    }
  }

  private static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
