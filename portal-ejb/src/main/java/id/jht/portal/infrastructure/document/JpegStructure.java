package id.jht.portal.infrastructure.document;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Walks the marker segments of a JPEG file without decoding it. ImageIO "decodes" a truncated JPEG
 * by padding it with grey and merely reports a warning, which depends on the decoder plugin
 * installed; this walk is a check of its own. It also finds the orientation a phone stores in EXIF,
 * which ImageIO does not apply.
 */
final class JpegStructure {

  private static final int SOI = 0xD8;
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;
  private static final int APP1 = 0xE1;
  private static final int TEM = 0x01;
  private static final int ORIENTATION_TAG = 0x0112;
  private static final int TIFF_SHORT = 3;

  private JpegStructure() {}

  /**
   * Whether the image data is complete: the file starts with SOI and its segments and scans lead to
   * an EOI marker. Data after EOI (some phones append a video) is allowed; an EOI inside an EXIF
   * thumbnail does not count because whole segments are skipped.
   */
  static boolean hasEndOfImage(Path file) throws IOException {
    try (BlockReader in = BlockReader.open(file)) {
      if (in.read() != 0xFF || in.read() != SOI) {
        return false;
      }
      int marker = nextMarker(in);
      while (marker >= 0) {
        if (marker == EOI) {
          return true;
        }
        if (isStandalone(marker)) {
          marker = nextMarker(in);
          continue;
        }
        in.skipNBytes(segmentLength(in) - 2L);
        marker = marker == SOS ? markerAfterScan(in) : nextMarker(in);
      }
      return false;
    } catch (EOFException truncated) {
      return false;
    }
  }

  /**
   * The EXIF orientation (1 to 8, see TIFF tag 274), or 1 ("as stored") when the file has none or
   * it cannot be read.
   */
  static int exifOrientation(Path file) throws IOException {
    try (BlockReader in = BlockReader.open(file)) {
      if (in.read() != 0xFF || in.read() != SOI) {
        return 1;
      }
      for (int marker = nextMarker(in); marker >= 0; marker = nextMarker(in)) {
        if (marker == SOS || marker == EOI) {
          return 1;
        }
        if (isStandalone(marker)) {
          continue;
        }
        int payloadLength = segmentLength(in) - 2;
        if (marker == APP1) {
          int orientation = orientationFromApp1(in.readNBytes(payloadLength));
          if (orientation > 0) {
            return orientation;
          }
        } else {
          in.skipNBytes(payloadLength);
        }
      }
      return 1;
    } catch (EOFException truncated) {
      return 1;
    }
  }

  private static boolean isStandalone(int marker) {
    return marker == TEM || (marker >= 0xD0 && marker <= 0xD7) || marker == SOI;
  }

  private static int segmentLength(BlockReader in) throws IOException {
    int length = (readByte(in) << 8) | readByte(in);
    if (length < 2) {
      throw new EOFException("segment length below 2");
    }
    return length;
  }

  /** The next marker code, skipping stray bytes and fill bytes; -1 at the end of the file. */
  private static int nextMarker(BlockReader in) throws IOException {
    int b = in.read();
    while (b >= 0 && b != 0xFF) {
      b = in.read();
    }
    while (b == 0xFF) {
      b = in.read();
    }
    return b;
  }

  /**
   * Skips entropy-coded data, where 0xFF is followed by 0x00 (a stuffed byte) or a restart marker,
   * and returns the first real marker after it; -1 at the end of the file.
   */
  private static int markerAfterScan(BlockReader in) throws IOException {
    int b = in.read();
    while (b >= 0) {
      if (b != 0xFF) {
        b = in.read();
        continue;
      }
      b = in.read();
      while (b == 0xFF) {
        b = in.read();
      }
      if (b > 0 && !(b >= 0xD0 && b <= 0xD7)) {
        return b;
      }
      if (b == 0x00 || (b >= 0xD0 && b <= 0xD7)) {
        b = in.read();
      }
    }
    return -1;
  }

  private static int readByte(BlockReader in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    return b;
  }

  /** Orientation from an APP1 payload if it is EXIF and has one in IFD0, else 0. */
  static int orientationFromApp1(byte[] app1) {
    final int tiff = 6; // after "Exif\0\0"
    if (app1.length < tiff + 8
        || app1[0] != 'E'
        || app1[1] != 'x'
        || app1[2] != 'i'
        || app1[3] != 'f'
        || app1[4] != 0
        || app1[5] != 0) {
      return 0;
    }
    boolean littleEndian;
    if (app1[tiff] == 'I' && app1[tiff + 1] == 'I') {
      littleEndian = true;
    } else if (app1[tiff] == 'M' && app1[tiff + 1] == 'M') {
      littleEndian = false;
    } else {
      return 0;
    }
    TiffReader reader = new TiffReader(app1, tiff, littleEndian);
    long ifd0 = reader.uint32(4);
    if (ifd0 < 8 || ifd0 > app1.length - tiff - 2) {
      return 0;
    }
    int entries = reader.uint16((int) ifd0);
    for (int i = 0; i < entries; i++) {
      int entry = (int) ifd0 + 2 + i * 12;
      if (tiff + entry + 12 > app1.length) {
        return 0;
      }
      if (reader.uint16(entry) == ORIENTATION_TAG && reader.uint16(entry + 2) == TIFF_SHORT) {
        int value = reader.uint16(entry + 8);
        return value >= 1 && value <= 8 ? value : 0;
      }
    }
    return 0;
  }

  /** Reads TIFF integers at offsets relative to the TIFF header. */
  private record TiffReader(byte[] data, int base, boolean littleEndian) {

    int uint16(int offset) {
      int a = data[base + offset] & 0xFF;
      int b = data[base + offset + 1] & 0xFF;
      return littleEndian ? (b << 8) | a : (a << 8) | b;
    }

    long uint32(int offset) {
      long high = uint16(littleEndian ? offset + 2 : offset);
      long low = uint16(littleEndian ? offset : offset + 2);
      return (high << 16) | low;
    }
  }
}
