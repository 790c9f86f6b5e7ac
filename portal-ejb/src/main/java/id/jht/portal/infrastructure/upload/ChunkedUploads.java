package id.jht.portal.infrastructure.upload;

import id.jht.portal.infrastructure.upload.ChunkRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The chunks of unfinished uploads, one folder per upload (see the package description). Safe for
 * concurrent use and for several nodes sharing the folder: every chunk is written to a file of its
 * own and renamed into place, so a chunk is whole or absent, and a chunk sent twice (a retry after
 * a lost answer) simply replaces its copy.
 */
public final class ChunkedUploads {

  /**
   * What chunked uploads may be.
   *
   * @param maxFileBytes largest whole file, the same limit as for an upload sent in one piece
   * @param chunkBytes the chunk size browsers are told to use; every chunk but the last has it
   * @param maxOpenUploadsPerOwner unfinished uploads one draft may have at once
   */
  public record Limits(long maxFileBytes, int chunkBytes, int maxOpenUploadsPerOwner) {
    public Limits {
      if (maxFileBytes < 1 || chunkBytes < 1 || maxOpenUploadsPerOwner < 1) {
        throw new IllegalArgumentException("chunk limits must be positive");
      }
    }
  }

  private static final String WHOLE_DIR = ".whole";
  private static final String TOTAL_FILE = "total";
  private static final String CHUNK_PREFIX = "c";
  private static final int COPY_BUFFER = 64 * 1024;

  private final Path root;
  private final Path wholeDir;
  private final Limits limits;
  private final Clock clock;
  private final LongAdder receivedBytes = new LongAdder();

  public ChunkedUploads(Path root, Limits limits, Clock clock) throws IOException {
    this.root = createOwnerOnly(root.toAbsolutePath().normalize());
    this.wholeDir = createOwnerOnly(this.root.resolve(WHOLE_DIR));
    this.limits = limits;
    this.clock = clock;
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Keeps one chunk of {@code owner}'s upload {@code fileId}.
   *
   * @param body the chunk's bytes (not closed here); exactly {@code range.length()} are expected
   * @return how many bytes from the start of the file are now held: where the browser goes on
   * @throws ChunkRefusedException for a chunk no honest browser sends; the upload is then given up
   */
  public long receive(String owner, String fileId, ChunkRange range, InputStream body)
      throws IOException, ChunkRefusedException {
    Path folder = folderOf(owner, fileId);
    if (range.total() > limits.maxFileBytes()) {
      deleteTree(folder);
      throw new ChunkRefusedException(Reason.TOO_LARGE, range.total() + " bytes");
    }
    boolean onGrid = range.first() % limits.chunkBytes() == 0;
    boolean fullOrLast = range.length() == limits.chunkBytes() || range.endsFile();
    if (!onGrid || range.length() > limits.chunkBytes() || !fullOrLast) {
      deleteTree(folder);
      throw new ChunkRefusedException(Reason.MALFORMED, "off the chunk grid");
    }
    openFolder(owner, folder, range);
    Path part = Files.createTempFile(folder, ".part-", "");
    try {
      long copied = copyAtMost(body, part, range.length() + 1);
      if (copied != range.length()) {
        deleteTree(folder);
        throw new ChunkRefusedException(Reason.MALFORMED, copied + " bytes for " + range.length());
      }
      Files.move(
          part,
          folder.resolve(CHUNK_PREFIX + range.first()),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
    receivedBytes.add(range.length());
    Files.setLastModifiedTime(folder, FileTime.from(clock.instant()));
    return heldBytes(folder, range.total());
  }

  /**
   * Bytes from the start of the file held for this upload: where a resumed upload goes on. Every
   * byte held but no whole file made of them means the last chunk's request failed after keeping it
   * (the server could not assemble): the answer is then the last chunk's start, so the browser's
   * retry sends it again and the assembly is tried again.
   */
  public long heldBytes(String owner, String fileId) {
    Path folder = folderOf(owner, fileId);
    try {
      long total = readTotal(folder);
      long held = heldBytes(folder, total);
      return held < total ? held : (total - 1) / limits.chunkBytes() * limits.chunkBytes();
    } catch (IOException gone) {
      return 0; // nothing held (never started, finished, cancelled or swept)
    }
  }

  /**
   * The whole file once every byte is held, written to a new file and the chunks deleted; empty
   * while a byte is missing. The caller deletes the returned file when done with it.
   */
  public Optional<Path> assemble(String owner, String fileId) throws IOException {
    Path folder = folderOf(owner, fileId);
    long total;
    try {
      total = readTotal(folder);
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    }
    if (heldBytes(folder, total) < total) {
      return Optional.empty();
    }
    Path whole = Files.createTempFile(wholeDir, "whole-", ".part");
    boolean keep = false;
    try (FileChannel out = FileChannel.open(whole, StandardOpenOption.WRITE)) {
      long written = 0;
      for (Chunk chunk : chunks(folder)) {
        if (chunk.offset() > written || written >= total) {
          break;
        }
        try (FileChannel in = FileChannel.open(chunk.file(), StandardOpenOption.READ)) {
          long from = written - chunk.offset(); // a chunk overlapping what is written adds its rest
          long count = Math.min(chunk.size() - from, total - written);
          written += in.transferTo(from, count, out);
        }
      }
      keep = written == total && out.size() == total;
    } finally {
      if (!keep) {
        Files.deleteIfExists(whole);
      }
    }
    deleteTree(folder);
    return keep ? Optional.of(whole) : Optional.empty();
  }

  /** Gives an upload up (the participant cancelled it): its chunks are deleted. */
  public void discard(String owner, String fileId) throws IOException {
    deleteTree(folderOf(owner, fileId));
  }

  /**
   * Deletes every upload no chunk arrived for within {@code idle}, and whole files left behind by a
   * request that died. Idempotent: several nodes may sweep the same folder at once.
   *
   * @return how many uploads and files were deleted
   */
  public int sweep(Duration idle) throws IOException {
    Instant cutOff = clock.instant().minus(idle);
    int deleted = 0;
    for (Path entry : list(root)) {
      if (entry.equals(wholeDir)) {
        for (Path file : list(wholeDir)) {
          if (olderThan(file, cutOff) && Files.deleteIfExists(file)) {
            deleted++;
          }
        }
      } else if (olderThan(entry, cutOff) && deleteTree(entry)) {
        deleted++;
      }
    }
    return deleted;
  }

  /** Chunk bytes received since start-up, duplicates included: what browsers sent. */
  public long receivedBytes() {
    return receivedBytes.sum();
  }

  private void openFolder(String owner, Path folder, ChunkRange range)
      throws IOException, ChunkRefusedException {
    long total = range.total();
    if (Files.isDirectory(folder)) {
      long known;
      try {
        known = readTotal(folder);
      } catch (NoSuchFileException beingCreated) {
        known = total;
      }
      if (known != total) {
        deleteTree(folder);
        throw new ChunkRefusedException(Reason.MALFORMED, "size changed within an upload");
      }
      return;
    }
    if (range.first() > 0) {
      // An upload starts at its first byte (a resumed one asks what is held first, and is told 0
      // when nothing is). A later chunk with nothing open is the rest of an upload that was
      // cancelled or swept meanwhile: the chunk that was on its way when the participant
      // cancelled must not open the upload again and stay behind.
      throw new ChunkRefusedException(Reason.MALFORMED, "no upload open at byte " + range.first());
    }
    String ownerPrefix = ownerTag(owner) + "-";
    long open = list(root).stream().filter(p -> name(p).startsWith(ownerPrefix)).count();
    if (open >= limits.maxOpenUploadsPerOwner()) {
      throw new ChunkRefusedException(Reason.TOO_MANY_UPLOADS, open + " open");
    }
    createOwnerOnly(folder);
    Path part = Files.createTempFile(folder, ".part-", "");
    Files.writeString(part, Long.toString(total), StandardCharsets.US_ASCII);
    Files.move(
        part,
        folder.resolve(TOTAL_FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The end of the run of chunks from byte 0 without a gap, at most {@code total}. */
  private static long heldBytes(Path folder, long total) {
    long held = 0;
    try {
      for (Chunk chunk : chunks(folder)) {
        if (chunk.offset() > held) {
          break; // a gap: the browser must send this part again
        }
        held = Math.max(held, chunk.offset() + chunk.size());
      }
    } catch (IOException gone) {
      return 0;
    }
    return Math.min(held, total);
  }

  private record Chunk(Path file, long offset, long size) {}

  private static List<Chunk> chunks(Path folder) throws IOException {
    List<Chunk> chunks = new ArrayList<>();
    for (Path file : list(folder)) {
      String name = name(file);
      if (name.startsWith(CHUNK_PREFIX) && name.substring(1).chars().allMatch(Character::isDigit)) {
        try {
          chunks.add(new Chunk(file, Long.parseLong(name.substring(1)), Files.size(file)));
        } catch (NoSuchFileException replaced) {
          // renamed over by a retry of the same chunk while listing: the new copy is listed too
        }
      }
    }
    chunks.sort(Comparator.comparingLong(Chunk::offset));
    return chunks;
  }

  private static long readTotal(Path folder) throws IOException {
    try {
      return Long.parseLong(
          Files.readString(folder.resolve(TOTAL_FILE), StandardCharsets.US_ASCII).strip());
    } catch (NumberFormatException e) {
      throw new NoSuchFileException(folder.toString());
    }
  }

  /** Chunks are personal documents: folders readable by the portal's user only, where POSIX. */
  private static Path createOwnerOnly(Path folder) throws IOException {
    Files.createDirectories(folder);
    if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
    return folder;
  }

  private static long copyAtMost(InputStream body, Path target, long max) throws IOException {
    long copied = 0;
    byte[] buffer = new byte[COPY_BUFFER];
    try (OutputStream out = Files.newOutputStream(target)) {
      while (copied < max) {
        int read = body.read(buffer, 0, (int) Math.min(buffer.length, max - copied));
        if (read < 0) {
          break;
        }
        out.write(buffer, 0, read);
        copied += read;
      }
    }
    return copied;
  }

  private static boolean olderThan(Path path, Instant cutOff) {
    try {
      return Files.getLastModifiedTime(path).toInstant().isBefore(cutOff);
    } catch (IOException gone) {
      return false;
    }
  }

  /** Deletes a folder and its files; gone already is fine, a file added meanwhile keeps it. */
  private static boolean deleteTree(Path folder) throws IOException {
    for (Path file : list(folder)) {
      Files.deleteIfExists(file);
    }
    try {
      return Files.deleteIfExists(folder);
    } catch (DirectoryNotEmptyException chunkArrived) {
      return false;
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    } catch (NoSuchFileException gone) {
      // nothing there
    }
    return entries;
  }

  private Path folderOf(String owner, String fileId) {
    return root.resolve(ownerTag(owner) + "-" + sha256(owner + "\n" + fileId).substring(0, 32));
  }

  private static String ownerTag(String owner) {
    return sha256("owner\n" + owner).substring(0, 16);
  }

  private static String name(Path path) {
    return path.getFileName().toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
