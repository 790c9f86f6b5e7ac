package id.jht.portal.application.booking;

/**
 * A rendered receipt for download.
 *
 * @param fileName e.g. {@code tanda-terima-SDA-261123-B017.pdf}; letters, digits and dashes only
 * @param pdf the document
 */
public record ReceiptFile(String fileName, byte[] pdf) {}
