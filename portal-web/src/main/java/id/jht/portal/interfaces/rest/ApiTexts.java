package id.jht.portal.interfaces.rest;

import id.jht.portal.application.texts.Texts;
import id.jht.portal.interfaces.web.i18n.Languages;
import id.jht.portal.interfaces.web.i18n.PortalMessages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Error texts for API clients, from the portal's bundles (the domain's validation texts and the
 * {@code pending.api.*} ones). Machines are the first readers, so English unless the client's
 * Accept-Language asks for Indonesian first. The texts come through {@link Texts}, from the same
 * bundles as the pages'.
 */
public final class ApiTexts {

  private static final Texts PORTAL = PortalMessages.texts();

  private ApiTexts() {}

  public static Locale locale(List<Locale> acceptable) {
    if (acceptable != null) {
      for (Locale locale : acceptable) {
        String language = locale.getLanguage();
        if ("id".equals(language) || "in".equals(language)) {
          return Languages.INDONESIAN;
        }
        if ("en".equals(language)) {
          return Locale.ENGLISH;
        }
      }
    }
    return Locale.ENGLISH;
  }

  public static Locale locale(HttpHeaders headers) {
    try {
      return headers == null ? Locale.ENGLISH : locale(headers.getAcceptableLanguages());
    } catch (RuntimeException outsideARequest) {
      return Locale.ENGLISH;
    }
  }

  public static String text(Locale locale, String key, Object... args) {
    try {
      return PORTAL.text(locale, key, args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
