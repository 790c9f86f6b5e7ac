package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.document.DetectedType;
import id.jht.portal.application.document.InspectionResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataStripperTest {

  private static final String GPS_MARK = "GPS-7.2575S-112.7521E";
  private static final String SERIAL_MARK = "SERIAL-R58M12ABCDE";

  @TempDir Path workDir;

  @Test
  void exifAndXmpGoTheIccProfileStaysAndThePixelsAreUntouched() throws Exception {
    byte[] plain = TestCorpus.jpeg(800, 600);
    byte[] icc = segment(0xE2, concat(ascii("ICC_PROFILE\0"), new byte[] {1, 1}, ascii("icc")));
    byte[] photo =
        afterSoi(
            plain,
            exifWith(6, GPS_MARK + SERIAL_MARK),
            segment(0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + GPS_MARK)),
            icc,
            segment(0xED, ascii("Photoshop 3.0\0" + SERIAL_MARK)),
            segment(0xFE, ascii("comment " + SERIAL_MARK)));

    byte[] stripped = MetadataStripper.stripJpeg(photo);

    String text = new String(stripped, StandardCharsets.ISO_8859_1);
    assertFalse(text.contains(GPS_MARK), "GPS position left in the file");
    assertFalse(text.contains(SERIAL_MARK), "device serial left in the file");
    assertFalse(text.contains("xmpmeta"), "XMP left in the file");
    assertTrue(contains(stripped, icc), "the ICC profile is kept deliberately");
    assertArrayEquals(pixels(photo), pixels(stripped), "the image must decode identically");
    assertArrayEquals(pixels(plain), pixels(stripped));
  }

  @Test
  void theOrientationSurvivesSoThePhotoIsStillShownUpright() throws Exception {
    byte[] photo = afterSoi(TestCorpus.jpeg(800, 600), exifWith(6, GPS_MARK));

    byte[] stripped = MetadataStripper.stripJpeg(photo);

    Path file = Files.write(workDir.resolve("a.jpg"), stripped);
    assertEquals(6, JpegStructure.exifOrientation(file));
    assertTrue(contains(stripped, MetadataStripper.orientationOnlyExif(6)));
  }

  @Test
  void anUprightPhotoKeepsNoExifAtAll() throws Exception {
    byte[] plain = TestCorpus.jpeg(800, 600);

    assertArrayEquals(plain, MetadataStripper.stripJpeg(afterSoi(plain, exifWith(1, GPS_MARK))));
  }

  @Test
  void whatFollowsTheEndOfImageIsDropped() throws Exception {
    byte[] plain = TestCorpus.jpeg(800, 600);
    byte[] motionPhoto = TestCorpus.concat(plain, afterSoi(plain, exifWith(1, GPS_MARK)));

    assertArrayEquals(plain, MetadataStripper.stripJpeg(motionPhoto));
  }

  @Test
  void progressiveAndCmykScansAreCopiedWhole() throws Exception {
    for (byte[] jpeg :
        List.of(TestCorpus.progressiveJpeg(800, 600), TestCorpus.cmykJpeg(800, 600))) {
      byte[] withExif = afterSoi(jpeg, exifWith(1, GPS_MARK));

      assertArrayEquals(jpeg, MetadataStripper.stripJpeg(withExif));
    }
  }

  @Test
  void aJpegWithoutMetadataIsLeftAsItIs() throws Exception {
    byte[] plain = TestCorpus.jpeg(800, 600);
    Path file = Files.write(workDir.resolve("a.jpg"), plain);

    assertFalse(MetadataStripper.strip(file, DetectedType.JPEG));
    assertArrayEquals(plain, Files.readAllBytes(file));
  }

  @Test
  void aTruncatedJpegIsAnErrorNotAGuess() {
    byte[] cut = TestCorpus.truncated(TestCorpus.jpeg(800, 600), 500);

    assertThrows(IOException.class, () -> MetadataStripper.stripJpeg(cut));
  }

  @Test
  void pngTextExifAndTimeChunksGoColourChunksStay() throws Exception {
    byte[] plain = TestCorpus.png(800, 600);
    byte[] srgb = TestCorpus.pngChunk("sRGB", new byte[] {0});
    byte[] tagged =
        afterPngHeader(
            plain,
            srgb,
            TestCorpus.pngChunk("tEXt", ascii("Comment\0" + SERIAL_MARK)),
            TestCorpus.pngChunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0" + GPS_MARK)),
            TestCorpus.pngChunk("eXIf", ascii("MM\0*" + GPS_MARK)),
            TestCorpus.pngChunk("tIME", new byte[] {7, (byte) 0xEA, 12, 4, 19, 0, 0}));

    byte[] stripped = MetadataStripper.stripPng(tagged);

    String text = new String(stripped, StandardCharsets.ISO_8859_1);
    assertFalse(text.contains(GPS_MARK));
    assertFalse(text.contains(SERIAL_MARK));
    assertFalse(text.contains("tIME"));
    assertArrayEquals(afterPngHeader(plain, srgb), stripped);
    Path file = Files.write(workDir.resolve("a.png"), stripped);
    assertTrue(PngStructure.isComplete(file));
    assertArrayEquals(pixels(plain), pixels(stripped));
  }

  @Test
  void theInspectorStoresTheStrippedFileAndDescribesIt() throws Exception {
    byte[] photo = afterSoi(TestCorpus.jpeg(800, 600), exifWith(1, GPS_MARK));

    InspectionResult result =
        new DocumentInspector()
            .inspect("foto.jpg", "image/jpeg", new ByteArrayInputStream(photo), workDir);

    InspectionResult.Accepted accepted = assertInstanceOf(InspectionResult.Accepted.class, result);
    byte[] stored = Files.readAllBytes(accepted.tempFile());
    assertArrayEquals(TestCorpus.jpeg(800, 600), stored);
    assertEquals(stored.length, accepted.sizeBytes());
    assertEquals(
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(stored)),
        accepted.sha256Hex());
  }

  // ---------------------------------------------------------------- helpers

  /** An EXIF APP1 segment with an orientation and a text tag standing for GPS and serial data. */
  private static byte[] exifWith(int orientation, String secret) {
    byte[] value = ascii(secret + "\0");
    java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(8 + 2 + 24 + 4 + value.length);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putShort((short) 0xA431).putShort((short) 2).putInt(value.length).putInt(8 + 2 + 24 + 4);
    tiff.putInt(0);
    tiff.put(value);
    return segment(0xE1, concat(ascii("Exif\0\0"), tiff.array()));
  }

  private static byte[] segment(int marker, byte[] payload) {
    int length = payload.length + 2;
    return concat(
        new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
  }

  private static byte[] afterSoi(byte[] jpeg, byte[]... segments) {
    List<byte[]> parts = new ArrayList<>();
    parts.add(new byte[] {jpeg[0], jpeg[1]});
    parts.addAll(List.of(segments));
    parts.add(java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    return concat(parts.toArray(byte[][]::new));
  }

  /** Inserts chunks after IHDR (signature 8 bytes + IHDR 25 bytes). */
  private static byte[] afterPngHeader(byte[] png, byte[]... chunks) {
    List<byte[]> parts = new ArrayList<>();
    parts.add(java.util.Arrays.copyOfRange(png, 0, 33));
    parts.addAll(List.of(chunks));
    parts.add(java.util.Arrays.copyOfRange(png, 33, png.length));
    byte[] result = concat(parts.toArray(byte[][]::new));
    assertEquals("IHDR", new String(png, 12, 4, StandardCharsets.ISO_8859_1));
    return result;
  }

  private static int[] pixels(byte[] image) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
    return decoded.getRGB(
        0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
