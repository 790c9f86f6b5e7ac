package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockReaderTest {

  @TempDir Path dir;

  /** Three and a half 64 KiB blocks of a known pattern, so every boundary is crossed. */
  private Path file() throws Exception {
    byte[] data = new byte[64 * 1024 * 3 + 32 * 1024];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31 + 7);
    }
    return Files.write(dir.resolve("data.bin"), data);
  }

  @Test
  void readsEveryByteInOrderThenMinusOne() throws Exception {
    Path file = file();
    byte[] expected = Files.readAllBytes(file);
    try (BlockReader in = BlockReader.open(file)) {
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i] & 0xFF, in.read(), "byte " + i);
      }
      assertEquals(-1, in.read());
      assertEquals(-1, in.read());
    }
  }

  @Test
  void skipsAndReadsAcrossBlockBoundaries() throws Exception {
    Path file = file();
    byte[] expected = Files.readAllBytes(file);
    try (BlockReader in = BlockReader.open(file)) {
      in.skipNBytes(65_530);
      assertArrayEquals(Arrays.copyOfRange(expected, 65_530, 65_550), in.readNBytes(20));
      in.skipNBytes(100_000);
      assertEquals(expected[165_550] & 0xFF, in.read());
    }
  }

  @Test
  void readNBytesStopsShortAtTheEndAndSkipPastItFails() throws Exception {
    Path file = file();
    byte[] expected = Files.readAllBytes(file);
    try (BlockReader in = BlockReader.open(file)) {
      in.skipNBytes(expected.length - 5);
      assertArrayEquals(
          Arrays.copyOfRange(expected, expected.length - 5, expected.length), in.readNBytes(10));
    }
    try (BlockReader in = BlockReader.open(file)) {
      assertThrows(EOFException.class, () -> in.skipNBytes(expected.length + 1L));
    }
  }
}
