package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.document.InspectionResult.Accepted;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentStoreTest {

  @TempDir Path root;

  private Path workDir;
  private DocumentStore store;

  @BeforeEach
  void openStore() throws Exception {
    workDir = Files.createDirectory(root.resolve("work"));
    store = new DocumentStore(root.resolve("documents"));
  }

  private Path workFile(byte[] content) throws Exception {
    return Files.write(Files.createTempFile(workDir, "upload-", ".part"), content);
  }

  @Test
  void storedDocumentReadsBackIdenticallyAndHasTheInspectionsHash() throws Exception {
    byte[] jpeg = TestCorpus.jpeg(800, 600);
    Accepted accepted =
        (Accepted)
            new DocumentInspector()
                .inspect("ktp.jpg", "image/jpeg", new ByteArrayInputStream(jpeg), workDir);

    String key = store.store(accepted.tempFile());

    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(store.open(key), sha256)) {
      assertArrayEquals(jpeg, in.readAllBytes());
    }
    assertEquals(accepted.sha256Hex(), HexFormat.of().formatHex(sha256.digest()));
    assertEquals(jpeg.length, store.size(key));
    assertFalse(Files.exists(accepted.tempFile()), "the work file is consumed");
  }

  @Test
  void keyIs128RandomBitsInLowerCaseHexAndShardsTheFile() throws Exception {
    String key = store.store(workFile(new byte[] {1, 2, 3}));

    assertTrue(key.matches("[0-9a-f]{32}"), key);
    Path expected =
        root.resolve("documents")
            .resolve(key.substring(0, 2))
            .resolve(key.substring(2, 4))
            .resolve(key);
    assertTrue(Files.isRegularFile(expected), expected.toString());
  }

  @Test
  void keysDoNotRepeat() throws Exception {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      keys.add(store.store(workFile(new byte[] {(byte) i})));
    }
    assertEquals(20, keys.size());
  }

  @Test
  void sameContentTwiceGetsTwoKeys() throws Exception {
    byte[] content = TestCorpus.pdf(1);

    assertNotEquals(store.store(workFile(content)), store.store(workFile(content)));
  }

  @Test
  void deleteRemovesTheDocumentOnce() throws Exception {
    String key = store.store(workFile(new byte[] {42}));
    assertTrue(store.exists(key));

    assertTrue(store.delete(key));

    assertFalse(store.exists(key));
    assertFalse(store.delete(key));
    assertThrows(NoSuchFileException.class, () -> store.open(key));
    assertThrows(NoSuchFileException.class, () -> store.size(key));
  }

  @Test
  void unknownWellFormedKeyIsNotFound() {
    String key = "0123456789abcdef0123456789abcdef";

    assertFalse(store.exists(key));
    assertThrows(NoSuchFileException.class, () -> store.open(key));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "..",
        "../../../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "/etc/passwd",
        "0123456789abcdef0123456789abcde",
        "0123456789abcdef0123456789abcdef0",
        "0123456789ABCDEF0123456789ABCDEF",
        "01/23/0123456789abcdef0123456789",
        "0123456789abcdef0123456789abcde/",
        "0123456789abcdef0123456789abcd\u0000f",
        "0123456789abcdef0123456789abcdeg",
        " 0123456789abcdef0123456789abcdef",
      })
  void malformedKeysAreRefusedBeforeTouchingTheDisk(String key) {
    assertThrows(IllegalArgumentException.class, () -> store.open(key));
    assertThrows(IllegalArgumentException.class, () -> store.size(key));
    assertThrows(IllegalArgumentException.class, () -> store.delete(key));
    assertThrows(IllegalArgumentException.class, () -> store.exists(key));
    assertFalse(DocumentStore.isValidKey(key));
  }

  @Test
  void traversalKeyCannotReachAFileOutsideTheStore() throws Exception {
    Files.writeString(root.resolve("secret.txt"), "rahasia");

    assertThrows(IllegalArgumentException.class, () -> store.open("../secret.txt"));
    assertThrows(IllegalArgumentException.class, () -> store.delete("../../secret.txt"));
    assertTrue(Files.exists(root.resolve("secret.txt")));
  }

  @Test
  void aWorkFileOnTheSameFileSystemIsRenamedNotCopied() throws Exception {
    Path work = workFile(TestCorpus.pdf(1));
    Object workFileKey = Files.readAttributes(work, BasicFileAttributes.class).fileKey();
    // The portal runs on Linux (Debian in CI, the Payara image in production): files have inodes.
    assertNotNull(workFileKey, "the file system gives no file keys (inodes)");

    String key = store.store(work);

    Path base = root.resolve("documents");
    Path stored = base.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    assertEquals(workFileKey, Files.readAttributes(stored, BasicFileAttributes.class).fileKey());
    assertFalse(Files.exists(work));
  }

  @Test
  void noStagingFilesRemainAfterStoring() throws Exception {
    store.store(workFile(TestCorpus.pdf(1)));

    try (Stream<Path> staging = Files.list(root.resolve("documents").resolve(".staging"))) {
      assertEquals(List.of(), staging.toList());
    }
  }

  @Test
  void missingWorkFileFailsWithoutLeavingAnything() throws Exception {
    Path missing = workDir.resolve("gone.part");

    assertThrows(NoSuchFileException.class, () -> store.store(missing));

    try (Stream<Path> all = Files.walk(root.resolve("documents"))) {
      assertEquals(
          List.of(root.resolve("documents"), root.resolve("documents").resolve(".staging")),
          all.sorted().toList());
    }
  }

  @Test
  void directoriesAndFilesAreForTheOwnerOnly() throws Exception {
    // Owner-only permissions are a promise of the store, so the test requires a POSIX file system
    // (every machine the portal runs on) instead of skipping where there is none.
    assertTrue(
        Files.getFileStore(root).supportsFileAttributeView("posix"),
        "the file system has no POSIX permissions");

    String key = store.store(workFile(new byte[] {7}));

    Path base = root.resolve("documents");
    Path file = base.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    assertEquals("rwx------", permissions(base));
    assertEquals("rwx------", permissions(file.getParent()));
    assertEquals("rwx------", permissions(file.getParent().getParent()));
    assertEquals("rw-------", permissions(file));
  }

  @Test
  void reopeningAnExistingStoreFindsItsDocuments() throws Exception {
    String key = store.store(workFile(new byte[] {9, 9}));

    DocumentStore reopened = new DocumentStore(root.resolve("documents"));

    assertEquals(2, reopened.size(key));
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
