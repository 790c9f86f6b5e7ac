package id.jht.portal.application.document;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A text that still has to be looked up in the {@code i18n/documents} bundle, used as an argument
 * of a rejection message (for example "halaman web (HTML)" / "a web page (HTML)"), so that nothing
 * user-facing is written in Java.
 *
 * @param key bundle key
 * @param args arguments of the bundle text's own placeholders
 */
public record LocalizableText(String key, List<Object> args) implements Serializable {

  public LocalizableText {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** A text with the given placeholder arguments. */
  public static LocalizableText of(String key, Object... args) {
    return new LocalizableText(key, List.of(args));
  }
}
