package id.jht.portal.domain.model.correction;

/**
 * A document accepted by content inspection and kept in the document store.
 *
 * @param displayName the file name as shown back (sanitised)
 * @param storageKey the document store's key
 * @param mediaType the type found by inspection, not the one the browser claimed
 */
public record StoredEvidence(String displayName, String storageKey, String mediaType) {}
