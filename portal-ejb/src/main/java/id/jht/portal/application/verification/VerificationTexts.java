package id.jht.portal.application.verification;

import id.jht.portal.application.texts.ChannelName;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the verification that leave the portal without a page around them (e-mails), from {@code
 * i18n/verification_*.properties}, falling back to {@code i18n/domain_*} for the names of
 * documents, reasons and banks. Arguments are ready-made text.
 */
final class VerificationTexts {

  static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final String[] BUNDLES = {"i18n.verification", "i18n.domain"};

  private VerificationTexts() {}

  /** The text of {@code key} in {@code locale} (English when asked for, else Indonesian). */
  static String text(Locale locale, String key, Object... args) {
    Locale supported =
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    for (String name : BUNDLES) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              name,
              supported,
              VerificationTexts.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
      if (bundle.containsKey(key)) {
        return new MessageFormat(ChannelName.apply(bundle.getString(key)), supported).format(args);
      }
    }
    throw new MissingResourceException("no text for " + key, BUNDLES[0], key);
  }
}
