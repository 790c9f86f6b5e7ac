package id.jht.portal.application.booking;

import java.io.Serializable;

/**
 * A document an officer asked the participant to upload again.
 *
 * @param documentType e.g. {@code SAVINGS_BOOK}; its label is {@code document.<type>}
 * @param previousFileName the name of the file that was not accepted
 * @param reviewNote why the officer asked for it, in the officer's words (may be null)
 */
public record RequestedDocument(String documentType, String previousFileName, String reviewNote)
    implements Serializable {}
