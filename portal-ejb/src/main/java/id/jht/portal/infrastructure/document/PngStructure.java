package id.jht.portal.infrastructure.document;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Walks the chunks of a PNG file without decoding it. ImageIO does not insist on the closing IEND
 * chunk nor check CRCs, so a truncated or damaged upload could otherwise pass as a valid image.
 */
final class PngStructure {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] IEND = "IEND".getBytes(StandardCharsets.US_ASCII);
  private static final int COPY_BUFFER = 16 * 1024;

  private PngStructure() {}

  /**
   * Whether the file is a complete PNG: the signature, a sequence of whole chunks ending with IEND,
   * and a correct CRC on every critical chunk (the ones a viewer cannot do without, such as IHDR
   * and IDAT; viewers merely drop damaged ancillary chunks, so those are not checked).
   */
  static boolean isComplete(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (!Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE)) {
        return false;
      }
      byte[] buffer = new byte[COPY_BUFFER];
      while (true) {
        long length = Integer.toUnsignedLong(in.readInt());
        if (length > Integer.MAX_VALUE) {
          return false; // the PNG specification caps chunk lengths at 2^31 - 1
        }
        byte[] type = in.readNBytes(4);
        if (type.length < 4) {
          return false;
        }
        boolean critical = (type[0] & 0x20) == 0;
        if (critical) {
          CRC32 crc = new CRC32();
          crc.update(type);
          for (long left = length; left > 0; ) {
            int chunk = (int) Math.min(buffer.length, left);
            in.readFully(buffer, 0, chunk);
            crc.update(buffer, 0, chunk);
            left -= chunk;
          }
          if (Integer.toUnsignedLong(in.readInt()) != crc.getValue()) {
            return false;
          }
        } else {
          in.skipNBytes(length + 4);
        }
        if (Arrays.equals(type, IEND)) {
          return true;
        }
      }
    } catch (EOFException truncated) {
      return false;
    }
  }
}
