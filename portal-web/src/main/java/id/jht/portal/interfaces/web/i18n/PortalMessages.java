package id.jht.portal.interfaces.web.i18n;

import id.jht.portal.application.texts.ChannelName;
import id.jht.portal.application.texts.Texts;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The one bundle the views use ({@code #{msg[...]}}): the web texts merged with the domain's
 * (reasons, validation, eligibility) and the document checks', so a key is looked up in one place
 * whatever layer defined it, with the configured channel name ({@link ChannelName}). Subclasses pin
 * the locale; Indonesian is the default.
 */
public abstract class PortalMessages extends ResourceBundle {

  /** The property bundles merged, later ones not overriding earlier ones. */
  private static final String[] SOURCES = {
    "i18n.messages",
    "i18n.domain",
    "i18n.documents",
    "i18n.queue",
    "i18n.pending",
    "i18n.wizard",
    "i18n.booking",
    "i18n.verification",
    "i18n.admin",
    "i18n.pendingui",
    "i18n.correction"
  };

  private final Map<String, Object> entries;

  protected PortalMessages(Locale locale) {
    Map<String, Object> merged = new HashMap<>();
    for (String source : SOURCES) {
      ResourceBundle bundle;
      try {
        bundle =
            ResourceBundle.getBundle(
                source,
                locale,
                PortalMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
      } catch (java.util.MissingResourceException absent) {
        continue;
      }
      for (String key : bundle.keySet()) {
        Object value = bundle.getObject(key);
        merged.putIfAbsent(key, value instanceof String text ? ChannelName.apply(text) : value);
      }
    }
    this.entries = Map.copyOf(merged);
  }

  @Override
  protected Object handleGetObject(String key) {
    return entries.get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(entries.keySet());
  }

  /**
   * The same bundles, in the same order, for a text outside a page (the API's error messages):
   * through {@link Texts}, the portal's one helper for language, formatting and channel name.
   */
  public static Texts texts() {
    return Texts.of(SOURCES[0], Arrays.copyOfRange(SOURCES, 1, SOURCES.length));
  }

  /** The bundle for a locale: English when asked for, Indonesian otherwise. */
  public static ResourceBundle forLocale(Locale locale) {
    return ResourceBundle.getBundle(
        PortalMessages.class.getName(),
        Languages.supported(locale),
        PortalMessages.class.getClassLoader());
  }
}
