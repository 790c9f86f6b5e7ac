package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DocumentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/** The {@link DocumentStorage} port on a {@link DocumentStore} and a work directory beside it. */
public final class LocalDocumentStorage implements DocumentStorage {

  private final DocumentStore store;
  private final Path workDir;

  /**
   * @param workDir on the store's file system, so that storing a work file is an atomic move
   */
  public LocalDocumentStorage(DocumentStore store, Path workDir) {
    this.store = Objects.requireNonNull(store, "store");
    this.workDir = Objects.requireNonNull(workDir, "workDir");
  }

  @Override
  public String store(Path file) throws IOException {
    return store.store(file);
  }

  @Override
  public InputStream open(String key) throws IOException {
    return store.open(key);
  }

  @Override
  public long size(String key) throws IOException {
    return store.size(key);
  }

  @Override
  public boolean exists(String key) {
    return store.exists(key);
  }

  @Override
  public boolean delete(String key) throws IOException {
    return store.delete(key);
  }

  @Override
  public boolean isStorageKey(String key) {
    return DocumentStore.isValidKey(key);
  }

  @Override
  public Path workDir() {
    return workDir;
  }
}
