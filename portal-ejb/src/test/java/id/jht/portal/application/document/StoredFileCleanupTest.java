package id.jht.portal.application.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.document.DocumentStore;
import id.jht.portal.infrastructure.document.LocalDocumentStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the clean-up does once the container calls it after a transaction (which phase calls it is
 * the container's: the integration tests run it in Payara), on a real store in a folder of its own.
 */
class StoredFileCleanupTest {

  @TempDir Path dir;

  private StoredFileCleanup cleanup(DocumentStorage storage) {
    StoredFileCleanup cleanup = new StoredFileCleanup();
    cleanup.store = storage;
    return cleanup;
  }

  private DocumentStorage storage() throws Exception {
    return new LocalDocumentStorage(
        new DocumentStore(dir.resolve("store")), Files.createDirectories(dir.resolve("work")));
  }

  private static String stored(DocumentStorage storage, String content) throws Exception {
    Path file = Files.writeString(storage.workDir().resolve(content + ".txt"), content);
    return storage.store(file);
  }

  @Test
  void anUncommittedFileAndAReleasedFileAreDeletedAndNothingElse() throws Exception {
    DocumentStorage storage = storage();
    String uncommitted = stored(storage, "new");
    String released = stored(storage, "old");
    String kept = stored(storage, "other");

    cleanup(storage).onUncommitted(new UncommittedFile(uncommitted));
    cleanup(storage).onReleased(new ReleasedFile(released));

    assertFalse(storage.exists(uncommitted));
    assertFalse(storage.exists(released));
    assertTrue(storage.exists(kept));
  }

  @Test
  void aKeyOfAnotherFormOrAFileAlreadyGoneIsLeftAloneQuietly() throws Exception {
    DocumentStorage storage = storage();
    String kept = stored(storage, "kept");

    cleanup(storage).onReleased(new ReleasedFile("demo/ktp.jpg"));
    cleanup(storage).onReleased(new ReleasedFile(null));
    cleanup(storage).onUncommitted(new UncommittedFile("0123456789abcdef0123456789abcdef"));

    assertTrue(storage.exists(kept));
    assertEquals(1, countFiles(dir.resolve("store")));
  }

  private static long countFiles(Path root) throws Exception {
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains(".staging"))
          .count();
    }
  }
}
