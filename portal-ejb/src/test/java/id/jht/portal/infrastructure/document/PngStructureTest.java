package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PngStructureTest extends FileStructureTest {

  @Test
  void writtenPngIsComplete() throws Exception {
    assertTrue(PngStructure.isComplete(file(TestCorpus.png(64, 48))));
  }

  @Test
  void handWrittenHeaderWithCorrectCrcIsComplete() throws Exception {
    assertTrue(PngStructure.isComplete(file(TestCorpus.pngDeclaring(100_000, 100_000))));
  }

  @Test
  void everyCutOfAPngIsNoticed() throws Exception {
    byte[] png = TestCorpus.png(64, 48);
    for (int kept = 0; kept < png.length; kept += 53) {
      assertFalse(PngStructure.isComplete(file(TestCorpus.truncated(png, kept))), "kept " + kept);
    }
  }

  @Test
  void damagedCriticalChunkIsNoticed() throws Exception {
    byte[] png = TestCorpus.pngDeclaring(10, 10);
    png[20] ^= 1; // inside IHDR's width

    assertFalse(PngStructure.isComplete(file(png)));
  }

  @Test
  void damagedAncillaryChunkIsTolerated() throws Exception {
    byte[] png = TestCorpus.pngOfExactSize(TestCorpus.png(800, 600).length + 100);
    png[png.length - 12 - 4 - 10] ^= 1; // inside the padding chunk, before its CRC and IEND

    assertTrue(PngStructure.isComplete(file(png)));
  }

  @Test
  void jpegIsNotAPng() throws Exception {
    assertFalse(PngStructure.isComplete(file(TestCorpus.jpeg(10, 10))));
  }
}
