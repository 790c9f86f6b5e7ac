package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.texts.ChannelName;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The registry's texts ({@code i18n/pending_id.properties} and {@code _en}) for what leaves the
 * portal without a web page around it: e-mails and the ready-made lock messages other channels
 * show. Arguments are already formatted text; dates are formatted here, in the branch's zone.
 */
public final class PendingTexts {

  public static final String BUNDLE = "i18n.pending";
  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

  private PendingTexts() {}

  /** The text of {@code key} in {@code locale} (Indonesian unless English is asked for). */
  public static String text(Locale locale, String key, Object... args) {
    Locale supported = supported(locale);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            supported,
            PendingTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return new MessageFormat(ChannelName.apply(bundle.getString(key)), supported).format(args);
  }

  /** The same text in both languages. */
  public static Bilingual both(String key, Object... args) {
    return new Bilingual(text(INDONESIAN, key, args), text(Locale.ENGLISH, key, args));
  }

  /** English if asked for, Indonesian otherwise. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  /** "24 Desember 2026 14.05 WIB": how Indonesians read a time, in the branch's zone. */
  public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
    ZoneId z = zone == null ? DEFAULT_ZONE : zone;
    return instant
            .atZone(z)
            .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", supported(locale)))
        + " "
        + zoneLabel(z);
  }

  /** WIB, WITA or WIT. */
  public static String zoneLabel(ZoneId zone) {
    String id = zone.getId();
    if ("Asia/Makassar".equals(id)) {
      return "WITA";
    }
    if ("Asia/Jayapura".equals(id)) {
      return "WIT";
    }
    return "WIB";
  }

  /** A text in Indonesian and English. */
  public record Bilingual(String indonesian, String english) {}
}
