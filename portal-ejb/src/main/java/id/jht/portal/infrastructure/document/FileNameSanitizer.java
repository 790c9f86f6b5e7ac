package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.DetectedType;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans the file name a browser sent so that it can be shown back to people, in messages and in
 * the officers' screens. The result is for display only: stored files get generated names (see
 * {@link DocumentStore}) and the type is judged from the content, which also decides the extension
 * an accepted file is shown with ({@link #forType}).
 */
public final class FileNameSanitizer {

  /** Longest display name, in Unicode code points, extension included. */
  public static final int MAX_DISPLAY_LENGTH = 100;

  /** Shown when nothing printable is left of the original name. */
  public static final String FALLBACK_NAME = "dokumen";

  /** Longest extension kept whole when a long name is shortened; longer ones are not extensions. */
  private static final int MAX_KEPT_EXTENSION_LENGTH = 10;

  private static final String ELLIPSIS = "\u2026";

  /** What passes for a file extension when a wrong one is replaced: "jpg", "exe", "php5". */
  private static final Pattern LIKELY_EXTENSION = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,4}");

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
   * The display name of an accepted file of {@code type}: {@link #forDisplay} with an extension
   * that tells the truth. A name whose extension already fits is kept ("KTP.JPEG"); otherwise a
   * short extension-like ending is dropped and the type's own one added, so "foto.jpg" holding a
   * PNG becomes "foto.png", "ktp" a PDF "ktp.pdf" and "foto.jpg.php" a JPEG "foto.jpg"; an ending
   * that is no extension (the "2024" of "scan 12.03.2024") stays part of the name.
   */
  public static String forType(String original, DetectedType type) {
    String cleaned = clean(original);
    if (type.matchesExtension(extensionOf(cleaned))) {
      return forDisplay(cleaned);
    }
    int dot = cleaned.lastIndexOf('.');
    String base =
        dot >= 0 && LIKELY_EXTENSION.matcher(cleaned.substring(dot + 1)).matches()
            ? cleaned.substring(0, dot)
            : cleaned;
    if (!type.matchesExtension(extensionOf(base))) {
      base = base.isBlank() || base.equals(".") ? FALLBACK_NAME : base;
      base = base + "." + type.extension();
    }
    return forDisplay(base);
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
