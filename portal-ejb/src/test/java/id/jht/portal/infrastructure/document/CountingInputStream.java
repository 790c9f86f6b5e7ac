package id.jht.portal.infrastructure.document;

import java.io.InputStream;

/**
 * A request body of any length that is generated on the fly and counts how much of it was read, to
 * prove the inspector stops early instead of swallowing the whole body.
 */
final class CountingInputStream extends InputStream {

  private final byte[] prefix;
  private final long length;
  private long position;

  /** {@code data} exactly. */
  CountingInputStream(byte[] data) {
    this(data, data.length);
  }

  /** {@code prefix}, then zero bytes up to {@code length} in all. */
  CountingInputStream(byte[] prefix, long length) {
    this.prefix = prefix.clone();
    this.length = length;
  }

  long bytesRead() {
    return position;
  }

  @Override
  public int read() {
    if (position >= length) {
      return -1;
    }
    int b = position < prefix.length ? prefix[(int) position] & 0xFF : 0;
    position++;
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    if (count == 0) {
      return 0;
    }
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(count, length - position);
    for (int i = 0; i < n; i++) {
      long at = position + i;
      buffer[offset + i] = at < prefix.length ? prefix[(int) at] : 0;
    }
    position += n;
    return n;
  }
}
