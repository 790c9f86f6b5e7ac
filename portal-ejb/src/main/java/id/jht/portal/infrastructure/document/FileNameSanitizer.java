package id.jht.portal.infrastructure.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans the file name a browser sent so that it can be shown back to people, in messages and in
 * the officers' screens. The result is for display only: stored files get generated names (see
 * {@link DocumentStore}) and the type is judged from the content.
 */
public final class FileNameSanitizer {

  /** Longest display name, in Unicode code points, extension included. */
  public static final int MAX_DISPLAY_LENGTH = 100;

  /** Shown when nothing printable is left of the original name. */
  public static final String FALLBACK_NAME = "dokumen";

  /** Longest extension kept whole when a long name is shortened; longer ones are not extensions. */
  private static final int MAX_KEPT_EXTENSION_LENGTH = 10;

  private static final String ELLIPSIS = "\u2026";

  private FileNameSanitizer() {}

  /**
   * A safe, short, single-line version of {@code original}: without any directory part, control
   * characters or bidirectional overrides (which can make "gpj.exe" look like "exe.jpg"), with runs
   * of white space collapsed to one space, at most {@value #MAX_DISPLAY_LENGTH} code points with
   * the extension kept, and never empty ({@value #FALLBACK_NAME} instead).
   */
  public static String forDisplay(String original) {
    String cleaned = clean(original);
    if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
      return FALLBACK_NAME;
    }
    return shorten(cleaned);
  }

  /**
   * The lower-case text after the last dot of the cleaned name, so "foto.jpg.php" gives "php" and
   * "C:\\scan\\KTP.JPG" gives "jpg"; empty when the name has no extension.
   */
  public static String extensionOf(String original) {
    String cleaned = clean(original);
    int dot = cleaned.lastIndexOf('.');
    if (dot < 0) {
      return "";
    }
    return cleaned.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String clean(String original) {
    if (original == null) {
      return "";
    }
    String name = Normalizer.normalize(original, Normalizer.Form.NFC);
    // Browsers may send a full client path (old Internet Explorer, some Android pickers).
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder out = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
      } else if (!isInvisibleOrDangerous(cp)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isInvisibleOrDangerous(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.SURROGATE // unpaired half, not a character
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || isBidiControl(cp)
        || cp == 0xFEFF // byte order mark
        || cp == 0x200B; // zero width space
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        || (cp >= 0x2066 && cp <= 0x2069) // LRI, RLI, FSI, PDI
        || cp == 0x200E // LRM
        || cp == 0x200F // RLM
        || cp == 0x061C; // ALM
  }

  private static String shorten(String name) {
    int length = name.codePointCount(0, name.length());
    if (length <= MAX_DISPLAY_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 ? name.substring(dot) : "";
    int extensionLength = extension.codePointCount(0, extension.length());
    if (extensionLength > MAX_KEPT_EXTENSION_LENGTH + 1) {
      extension = "";
      extensionLength = 0;
    }
    int keep = MAX_DISPLAY_LENGTH - extensionLength - 1;
    String head = name.substring(0, name.offsetByCodePoints(0, keep)).stripTrailing();
    return head + ELLIPSIS + extension;
  }
}
