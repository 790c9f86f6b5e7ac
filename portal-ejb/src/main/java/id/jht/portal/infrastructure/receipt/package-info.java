/**
 * The booking receipt as a one-page PDF: {@link
 * id.jht.portal.infrastructure.receipt.ReceiptRenderer}, the application's {@link
 * id.jht.portal.application.receipt.ReceiptPrinter}, lays out a {@link
 * id.jht.portal.application.receipt.ReceiptContent} (texts already translated and formatted by the
 * application layer) with PDFBox and draws the booking code as a QR code made with ZXing. No texts,
 * no database and no CDI here: the application layer decides what the receipt says and where it
 * goes.
 */
package id.jht.portal.infrastructure.receipt;
