package id.jht.portal.application.receipt;

import java.util.List;
import java.util.Objects;

/**
 * What a receipt shows, already in the reader's language(s) and formatted.
 *
 * @param title the heading, e.g. "Tanda terima pemesanan antrean"
 * @param subtitle a line under the heading (the same in the second language), may be empty
 * @param highlight the one value printed large (the queue number)
 * @param highlightLabel what the large value is
 * @param fields label and value rows (booking code, branch, address, date and session)
 * @param checklistHeading heading of the list of things to prepare
 * @param checklist things to prepare for the verification video call
 * @param qrPayload the text encoded in the QR code (the booking code, never a URL or identifier)
 * @param qrCaption printed under the QR code
 * @param footer small print at the bottom (what to keep secret, where to look the booking up)
 */
public record ReceiptContent(
    String title,
    String subtitle,
    String highlightLabel,
    String highlight,
    List<Field> fields,
    String checklistHeading,
    List<String> checklist,
    String qrPayload,
    String qrCaption,
    List<String> footer) {

  public ReceiptContent {
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    Objects.requireNonNull(highlightLabel, "highlightLabel");
    Objects.requireNonNull(highlight, "highlight");
    fields = List.copyOf(fields);
    checklistHeading = checklistHeading == null ? "" : checklistHeading;
    checklist = List.copyOf(checklist);
    Objects.requireNonNull(qrPayload, "qrPayload");
    qrCaption = qrCaption == null ? "" : qrCaption;
    footer = List.copyOf(footer);
  }

  /** One labelled row; a value may hold several lines separated by {@code \n}. */
  public record Field(String label, String value) {
    public Field {
      Objects.requireNonNull(label, "label");
      value = value == null ? "" : value;
    }
  }
}
