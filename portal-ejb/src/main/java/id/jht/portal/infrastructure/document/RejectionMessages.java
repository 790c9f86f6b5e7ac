package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.LocalizableText;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns a {@link InspectionResult.Rejected} into a sentence from the {@code i18n/documents} bundle,
 * resolving the {@link LocalizableText} and {@link FileSize} arguments in the same language. For
 * callers that do not format messages themselves (REST answers, e-mails); Faces pages may use the
 * bundle directly.
 */
public final class RejectionMessages {

  /** Base name of the bundle holding the texts of this package. */
  public static final String BUNDLE = "i18n.documents";

  /** Bahasa Indonesia, the portal's main language and the fallback for any other language. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private RejectionMessages() {}

  /** The message in Indonesian or, for an English locale, in English. */
  public static String format(InspectionResult.Rejected rejected, Locale locale) {
    ResourceBundle bundle = bundleFor(locale);
    return format(bundle, rejected.messageKey(), rejected.messageArguments());
  }

  /** The bundle for {@code locale}: English for English, Indonesian for everything else. */
  public static ResourceBundle bundleFor(Locale locale) {
    Locale supported =
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    return ResourceBundle.getBundle(
        BUNDLE,
        supported,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(ResourceBundle bundle, String key, List<Object> arguments) {
    Object[] resolved = new Object[arguments.size()];
    for (int i = 0; i < resolved.length; i++) {
      Object argument = arguments.get(i);
      if (argument instanceof LocalizableText text) {
        resolved[i] = format(bundle, text.key(), text.args());
      } else if (argument instanceof FileSize size) {
        resolved[i] = size.format(bundle.getLocale());
      } else {
        resolved[i] = argument;
      }
    }
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(resolved);
  }
}
