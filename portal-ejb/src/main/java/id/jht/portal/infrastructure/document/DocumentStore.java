package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.InspectionResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps accepted documents on disk, outside the web root, under names the portal generates: a
 * storage key is 128 random bits in lower-case hex, so it cannot be guessed, carries nothing the
 * participant typed, and survives case-insensitive file systems. Files live in two levels of
 * subdirectories taken from the key ({@code ab/cd/abcd...}) so no directory grows huge.
 *
 * <p>A stored file is complete or absent, also after a crash: the content is written to a staging
 * file, forced to disk, renamed into place atomically, and the directory is forced as well where
 * the operating system allows it. Safe for concurrent use; callers keep the key (for example in the
 * claim's database row) together with the type and hash from the inspection.
 */
public final class DocumentStore {

  /** 32 lower-case hex digits; checked before any key touches the file system. */
  public static final Pattern KEY_PATTERN = Pattern.compile("[0-9a-f]{32}");

  private static final System.Logger LOG = System.getLogger(DocumentStore.class.getName());
  private static final int KEY_BYTES = 16;
  private static final String STAGING_DIR = ".staging";
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private final Path baseDir;
  private final Path stagingDir;
  private final boolean posix;
  private final SecureRandom random = new SecureRandom();

  /**
   * Opens (and creates, readable by the owner only where the file system has POSIX permissions) the
   * store rooted at {@code baseDir}.
   */
  public DocumentStore(Path baseDir) throws IOException {
    this.baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
    this.posix =
        Files.getFileStore(existingAncestor(this.baseDir)).supportsFileAttributeView("posix");
    createDirectories(this.baseDir);
    this.stagingDir = this.baseDir.resolve(STAGING_DIR);
    createDirectories(stagingDir);
  }

  public Path baseDir() {
    return baseDir;
  }

  /**
   * Stores the content of {@code tempFile} durably and deletes {@code tempFile}.
   *
   * @param tempFile for example {@link InspectionResult.Accepted#tempFile()}; may be on another
   *     file system
   * @return the new storage key
   */
  public String store(Path tempFile) throws IOException {
    Objects.requireNonNull(tempFile, "tempFile");
    while (true) {
      String key = newKey();
      Path target = pathOf(key);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        continue; // 2^-128 odds, but never overwrite a document
      }
      Path staging = stagingDir.resolve(key + ".part");
      try {
        moveOrCopyAndForce(tempFile, staging);
        createShardDirectories(target.getParent());
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(target.getParent());
      } catch (AtomicMoveNotSupportedException e) {
        Files.deleteIfExists(staging);
        throw new IOException("Document store needs a file system with atomic renames", e);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(staging);
        throw e;
      }
      deleteConsumed(tempFile);
      return key;
    }
  }

  /**
   * Opens a stored document for reading.
   *
   * @throws IllegalArgumentException if {@code key} is not a well-formed storage key
   * @throws java.nio.file.NoSuchFileException if there is no document under {@code key}
   */
  public InputStream open(String key) throws IOException {
    return Files.newInputStream(pathOf(key), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Size of a stored document in bytes.
   *
   * @throws IllegalArgumentException if {@code key} is not a well-formed storage key
   * @throws java.nio.file.NoSuchFileException if there is no document under {@code key}
   */
  public long size(String key) throws IOException {
    return Files.size(pathOf(key));
  }

  /** Whether a document is stored under {@code key}. */
  public boolean exists(String key) {
    return Files.isRegularFile(pathOf(key), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Deletes a stored document.
   *
   * @return whether there was one to delete
   * @throws IllegalArgumentException if {@code key} is not a well-formed storage key
   */
  public boolean delete(String key) throws IOException {
    Path path = pathOf(key);
    boolean deleted = Files.deleteIfExists(path);
    if (deleted) {
      forceDirectory(path.getParent());
    }
    return deleted;
  }

  /** Whether {@code key} has the form of a storage key (it may still not exist). */
  public static boolean isValidKey(String key) {
    return key != null && KEY_PATTERN.matcher(key).matches();
  }

  private Path pathOf(String key) {
    if (!isValidKey(key)) {
      // The key is not echoed: it came from a request and may be anything.
      throw new IllegalArgumentException("Not a document storage key");
    }
    Path path = baseDir.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    if (!path.normalize().startsWith(baseDir)) {
      throw new IllegalStateException("Storage path escapes the base directory");
    }
    return path;
  }

  private String newKey() {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Brings the content to the staging file, forced to disk. On the same file system (the portal's
   * work folder lies inside the store) the work file is renamed, not copied: one write of each
   * upload less, which the upload benchmark showed as the largest file wait.
   */
  private void moveOrCopyAndForce(Path source, Path staging) throws IOException {
    try {
      Files.move(source, staging, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException otherFileSystem) {
      copyAndForce(source, staging);
      return;
    }
    if (posix) {
      Files.setPosixFilePermissions(staging, OWNER_ONLY_FILE);
    }
    try (FileChannel out = FileChannel.open(staging, StandardOpenOption.WRITE)) {
      out.force(true);
    }
  }

  private void copyAndForce(Path source, Path staging) throws IOException {
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
        FileChannel out =
            FileChannel.open(
                staging,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                fileAttributes(OWNER_ONLY_FILE))) {
      long size = in.size();
      for (long position = 0; position < size; ) {
        position += in.transferTo(position, size - position, out);
      }
      out.force(true);
    }
  }

  /** Creates the two shard levels, forcing each parent so a new directory entry is durable too. */
  private void createShardDirectories(Path shard) throws IOException {
    for (Path dir : new Path[] {shard.getParent(), shard}) {
      try {
        Files.createDirectory(dir, fileAttributes(OWNER_ONLY_DIR));
        forceDirectory(dir.getParent());
      } catch (FileAlreadyExistsException alreadyThere) {
        // made by an earlier or concurrent store
      }
    }
  }

  private void createDirectories(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir, fileAttributes(OWNER_ONLY_DIR));
    }
  }

  private FileAttribute<?>[] fileAttributes(Set<PosixFilePermission> permissions) {
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
        : new FileAttribute<?>[0];
  }

  /**
   * Makes a rename or new entry in {@code dir} durable. Opening a directory for reading works on
   * Linux and macOS; elsewhere (Windows) it fails and the file system's own journal has to do.
   */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException notSupportedHere) {
      // best effort by design, see above
    }
  }

  /**
   * The document is safely stored by now; a leftover work file must not turn that into a failure.
   */
  private static void deleteConsumed(Path tempFile) {
    try {
      Files.deleteIfExists(tempFile);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not delete the stored upload's work file", e);
    }
  }

  private static Path existingAncestor(Path path) {
    Path current = path;
    while (current != null && !Files.exists(current)) {
      current = current.getParent();
    }
    return current == null ? path.getRoot() : current;
  }
}
