package id.jht.portal.interfaces.web.i18n;

import java.util.Locale;

/** The portal's two languages: Bahasa Indonesia (default) and English. */
public final class Languages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  public static final String COOKIE = "lang";

  private Languages() {}

  /** English if asked for, Indonesian for anything else. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  public static Locale fromTag(String tag) {
    return "en".equalsIgnoreCase(tag) ? Locale.ENGLISH : INDONESIAN;
  }
}
