package id.jht.portal.application.booking;

import id.jht.portal.application.receipt.ReceiptContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of the confirmation: the PDF receipt's content and the e-mail's subject and body, made
 * from a booking. Indonesian first, then English, because the portal does not know which language
 * the participant reads.
 */
final class ConfirmationTexts {

  /** The points to prepare for the verification video call, in order. */
  static final List<String> PREPARE = List.of("device", "originals", "place");

  private ConfirmationTexts() {}

  /** What the receipt says about the booking. */
  static ReceiptContent receipt(BookingSnapshot booking, Instant issuedAt) {
    List<ReceiptContent.Field> fields = new ArrayList<>();
    fields.add(
        new ReceiptContent.Field(
            BookingTexts.both("booking.receipt.bookingCode"), booking.bookingCode().formatted()));
    fields.add(
        new ReceiptContent.Field(
            BookingTexts.both("booking.receipt.branch"),
            booking.branchName() + "\n" + booking.branchAddress()));
    fields.add(
        new ReceiptContent.Field(
            BookingTexts.both("booking.receipt.schedule"),
            schedule(booking, BookingTexts.INDONESIAN) + "\n" + schedule(booking, Locale.ENGLISH)));
    List<String> checklist = new ArrayList<>();
    for (Locale locale : BookingTexts.BOTH) {
      for (String point : PREPARE) {
        checklist.add(BookingTexts.text(locale, "booking.prepare." + point));
      }
    }
    List<String> footer = new ArrayList<>();
    for (Locale locale : BookingTexts.BOTH) {
      footer.add(BookingTexts.text(locale, "booking.receipt.keepSecret"));
      footer.add(
          BookingTexts.text(
              locale,
              "booking.receipt.issued",
              BookingTexts.dateTime(issuedAt, booking.zone(), locale)));
    }
    return new ReceiptContent(
        BookingTexts.both("booking.receipt.title"),
        BookingTexts.both("booking.receipt.subtitle"),
        BookingTexts.both("booking.receipt.queueNumber"),
        booking.ticketNumber(),
        fields,
        BookingTexts.both("booking.prepare.heading"),
        checklist,
        booking.bookingCode().formatted(),
        BookingTexts.both("booking.receipt.qrCaption"),
        footer);
  }

  /** The receipt's file name as the participant sees it, e.g. {@code tanda-terima-SDA-...pdf}. */
  static String receiptFileName(BookingSnapshot booking) {
    return "tanda-terima-" + booking.ticketNumber().replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
  }

  /** "Senin, 23 November 2026, sesi B (10.00-12.00 WITA)" in one language. */
  static String schedule(BookingSnapshot booking, Locale locale) {
    return BookingTexts.text(
        locale,
        "booking.schedule",
        BookingTexts.day(booking.serviceDate(), locale),
        booking.sessionCode(),
        BookingTexts.times(booking.sessionStart(), booking.sessionEnd(), booking.zone()));
  }

  /**
   * A mail's subject in both languages.
   *
   * @param kind {@code confirmed}, {@code rescheduled} or {@code cancelled}
   */
  static String subject(String kind, BookingSnapshot booking) {
    return BookingTexts.text(
            BookingTexts.INDONESIAN, "booking.mail." + kind + ".subject", booking.ticketNumber())
        + " / "
        + BookingTexts.text(
            Locale.ENGLISH, "booking.mail." + kind + ".subject", booking.ticketNumber());
  }

  /** The confirmation (or the confirmation after a reschedule) with all booking details. */
  static String confirmationBody(String kind, BookingSnapshot booking) {
    List<String> parts = new ArrayList<>();
    for (Locale locale : BookingTexts.BOTH) {
      StringBuilder prepare = new StringBuilder();
      for (String point : PREPARE) {
        prepare
            .append("- ")
            .append(BookingTexts.text(locale, "booking.prepare." + point))
            .append('\n');
      }
      parts.add(
          BookingTexts.text(locale, "booking.mail." + kind + ".intro")
              + "\n\n"
              + BookingTexts.text(
                  locale,
                  "booking.mail.details",
                  booking.ticketNumber(),
                  booking.bookingCode().formatted(),
                  booking.branchName(),
                  booking.branchAddress(),
                  schedule(booking, locale))
              + "\n\n"
              + BookingTexts.text(locale, "booking.prepare.heading")
              + ":\n"
              + prepare
              + "\n"
              + BookingTexts.text(locale, "booking.mail.closing")
              + " "
              + BookingTexts.text(locale, "booking.calendar.attached"));
    }
    return String.join("\n\n----------------------------------------\n\n", parts);
  }

  /** The notice that a booking was cancelled, with the participant's reason. */
  static String cancellationBody(BookingSnapshot booking, String reason) {
    List<String> parts = new ArrayList<>();
    for (Locale locale : BookingTexts.BOTH) {
      parts.add(
          BookingTexts.text(
                  locale,
                  "booking.mail.cancelled.body",
                  booking.ticketNumber(),
                  booking.branchName(),
                  schedule(booking, locale),
                  reason)
              + "\n\n"
              + BookingTexts.text(locale, "booking.mail.cancelled.closing"));
    }
    return String.join("\n\n----------------------------------------\n\n", parts);
  }
}
