package id.jht.portal.application.receipt;

import java.io.IOException;

/** Renders a booking receipt as a PDF. */
public interface ReceiptPrinter {

  /** The receipt as PDF bytes. */
  byte[] render(ReceiptContent content) throws IOException;
}
