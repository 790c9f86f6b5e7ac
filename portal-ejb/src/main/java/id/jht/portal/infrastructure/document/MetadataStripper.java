package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DetectedType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes what a phone writes into a photo besides the picture: the GPS position, the device's
 * serial number, the owner's name and the editing history (EXIF, XMP, IPTC, comments, embedded
 * previews), without decoding or re-encoding a single pixel. The compressed image data is copied
 * byte for byte, so the image decodes exactly as before.
 *
 * <p>JPEG, a walk over the marker segments:
 *
 * <ul>
 *   <li>kept: everything a decoder needs (tables, frame, scans, restart intervals), APP0 "JFIF"
 *       (pixel density), APP14 "Adobe" (says whether the data is RGB, YCbCr or YCCK: without it
 *       CMYK scans decode in wrong colours), and APP2 "ICC_PROFILE". The ICC profile is kept on
 *       purpose: it describes the colour space (phones shoot in Display P3), carries no position
 *       and no serial number, and without it a document's colours shift, which matters for a red
 *       stamp or a photo compared with a face;
 *   <li>replaced: APP1 EXIF becomes a minimal EXIF block holding only the orientation, because the
 *       phone stores the picture sideways and relies on that tag to have it shown upright;
 *   <li>dropped: APP1 XMP (and extended XMP), the other APP2 blocks (FlashPix, MPF with its
 *       secondary images), APP3 to APP13 and APP15 (IPTC/Photoshop among them), comments, and any
 *       bytes after the end-of-image marker (motion-photo videos, depth maps, whose own EXIF would
 *       carry the position again).
 * </ul>
 *
 * <p>PNG, a walk over the chunks: the text chunks (tEXt, zTXt, iTXt, where XMP lives too), eXIf and
 * tIME are dropped; everything else, colour chunks included, is copied unchanged.
 *
 * <p>Works in memory: files are at most {@link UploadLimits#maxBytes()} (6 MB) and have already
 * passed the structure checks of {@link JpegStructure} and {@link PngStructure}.
 */
final class MetadataStripper {

  private static final int SOI = 0xD8;
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;
  private static final int TEM = 0x01;
  private static final int APP0 = 0xE0;
  private static final int APP1 = 0xE1;
  private static final int APP2 = 0xE2;
  private static final int APP14 = 0xEE;
  private static final int APP15 = 0xEF;
  private static final int COM = 0xFE;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final Set<String> PNG_METADATA_CHUNKS =
      Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

  private MetadataStripper() {}

  /**
   * Rewrites {@code file} without its metadata, if it has any.
   *
   * @return whether the file changed
   * @throws IOException if the file cannot be read or written, or its structure is not what the
   *     inspection already verified
   */
  static boolean strip(Path file, DetectedType type) throws IOException {
    if (type == DetectedType.PDF) {
      return false;
    }
    byte[] original = Files.readAllBytes(file);
    byte[] stripped = type == DetectedType.JPEG ? stripJpeg(original) : stripPng(original);
    if (Arrays.equals(original, stripped)) {
      return false;
    }
    Path rewritten = Files.createTempFile(file.getParent(), "stripped-", ".part");
    try {
      Files.write(rewritten, stripped);
      Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(rewritten);
    }
    return true;
  }

  /** The JPEG without its metadata segments; see the class comment for what is kept. */
  static byte[] stripJpeg(byte[] in) throws IOException {
    if (in.length < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != SOI) {
      throw new IOException("not a JPEG");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    boolean exifWritten = false;
    int pos = 2;
    while (true) {
      // Stray bytes before a marker are dropped and fill bytes (0xFF runs) collapsed, as decoders
      // do.
      while (pos < in.length && (in[pos] & 0xFF) != 0xFF) {
        pos++;
      }
      while (pos + 1 < in.length && (in[pos + 1] & 0xFF) == 0xFF) {
        pos++;
      }
      if (pos + 1 >= in.length) {
        throw new IOException("JPEG ends without an end-of-image marker");
      }
      int marker = in[pos + 1] & 0xFF;
      if (marker == EOI) {
        out.write(in, pos, 2);
        return out.toByteArray();
      }
      if (marker == TEM || marker == SOI || (marker >= 0xD0 && marker <= 0xD7)) {
        out.write(in, pos, 2);
        pos += 2;
        continue;
      }
      if (pos + 3 >= in.length) {
        throw new IOException("JPEG segment cut off");
      }
      int length = ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
      int end = pos + 2 + length;
      if (length < 2 || end > in.length) {
        throw new IOException("JPEG segment length out of range");
      }
      if (marker == SOS) {
        int scanEnd = endOfEntropyCodedData(in, end);
        out.write(in, pos, scanEnd - pos);
        pos = scanEnd;
        continue;
      }
      if (marker == APP1 && isExif(in, pos + 4, length - 2)) {
        if (!exifWritten) {
          int orientation = JpegStructure.orientationFromApp1(Arrays.copyOfRange(in, pos + 4, end));
          if (orientation > 1) {
            out.write(orientationOnlyExif(orientation));
          }
          exifWritten = true;
        }
      } else if (keeps(marker, in, pos + 4, length - 2)) {
        out.write(in, pos, end - pos);
      }
      pos = end;
    }
  }

  /** Whether a non-scan segment is needed to show the image as intended. */
  private static boolean keeps(int marker, byte[] in, int payload, int payloadLength) {
    if (marker == APP0) {
      return startsWith(in, payload, payloadLength, "JFIF\0");
    }
    if (marker == APP2) {
      return startsWith(in, payload, payloadLength, "ICC_PROFILE\0");
    }
    if (marker == APP14) {
      return startsWith(in, payload, payloadLength, "Adobe");
    }
    boolean application = marker >= APP0 && marker <= APP15;
    return !application && marker != COM;
  }

  /** The position of the first marker after a scan that is neither a stuffed byte nor a restart. */
  private static int endOfEntropyCodedData(byte[] in, int from) throws IOException {
    for (int i = from; i + 1 < in.length; i++) {
      if ((in[i] & 0xFF) != 0xFF) {
        continue;
      }
      int next = in[i + 1] & 0xFF;
      if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
        return i;
      }
    }
    throw new IOException("JPEG scan without an end");
  }

  private static boolean isExif(byte[] in, int payload, int payloadLength) {
    return startsWith(in, payload, payloadLength, "Exif\0\0");
  }

  private static boolean startsWith(byte[] in, int offset, int available, String prefix) {
    byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
    return available >= expected.length
        && Arrays.equals(in, offset, offset + expected.length, expected, 0, expected.length);
  }

  /**
   * An APP1 segment with an EXIF block whose only entry is the orientation: big-endian TIFF header,
   * IFD0 with one SHORT entry (tag 274), no next IFD.
   */
  static byte[] orientationOnlyExif(int orientation) {
    byte[] payload = {
      'E',
      'x',
      'i',
      'f',
      0,
      0, // EXIF identifier
      'M',
      'M',
      0,
      42,
      0,
      0,
      0,
      8, // TIFF header, IFD0 at offset 8
      0,
      1, // one entry
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      (byte) orientation,
      0,
      0, // Orientation, SHORT, count 1
      0,
      0,
      0,
      0 // no next IFD
    };
    int length = payload.length + 2;
    byte[] segment = new byte[payload.length + 4];
    segment[0] = (byte) 0xFF;
    segment[1] = (byte) APP1;
    segment[2] = (byte) (length >> 8);
    segment[3] = (byte) length;
    System.arraycopy(payload, 0, segment, 4, payload.length);
    return segment;
  }

  /** The PNG without its text, EXIF and time chunks; bytes after IEND are dropped too. */
  static byte[] stripPng(byte[] in) throws IOException {
    if (in.length < PNG_SIGNATURE.length
        || !Arrays.equals(in, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
      throw new IOException("not a PNG");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(PNG_SIGNATURE);
    int pos = PNG_SIGNATURE.length;
    while (pos + 8 <= in.length) {
      long length =
          ((in[pos] & 0xFFL) << 24)
              | ((in[pos + 1] & 0xFFL) << 16)
              | ((in[pos + 2] & 0xFFL) << 8)
              | (in[pos + 3] & 0xFFL);
      long end = pos + 12L + length; // length, type, data, CRC
      if (end > in.length) {
        throw new IOException("PNG chunk cut off");
      }
      String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
      if (!PNG_METADATA_CHUNKS.contains(type)) {
        out.write(in, pos, (int) (end - pos));
      }
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
      pos = (int) end;
    }
    throw new IOException("PNG without IEND");
  }
}
