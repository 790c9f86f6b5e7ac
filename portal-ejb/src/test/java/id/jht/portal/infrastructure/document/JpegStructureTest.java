package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JpegStructureTest extends FileStructureTest {

  @Test
  void completeBaselineAndProgressiveJpegsEndProperly() throws Exception {
    assertTrue(JpegStructure.hasEndOfImage(file(TestCorpus.jpeg(640, 480))));
    assertTrue(JpegStructure.hasEndOfImage(file(TestCorpus.progressiveJpeg(640, 480))));
  }

  @Test
  void everyCutOfAJpegIsNoticed() throws Exception {
    byte[] jpeg = TestCorpus.jpeg(320, 240);
    for (int kept = 0; kept < jpeg.length; kept += 97) {
      assertFalse(
          JpegStructure.hasEndOfImage(file(TestCorpus.truncated(jpeg, kept))), "kept " + kept);
    }
    assertFalse(JpegStructure.hasEndOfImage(file(TestCorpus.truncated(jpeg, jpeg.length - 1))));
  }

  @Test
  void endMarkerInsideAnExifSegmentDoesNotCount() throws Exception {
    // A segment that ends in FF D9, like an embedded EXIF thumbnail, followed by a cut image.
    byte[] jpeg = TestCorpus.jpeg(320, 240);
    byte[] app1 = {(byte) 0xFF, (byte) 0xE1, 0, 6, 'x', 'x', (byte) 0xFF, (byte) 0xD9};
    byte[] withThumbnail = new byte[jpeg.length + app1.length];
    System.arraycopy(jpeg, 0, withThumbnail, 0, 2);
    System.arraycopy(app1, 0, withThumbnail, 2, app1.length);
    System.arraycopy(jpeg, 2, withThumbnail, 2 + app1.length, jpeg.length - 2);

    assertTrue(JpegStructure.hasEndOfImage(file(withThumbnail)));
    assertFalse(
        JpegStructure.hasEndOfImage(
            file(TestCorpus.truncated(withThumbnail, withThumbnail.length / 2))));
  }

  @Test
  void notAJpegHasNoEnd() throws Exception {
    assertFalse(JpegStructure.hasEndOfImage(file(TestCorpus.png(10, 10))));
    assertFalse(JpegStructure.hasEndOfImage(file(new byte[] {(byte) 0xFF, (byte) 0xD9})));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 6, 8})
  void exifOrientationIsRead(int orientation) throws Exception {
    byte[] jpeg = TestCorpus.withExifOrientation(TestCorpus.jpeg(64, 48), orientation);

    assertEquals(orientation, JpegStructure.exifOrientation(file(jpeg)));
    assertTrue(JpegStructure.hasEndOfImage(file(jpeg)));
  }

  @Test
  void missingOrInvalidOrientationMeansAsStored() throws Exception {
    assertEquals(1, JpegStructure.exifOrientation(file(TestCorpus.jpeg(64, 48))));
    assertEquals(
        1,
        JpegStructure.exifOrientation(
            file(TestCorpus.withExifOrientation(TestCorpus.jpeg(64, 48), 9))));
    assertEquals(1, JpegStructure.exifOrientation(file(TestCorpus.png(10, 10))));
  }
}
