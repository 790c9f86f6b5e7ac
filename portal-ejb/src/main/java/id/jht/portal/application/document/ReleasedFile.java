package id.jht.portal.application.document;

/**
 * Fired in a transaction that removes or replaces the row pointing at a stored file: the file is
 * removed once the transaction has committed, and kept if it rolls back ({@link
 * StoredFileCleanup}).
 *
 * @param key the file's storage key; a key of another form (old demo data) is left alone
 */
public record ReleasedFile(String key) {}
