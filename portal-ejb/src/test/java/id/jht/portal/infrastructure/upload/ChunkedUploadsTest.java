package id.jht.portal.infrastructure.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.upload.ChunkRefusedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkedUploadsTest {

  private static final int CHUNK = 1000;
  private static final String OWNER = "draft-7-3";
  private static final String FILE = "foto.jpg,1733500000000,image/jpeg,3500";

  @TempDir Path root;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T00:00:00Z"));
  private final byte[] file = randomBytes(3500);
  private ChunkedUploads uploads;

  @BeforeEach
  void open() throws IOException {
    uploads = new ChunkedUploads(root, new ChunkedUploads.Limits(6000, CHUNK, 3), clock);
  }

  @Test
  void chunksInOrderMakeTheWholeFileAndLeaveNothingBehind() throws Exception {
    assertEquals(1000, send(0));
    assertEquals(2000, send(1000));
    assertEquals(3000, send(2000));
    assertEquals(3500, send(3000));
    Path whole = uploads.assemble(OWNER, FILE).orElseThrow();
    assertArrayEquals(file, Files.readAllBytes(whole));
    assertEquals(0, uploads.heldBytes(OWNER, FILE), "the chunks are gone once the file is whole");
    Files.delete(whole);
    assertEquals(java.util.List.of(".whole"), entries(root));
  }

  @Test
  void chunksOutOfOrderAreHeldUntilTheGapIsFilled() throws Exception {
    assertEquals(1000, send(0), "an upload opens with its first chunk");
    assertEquals(1000, send(3000), "nothing after 999 yet");
    assertEquals(1000, send(2000));
    assertTrue(uploads.assemble(OWNER, FILE).isEmpty(), "1000-1999 is still missing");
    assertEquals(3500, send(1000));
    assertArrayEquals(file, Files.readAllBytes(uploads.assemble(OWNER, FILE).orElseThrow()));
  }

  @Test
  void aChunkSentTwiceCountsOnce() throws Exception {
    send(0);
    send(1000);
    assertEquals(2000, send(1000), "a retry after a lost answer replaces its copy");
    send(2000);
    send(3000);
    assertArrayEquals(file, Files.readAllBytes(uploads.assemble(OWNER, FILE).orElseThrow()));
    assertEquals(4500, uploads.receivedBytes(), "the resent chunk is counted as sent");
  }

  @Test
  void aMissingChunkIsWhereTheUploadGoesOn() throws Exception {
    send(0);
    send(2000);
    send(3000);
    assertEquals(1000, uploads.heldBytes(OWNER, FILE), "the browser resumes at byte 1000");
    assertEquals(Optional.empty(), uploads.assemble(OWNER, FILE));
  }

  @Test
  void anAssemblyThatFailedIsTriedAgainWhenTheLastChunkIsSentAgain() throws Exception {
    send(0);
    send(1000);
    send(2000);
    Path wholeDir = root.resolve(".whole");
    Files.delete(wholeDir);
    Files.writeString(wholeDir, "not a folder: the disk refuses the whole file");
    assertEquals(3500, send(3000));
    assertThrows(IOException.class, () -> uploads.assemble(OWNER, FILE));
    assertEquals(
        3000, uploads.heldBytes(OWNER, FILE), "the browser's retry sends the last chunk again");
    Files.delete(wholeDir);
    Files.createDirectory(wholeDir);
    assertEquals(3500, send(3000));
    assertArrayEquals(file, Files.readAllBytes(uploads.assemble(OWNER, FILE).orElseThrow()));
  }

  @Test
  void aFileOverTheLimitIsRefusedAtItsFirstChunk() {
    ChunkRefusedException refused =
        assertThrows(
            ChunkRefusedException.class,
            () ->
                uploads.receive(
                    OWNER, "big", new ChunkRange(0, 999, 6001), new ByteArrayInputStream(file)));
    assertEquals(Reason.TOO_LARGE, refused.reason());
    assertEquals(0, uploads.heldBytes(OWNER, "big"));
  }

  @Test
  void aChunkLongerThanAChunkOrOffTheGridIsRefusedAndTheUploadGivenUp() throws Exception {
    send(0);
    assertEquals(
        Reason.MALFORMED,
        assertThrows(ChunkRefusedException.class, () -> send(1000, 2200)).reason(),
        "longer than a chunk");
    assertEquals(0, uploads.heldBytes(OWNER, FILE), "the upload is given up");
    assertEquals(
        Reason.MALFORMED,
        assertThrows(ChunkRefusedException.class, () -> send(500, 1500)).reason(),
        "off the chunk grid");
    assertEquals(
        Reason.MALFORMED,
        assertThrows(ChunkRefusedException.class, () -> send(0, 500)).reason(),
        "a short chunk that does not end the file");
  }

  @Test
  void aBodyThatDoesNotMatchItsRangeIsRefused() {
    byte[] tooMany = Arrays.copyOf(file, 1001);
    assertEquals(Reason.MALFORMED, refusalOfFirstChunk(new ByteArrayInputStream(tooMany)));
    assertEquals(Reason.MALFORMED, refusalOfFirstChunk(new ByteArrayInputStream(file, 0, 10)));
  }

  @Test
  void theSizeMayNotChangeWithinAnUpload() throws Exception {
    send(0);
    assertThrows(
        ChunkRefusedException.class,
        () ->
            uploads.receive(
                OWNER,
                FILE,
                new ChunkRange(1000, 1999, 4000),
                new ByteArrayInputStream(file, 1000, 1000)));
  }

  @Test
  void oneDraftSeesNeitherAnotherDraftsChunksNorMoreOpenUploadsThanItMayHave() throws Exception {
    send(0);
    assertEquals(0, uploads.heldBytes("draft-8-4", FILE), "another draft holds nothing");
    uploads.receive(OWNER, "b", new ChunkRange(0, 9, 10), new ByteArrayInputStream(file, 0, 10));
    uploads.receive(
        OWNER, "c", new ChunkRange(0, 999, 3500), new ByteArrayInputStream(file, 0, 1000));
    ChunkRefusedException refused =
        assertThrows(
            ChunkRefusedException.class,
            () ->
                uploads.receive(
                    OWNER,
                    "d",
                    new ChunkRange(0, 999, 3500),
                    new ByteArrayInputStream(file, 0, 1000)));
    assertEquals(Reason.TOO_MANY_UPLOADS, refused.reason());
    assertEquals(1000, send("draft-8-4", 0), "other drafts are not limited by this one");
  }

  @Test
  void theFoldersCarryNothingTheBrowserSentAndOnlyThePortalMayReadThem() throws Exception {
    send(0);
    for (String name : entries(root)) {
      assertTrue(name.equals(".whole") || name.matches("[0-9a-f]{16}-[0-9a-f]{32}"), name);
      assertEquals(
          "rwx------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(root.resolve(name))),
          name);
    }
  }

  @Test
  void theSweepDeletesOnlyUploadsLeftIdleAndMayRunTwice() throws Exception {
    send(0);
    clock.advance(Duration.ofMinutes(50));
    send("draft-8-4", 0);
    clock.advance(Duration.ofMinutes(20));
    assertEquals(1, uploads.sweep(Duration.ofMinutes(60)));
    assertEquals(0, uploads.heldBytes(OWNER, FILE), "idle for 70 minutes: swept");
    assertEquals(1000, uploads.heldBytes("draft-8-4", FILE), "idle for 20 minutes: kept");
    assertEquals(0, uploads.sweep(Duration.ofMinutes(60)), "a second sweep finds nothing to do");
    assertEquals(1000, send(0), "a swept upload starts again from the beginning");
  }

  @Test
  void cancellingDeletesTheChunks() throws Exception {
    send(0);
    uploads.discard(OWNER, FILE);
    uploads.discard(OWNER, FILE);
    assertEquals(0, uploads.heldBytes(OWNER, FILE));
  }

  @Test
  void aChunkArrivingAfterTheCancelDoesNotOpenTheUploadAgain() throws Exception {
    send(0);
    uploads.discard(OWNER, FILE);
    // The chunk that was on its way when the participant cancelled.
    assertEquals(
        ChunkRefusedException.Reason.MALFORMED,
        assertThrows(ChunkRefusedException.class, () -> send(1000)).reason());
    assertEquals(java.util.List.of(".whole"), entries(root), "nothing left behind");
    assertEquals(1000, send(0), "the same file chosen again starts a new upload");
  }

  @Test
  void contentRangeHeadersAreReadStrictly() {
    assertEquals(
        Optional.of(new ChunkRange(0, 131071, 500000)), ChunkRange.parse("bytes 0-131071/500000"));
    assertEquals(Optional.empty(), ChunkRange.parse("bytes 0-131071/*"));
    assertEquals(Optional.empty(), ChunkRange.parse("bytes 10-5/500"));
    assertEquals(Optional.empty(), ChunkRange.parse("bytes 0-500/500"));
    assertEquals(Optional.empty(), ChunkRange.parse("bytes -1-5/500"));
    assertEquals(Optional.empty(), ChunkRange.parse(null));
    assertFalse(new ChunkRange(0, 9, 20).endsFile());
    assertTrue(new ChunkRange(10, 19, 20).endsFile());
  }

  private long send(long first) throws Exception {
    return send(OWNER, first);
  }

  private long send(String owner, long first) throws Exception {
    long last = Math.min(first + CHUNK, file.length) - 1;
    return uploads.receive(
        owner,
        FILE,
        new ChunkRange(first, last, file.length),
        new ByteArrayInputStream(file, (int) first, (int) (last - first + 1)));
  }

  /** Sends bytes first..end-1 as one chunk, whatever the grid says. */
  /** Why the store refuses this body sent as bytes 0-999 of the 3500-byte file. */
  private Reason refusalOfFirstChunk(ByteArrayInputStream body) {
    return assertThrows(
            ChunkRefusedException.class,
            () -> uploads.receive(OWNER, FILE, new ChunkRange(0, 999, 3500), body))
        .reason();
  }

  private long send(long first, long end) throws Exception {
    return uploads.receive(
        OWNER,
        FILE,
        new ChunkRange(first, end - 1, file.length),
        new ByteArrayInputStream(file, (int) first, (int) (end - first)));
  }

  private static java.util.List<String> entries(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  /** A clock the sweep test moves forward. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
