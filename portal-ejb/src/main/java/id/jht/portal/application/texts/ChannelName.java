package id.jht.portal.application.texts;

import java.util.ServiceConfigurationError;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one name of this channel in pages, e-mails and the API's ready-to-show messages ({@code
 * portal.channel.name}, default "Lapak Asik"). The bundles are written with the default name, so
 * they stay readable and other branches' edits to them merge; every bundle loader hands its texts
 * to {@link #apply} and a configured name replaces the default there, once for all texts.
 *
 * <p>Bundle loaders are plain classes (resource bundles, static text helpers) without injection,
 * hence the static lookup of MicroProfile Config. A name is limited to letters, digits, spaces,
 * dots and hyphens, so it can never break a {@code MessageFormat} pattern it is put into.
 */
public final class ChannelName {

  public static final String DEFAULT = "Lapak Asik";
  static final String KEY = "portal.channel.name";
  private static final String ALLOWED = "[\\p{L}\\p{N}][\\p{L}\\p{N} .-]{0,59}";
  private static final Logger LOG = Logger.getLogger(ChannelName.class.getName());

  private static volatile String configured;

  private ChannelName() {}

  /** The configured name, or the default where none is configured (or it is unusable). */
  public static String get() {
    String name = configured;
    if (name == null) {
      name = read();
    }
    return name;
  }

  /** The text with the default name replaced by the configured one. */
  public static String apply(String text) {
    return rename(text, get());
  }

  /** The text with the default name replaced by {@code name}. */
  static String rename(String text, String name) {
    if (text == null || DEFAULT.equals(name)) {
      return text;
    }
    return text.replace(DEFAULT, name);
  }

  /** Whether a configured name may be used. */
  static boolean usable(String name) {
    return name != null && name.matches(ALLOWED);
  }

  private static String read() {
    String value;
    try {
      value = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(DEFAULT);
    } catch (IllegalStateException | ServiceConfigurationError noConfigHere) {
      // Outside the server (unit tests, tools): the default, looked up again next time.
      return DEFAULT;
    }
    String name = value.strip();
    if (!usable(name)) {
      LOG.warning(
          () -> KEY + " is not a usable channel name (letters, digits, spaces, dots, hyphens)");
      name = DEFAULT;
    }
    configured = name;
    return name;
  }
}
