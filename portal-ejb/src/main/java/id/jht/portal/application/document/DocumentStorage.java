package id.jht.portal.application.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where accepted documents (and the receipts mailed with a booking) are kept, under keys the store
 * generates; the database rows hold the keys. A stored file is complete or absent.
 */
public interface DocumentStorage {

  /**
   * Stores the content of {@code file} durably and deletes {@code file}.
   *
   * @return the new storage key
   */
  String store(Path file) throws IOException;

  /** The stored content; the caller closes it. */
  InputStream open(String key) throws IOException;

  /** The stored content's size in bytes. */
  long size(String key) throws IOException;

  boolean exists(String key);

  /**
   * Deletes a stored file.
   *
   * @return whether there was one to delete
   */
  boolean delete(String key) throws IOException;

  /** Whether {@code key} has the form of a storage key (it may still not exist). */
  boolean isStorageKey(String key);

  /**
   * The directory for work files (uploads being inspected, copies, receipts being rendered): on the
   * store's file system, so storing one is an atomic move; never served.
   */
  Path workDir();
}
