package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DetectedType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
 * <p>The file is mapped, not read into the heap, and the walk only notes which byte ranges stay;
 * the kept ranges are then written straight from the mapping. A photo read into an array, and
 * copied twice more on the way, made three objects of a megabyte or more per upload, each a
 * "humongous" allocation for G1 that starts a concurrent collection cycle (bench/FINDINGS.md,
 * "uploads without megabyte arrays"). Files are at most {@link UploadLimits#maxBytes()} (6 MB) and
 * have already passed the structure checks of {@link JpegStructure} and {@link PngStructure}.
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
    Kept kept;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() > Integer.MAX_VALUE) {
        throw new IOException("file too large to strip");
      }
      // The mapping stays valid after the channel is closed.
      ByteBuffer in = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      kept = type == DetectedType.JPEG ? jpeg(in) : png(in);
    }
    if (kept.isOriginal()) {
      return false;
    }
    Path rewritten = Files.createTempFile(file.getParent(), "stripped-", ".part");
    try {
      try (FileChannel out = FileChannel.open(rewritten, StandardOpenOption.WRITE)) {
        kept.writeTo(out);
      }
      Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(rewritten);
    }
    return true;
  }

  /** The JPEG without its metadata segments, in memory (the tests' way in). */
  static byte[] stripJpeg(byte[] in) throws IOException {
    return jpeg(ByteBuffer.wrap(in)).toArray();
  }

  /** The PNG without its text, EXIF and time chunks, in memory (the tests' way in). */
  static byte[] stripPng(byte[] in) throws IOException {
    return png(ByteBuffer.wrap(in)).toArray();
  }

  /** What stays of a JPEG; see the class comment for what is kept. */
  private static Kept jpeg(ByteBuffer in) throws IOException {
    int size = in.limit();
    if (size < 4 || (in.get(0) & 0xFF) != 0xFF || (in.get(1) & 0xFF) != SOI) {
      throw new IOException("not a JPEG");
    }
    Kept out = new Kept(in);
    out.range(0, 2);
    boolean exifWritten = false;
    int pos = 2;
    while (true) {
      // Stray bytes before a marker are dropped and fill bytes (0xFF runs) collapsed, as decoders
      // do.
      while (pos < size && (in.get(pos) & 0xFF) != 0xFF) {
        pos++;
      }
      while (pos + 1 < size && (in.get(pos + 1) & 0xFF) == 0xFF) {
        pos++;
      }
      if (pos + 1 >= size) {
        throw new IOException("JPEG ends without an end-of-image marker");
      }
      int marker = in.get(pos + 1) & 0xFF;
      if (marker == EOI) {
        out.range(pos, pos + 2);
        return out;
      }
      if (marker == TEM || marker == SOI || (marker >= 0xD0 && marker <= 0xD7)) {
        out.range(pos, pos + 2);
        pos += 2;
        continue;
      }
      if (pos + 3 >= size) {
        throw new IOException("JPEG segment cut off");
      }
      int length = ((in.get(pos + 2) & 0xFF) << 8) | (in.get(pos + 3) & 0xFF);
      int end = pos + 2 + length;
      if (length < 2 || end > size) {
        throw new IOException("JPEG segment length out of range");
      }
      if (marker == SOS) {
        int scanEnd = endOfEntropyCodedData(in, end);
        out.range(pos, scanEnd);
        pos = scanEnd;
        continue;
      }
      if (marker == APP1 && startsWith(in, pos + 4, length - 2, "Exif\0\0")) {
        if (!exifWritten) {
          byte[] app1 = new byte[end - (pos + 4)];
          in.get(pos + 4, app1);
          int orientation = JpegStructure.orientationFromApp1(app1);
          if (orientation > 1) {
            out.literal(orientationOnlyExif(orientation));
          }
          exifWritten = true;
        }
      } else if (keeps(marker, in, pos + 4, length - 2)) {
        out.range(pos, end);
      }
      pos = end;
    }
  }

  /** Whether a non-scan segment is needed to show the image as intended. */
  private static boolean keeps(int marker, ByteBuffer in, int payload, int payloadLength) {
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
  private static int endOfEntropyCodedData(ByteBuffer in, int from) throws IOException {
    int size = in.limit();
    for (int i = from; i + 1 < size; i++) {
      if ((in.get(i) & 0xFF) != 0xFF) {
        continue;
      }
      int next = in.get(i + 1) & 0xFF;
      if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
        return i;
      }
    }
    throw new IOException("JPEG scan without an end");
  }

  private static boolean startsWith(ByteBuffer in, int offset, int available, String prefix) {
    byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
    return available >= expected.length
        && in.slice(offset, expected.length).equals(ByteBuffer.wrap(expected));
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

  /** What stays of a PNG: its chunks but the text, EXIF and time ones; bytes after IEND go. */
  private static Kept png(ByteBuffer in) throws IOException {
    int size = in.limit();
    if (size < PNG_SIGNATURE.length
        || !in.slice(0, PNG_SIGNATURE.length).equals(ByteBuffer.wrap(PNG_SIGNATURE))) {
      throw new IOException("not a PNG");
    }
    Kept out = new Kept(in);
    out.range(0, PNG_SIGNATURE.length);
    int pos = PNG_SIGNATURE.length;
    while (pos + 8 <= size) {
      long length = in.getInt(pos) & 0xFFFFFFFFL;
      long end = pos + 12L + length; // length, type, data, CRC
      if (end > size) {
        throw new IOException("PNG chunk cut off");
      }
      byte[] typeBytes = new byte[4];
      in.get(pos + 4, typeBytes);
      String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
      if (!PNG_METADATA_CHUNKS.contains(type)) {
        out.range(pos, (int) end);
      }
      if (type.equals("IEND")) {
        return out;
      }
      pos = (int) end;
    }
    throw new IOException("PNG without IEND");
  }

  /** A piece of the stripped file: a byte range of the original, or bytes put in its place. */
  private sealed interface Piece permits Range, Literal {}

  private record Range(int from, int to) implements Piece {}

  private record Literal(byte[] bytes) implements Piece {}

  /**
   * The stripped file as pieces of the original: byte ranges of it, and bytes written in place of
   * what was dropped (the orientation-only EXIF block). Adjacent ranges are merged.
   */
  private static final class Kept {

    private final ByteBuffer original;
    private final List<Piece> pieces = new ArrayList<>();

    Kept(ByteBuffer original) {
      this.original = original;
    }

    void range(int from, int to) {
      int last = pieces.size() - 1;
      if (last >= 0 && pieces.get(last) instanceof Range previous && previous.to() == from) {
        pieces.set(last, new Range(previous.from(), to));
      } else {
        pieces.add(new Range(from, to));
      }
    }

    void literal(byte[] bytes) {
      pieces.add(new Literal(bytes));
    }

    /** Whether the pieces spell the original byte for byte (nothing to rewrite). */
    boolean isOriginal() {
      int offset = 0;
      int size = original.limit();
      for (Piece piece : pieces) {
        ByteBuffer bytes = bytes(piece);
        int length = bytes.remaining();
        if (offset + length > size || !original.slice(offset, length).equals(bytes)) {
          return false;
        }
        offset += length;
      }
      return offset == size;
    }

    void writeTo(FileChannel out) throws IOException {
      for (Piece piece : pieces) {
        ByteBuffer bytes = bytes(piece);
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
      }
    }

    byte[] toArray() {
      int length = pieces.stream().mapToInt(piece -> bytes(piece).remaining()).sum();
      ByteBuffer all = ByteBuffer.allocate(length);
      pieces.forEach(piece -> all.put(bytes(piece)));
      return all.array();
    }

    private ByteBuffer bytes(Piece piece) {
      return piece instanceof Range range
          ? original.slice(range.from(), range.to() - range.from())
          : ByteBuffer.wrap(((Literal) piece).bytes());
    }
  }
}
