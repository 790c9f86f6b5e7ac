package id.jht.portal.application.booking;

import id.jht.portal.application.receipt.ReceiptContent;
import id.jht.portal.application.texts.Texts;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

  /** The booking's texts, {@code i18n/booking_*.properties}. */
  static final Texts BOOKING = Texts.of("i18n.booking");

  private ConfirmationTexts() {}

  /** "Teks / Text": a short label in both languages. */
  static String both(String key, Object... args) {
    String id = BOOKING.text(Texts.INDONESIAN, key, args);
    String en = BOOKING.text(Locale.ENGLISH, key, args);
    return id.equals(en) ? id : id + " / " + en;
  }

  /** "10.00-12.00 WITA": session times are local to the branch. */
  static String times(LocalTime start, LocalTime end, ZoneId zone) {
    if (start == null || end == null) {
      return Texts.zoneLabel(zone);
    }
    DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH.mm");
    return start.format(hours) + "-" + end.format(hours) + " " + Texts.zoneLabel(zone);
  }

  /** What the receipt says about the booking. */
  static ReceiptContent receipt(BookingSnapshot booking, Instant issuedAt) {
    List<ReceiptContent.Field> fields = new ArrayList<>();
    fields.add(
        new ReceiptContent.Field(
            both("booking.receipt.bookingCode"), booking.bookingCode().formatted()));
    fields.add(
        new ReceiptContent.Field(
            both("booking.receipt.branch"), booking.branchName() + "\n" + booking.branchAddress()));
    fields.add(
        new ReceiptContent.Field(
            both("booking.receipt.schedule"),
            schedule(booking, Texts.INDONESIAN) + "\n" + schedule(booking, Locale.ENGLISH)));
    List<String> checklist = new ArrayList<>();
    for (Locale locale : Texts.BOTH) {
      for (String point : PREPARE) {
        checklist.add(BOOKING.text(locale, "booking.prepare." + point));
      }
    }
    List<String> footer = new ArrayList<>();
    for (Locale locale : Texts.BOTH) {
      footer.add(BOOKING.text(locale, "booking.receipt.keepSecret"));
      footer.add(
          BOOKING.text(
              locale, "booking.receipt.issued", Texts.dateTime(issuedAt, booking.zone(), locale)));
    }
    return new ReceiptContent(
        both("booking.receipt.title"),
        both("booking.receipt.subtitle"),
        both("booking.receipt.queueNumber"),
        booking.ticketNumber(),
        fields,
        both("booking.prepare.heading"),
        checklist,
        booking.bookingCode().formatted(),
        both("booking.receipt.qrCaption"),
        footer);
  }

  /** The receipt's file name as the participant sees it, e.g. {@code tanda-terima-SDA-...pdf}. */
  static String receiptFileName(BookingSnapshot booking) {
    return "tanda-terima-" + booking.ticketNumber().replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
  }

  /** "Senin, 23 November 2026, sesi B (10.00-12.00 WITA)" in one language. */
  static String schedule(BookingSnapshot booking, Locale locale) {
    return BOOKING.text(
        locale,
        "booking.schedule",
        Texts.day(booking.serviceDate(), locale),
        booking.sessionCode(),
        times(booking.sessionStart(), booking.sessionEnd(), booking.zone()));
  }

  /**
   * A mail's subject in both languages.
   *
   * @param kind {@code confirmed}, {@code rescheduled} or {@code cancelled}
   */
  static String subject(String kind, BookingSnapshot booking) {
    return BOOKING.inBoth("booking.mail." + kind + ".subject", booking.ticketNumber());
  }

  /** The confirmation (or the confirmation after a reschedule) with all booking details. */
  static String confirmationBody(String kind, BookingSnapshot booking) {
    return Texts.bothBodies(
        locale -> {
          StringBuilder prepare = new StringBuilder();
          for (String point : PREPARE) {
            prepare
                .append("- ")
                .append(BOOKING.text(locale, "booking.prepare." + point))
                .append('\n');
          }
          return BOOKING.text(locale, "booking.mail." + kind + ".intro")
              + "\n\n"
              + BOOKING.text(
                  locale,
                  "booking.mail.details",
                  booking.ticketNumber(),
                  booking.bookingCode().formatted(),
                  booking.branchName(),
                  booking.branchAddress(),
                  schedule(booking, locale))
              + "\n\n"
              + BOOKING.text(locale, "booking.prepare.heading")
              + ":\n"
              + prepare
              + "\n"
              + BOOKING.text(locale, "booking.mail.closing")
              + " "
              + BOOKING.text(locale, "booking.calendar.attached");
        });
  }

  /** The notice that a booking was cancelled, with the participant's reason. */
  static String cancellationBody(BookingSnapshot booking, String reason) {
    return Texts.bothBodies(
        locale ->
            BOOKING.text(
                    locale,
                    "booking.mail.cancelled.body",
                    booking.ticketNumber(),
                    booking.branchName(),
                    schedule(booking, locale),
                    reason)
                + "\n\n"
                + BOOKING.text(locale, "booking.mail.cancelled.closing"));
  }
}
