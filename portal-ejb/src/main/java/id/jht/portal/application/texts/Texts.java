package id.jht.portal.application.texts;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Texts from one or more of the portal's bundles for what leaves the portal without a page around
 * it (e-mails, receipts, calendar files, the registry's lock messages): the one place that picks
 * the language, loads the bundle, formats the arguments and puts in the channel's name. Each use
 * names its bundles once, e.g. {@code Texts.of("i18n.booking")}; with several, the first that has a
 * key wins.
 *
 * <p>Indonesian unless English is asked for: the portal's two languages. The bundles are looked up
 * without falling back to the JVM's default locale, so a server in another locale changes nothing.
 */
public final class Texts {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  /** Indonesian first, then English: the order of texts written in both. */
  public static final List<Locale> BOTH = List.of(INDONESIAN, Locale.ENGLISH);

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  /** What separates the two languages' versions of a mail's body. */
  private static final String RULE = "\n\n----------------------------------------\n\n";

  private final List<String> bundles;

  private Texts(List<String> bundles) {
    this.bundles = bundles;
  }

  /** Texts from these bundles (base names such as {@code i18n.booking}), in this order. */
  public static Texts of(String bundle, String... more) {
    List<String> names = new ArrayList<>();
    names.add(bundle);
    names.addAll(List.of(more));
    return new Texts(List.copyOf(names));
  }

  /**
   * The text of {@code key} in {@code locale}, its arguments (ready-made text) put in.
   *
   * @throws MissingResourceException when no bundle has the key
   */
  public String text(Locale locale, String key, Object... args) {
    Locale supported = supported(locale);
    for (String name : bundles) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(name, supported, Texts.class.getClassLoader(), NO_FALLBACK);
      if (bundle.containsKey(key)) {
        return new MessageFormat(ChannelName.apply(bundle.getString(key)), supported).format(args);
      }
    }
    throw new MissingResourceException("no text for " + key, bundles.get(0), key);
  }

  /**
   * "Subjek / Subject": the text in Indonesian, then in English, on one line (a mail's subject).
   */
  public String inBoth(String key, Object... args) {
    return text(INDONESIAN, key, args) + " / " + text(Locale.ENGLISH, key, args);
  }

  /**
   * A mail's body written in both languages: the Indonesian version, a rule, then the English one.
   *
   * @param inOne the whole body in one language
   */
  public static String bothBodies(Function<Locale, String> inOne) {
    return inOne.apply(INDONESIAN) + RULE + inOne.apply(Locale.ENGLISH);
  }

  /**
   * A mail's body in both languages ({@link #bothBodies}): in each, the text of {@code key +
   * ".body"} with that language's placeholder values, a blank line and the footer.
   */
  public String bodiesWithFooter(
      String key, Function<Locale, Object[]> arguments, String footerKey) {
    return bothBodies(
        locale ->
            text(locale, key + ".body", arguments.apply(locale))
                + "\n\n"
                + text(locale, footerKey));
  }

  /** English if asked for, Indonesian otherwise. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  /** "Senin, 23 November 2026" or "Monday, 23 November 2026". */
  public static String day(LocalDate date, Locale locale) {
    return date.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", supported(locale)));
  }

  /** "24 Desember 2026 14.05 WIB", in the branch's zone (Jakarta's when none is known). */
  public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
    ZoneId z = zone == null ? DEFAULT_ZONE : zone;
    return instant
            .atZone(z)
            .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", supported(locale)))
        + " "
        + zoneLabel(z);
  }

  /** WIB, WITA or WIT: what Indonesians read on every schedule (WIB when none is known). */
  public static String zoneLabel(ZoneId zone) {
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
