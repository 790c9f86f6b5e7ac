package id.jht.portal.infrastructure.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Copies an upload into a work file while counting and hashing it, and gives up as soon as it is
 * known to be too large, so that an oversized or endless body costs neither memory nor disk.
 */
final class UploadSpooler {

  private static final int BUFFER_SIZE = 64 * 1024;

  /** The spooled upload. */
  record Spooled(Path file, long sizeBytes, String sha256Hex) {}

  private UploadSpooler() {}

  /**
   * Spools {@code content} (not closed here) into a new file in {@code workDir}.
   *
   * @return the file, or empty when more than {@code maxBytes} bytes arrived; then the partial file
   *     is already deleted and at most {@code maxBytes + 1} bytes were read from {@code content}
   */
  static Optional<Spooled> spool(InputStream content, Path workDir, long maxBytes)
      throws IOException {
    Files.createDirectories(workDir);
    // createTempFile gives owner-only permissions on POSIX file systems.
    Path file = Files.createTempFile(workDir, "upload-", ".part");
    boolean keep = false;
    try {
      MessageDigest sha256 = sha256();
      long seen = 0;
      byte[] buffer = new byte[BUFFER_SIZE];
      try (OutputStream out = Files.newOutputStream(file)) {
        while (true) {
          // Never ask for more than one byte past the limit: that byte alone proves "too large".
          int wanted = (int) Math.min(buffer.length, maxBytes + 1 - seen);
          int read = content.read(buffer, 0, wanted);
          if (read < 0) {
            break;
          }
          seen += read;
          if (seen > maxBytes) {
            return Optional.empty();
          }
          out.write(buffer, 0, read);
          sha256.update(buffer, 0, read);
        }
      }
      keep = true;
      return Optional.of(new Spooled(file, seen, HexFormat.of().formatHex(sha256.digest())));
    } finally {
      if (!keep) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * The size and hash of a work file rewritten after spooling (see {@link MetadataStripper}), so
   * that what is recorded describes the bytes that are stored.
   */
  static Spooled measure(Path file) throws IOException {
    MessageDigest sha256 = sha256();
    long size = 0;
    byte[] buffer = new byte[BUFFER_SIZE];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        sha256.update(buffer, 0, read);
        size += read;
      }
    }
    return new Spooled(file, size, HexFormat.of().formatHex(sha256.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
    }
  }
}
