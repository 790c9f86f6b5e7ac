package id.jht.portal.application.document;

/**
 * Fired in a transaction that stored a file for a row it writes: the file is removed again if the
 * transaction does not commit, so a rolled-back upload leaves nothing behind ({@link
 * StoredFileCleanup}).
 *
 * @param key the file's storage key
 */
public record UncommittedFile(String key) {}
