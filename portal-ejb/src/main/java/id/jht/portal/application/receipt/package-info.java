/**
 * The booking receipt as the use cases see it: its content ({@link
 * id.jht.portal.application.receipt.ReceiptContent}, texts already translated) and the port that
 * prints it ({@link id.jht.portal.application.receipt.ReceiptPrinter}), implemented in {@code
 * infrastructure.receipt} with PDFBox. Depends on no other package of the portal.
 */
package id.jht.portal.application.receipt;
