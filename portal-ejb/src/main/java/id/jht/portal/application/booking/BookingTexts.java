package id.jht.portal.application.booking;

import id.jht.portal.application.texts.ChannelName;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The booking texts ({@code i18n/booking_id.properties} and {@code _en}) for what leaves the portal
 * without a web page around it: the confirmation e-mail and the PDF receipt. The portal does not
 * know which language a participant reads, so these are written in Indonesian followed by English.
 */
final class BookingTexts {

  static final String BUNDLE = "i18n.booking";
  static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  static final List<Locale> BOTH = List.of(INDONESIAN, Locale.ENGLISH);

  private BookingTexts() {}

  /** The text of {@code key} in {@code locale} (Indonesian unless English is asked for). */
  static String text(Locale locale, String key, Object... args) {
    Locale supported = supported(locale);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            supported,
            BookingTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return new MessageFormat(ChannelName.apply(bundle.getString(key)), supported).format(args);
  }

  /** "Teks / Text": a short label in both languages. */
  static String both(String key, Object... args) {
    String id = text(INDONESIAN, key, args);
    String en = text(Locale.ENGLISH, key, args);
    return id.equals(en) ? id : id + " / " + en;
  }

  static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  /** "Senin, 23 November 2026" or "Monday, 23 November 2026". */
  static String day(LocalDate date, Locale locale) {
    return date.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", supported(locale)));
  }

  /** "10.00-12.00 WITA": session times are local to the branch. */
  static String times(LocalTime start, LocalTime end, ZoneId zone) {
    if (start == null || end == null) {
      return zoneLabel(zone);
    }
    DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH.mm");
    return start.format(hours) + "-" + end.format(hours) + " " + zoneLabel(zone);
  }

  /** "24 Desember 2026 14.05 WIB", in the branch's zone. */
  static String dateTime(Instant instant, ZoneId zone, Locale locale) {
    return instant
            .atZone(zone)
            .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", supported(locale)))
        + " "
        + zoneLabel(zone);
  }

  /** WIB, WITA or WIT: what Indonesians read on every schedule. */
  static String zoneLabel(ZoneId zone) {
    String id = zone == null ? "" : zone.getId();
    if ("Asia/Makassar".equals(id)) {
      return "WITA";
    }
    if ("Asia/Jayapura".equals(id)) {
      return "WIT";
    }
    return "WIB";
  }
}
