package id.jht.portal.infrastructure.document;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the file-structure checks ({@link JpegStructure}, {@link PngStructure}) share:
 * the checks read a stored file, so each test's bytes are written to a temporary one first.
 */
abstract class FileStructureTest {

  @TempDir Path dir;

  /** The bytes as a stored file; its name says nothing of its type, as an upload's does not. */
  Path file(byte[] content) throws Exception {
    return Files.write(Files.createTempFile(dir, "t", ".bin"), content);
  }
}
