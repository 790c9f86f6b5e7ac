package id.jht.portal.infrastructure.upload;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes one chunk carries, from its {@code Content-Range} header ({@code bytes
 * 0-262143/5000000}, as jQuery File Upload sends it).
 *
 * @param first offset of the chunk's first byte in the whole file
 * @param last offset of its last byte (inclusive, as in HTTP)
 * @param total size of the whole file
 */
public record ChunkRange(long first, long last, long total) {

  private static final Pattern HEADER =
      Pattern.compile("bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})");

  public ChunkRange {
    if (first < 0 || last < first || last >= total) {
      throw new IllegalArgumentException("not a range inside the file: " + first + "-" + last);
    }
  }

  /** The range of a header, or empty when the header is absent or not a well-formed range. */
  public static Optional<ChunkRange> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = HEADER.matcher(header.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long first = Long.parseLong(m.group(1));
    long last = Long.parseLong(m.group(2));
    long total = Long.parseLong(m.group(3));
    if (last < first || last >= total) {
      return Optional.empty();
    }
    return Optional.of(new ChunkRange(first, last, total));
  }

  public long length() {
    return last - first + 1;
  }

  /** Whether this chunk ends the file. */
  public boolean endsFile() {
    return last + 1 == total;
  }
}
