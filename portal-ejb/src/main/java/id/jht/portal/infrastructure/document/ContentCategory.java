package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.LocalizableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * What a refused file contains, in words a participant understands ("a program", "a web page"),
 * rather than a media type. Decided from the media type Tika detected and its ancestors.
 */
enum ContentCategory {
  EXECUTABLE(
      "application/x-elf",
      "application/x-msdownload",
      "application/x-dosexec",
      "application/x-mach-o",
      "application/java-vm",
      "application/java-archive",
      "application/x-sh",
      "application/x-bat",
      "application/javascript",
      "text/javascript"),
  WEB_PAGE("text/html", "application/xhtml+xml"),
  ZIP_ARCHIVE("application/zip"),
  OTHER_ARCHIVE(
      "application/x-rar-compressed",
      "application/vnd.rar",
      "application/x-7z-compressed",
      "application/gzip",
      "application/x-gzip",
      "application/x-tar",
      "application/x-bzip2",
      "application/x-xz"),
  OFFICE_DOCUMENT(
      "application/x-tika-msoffice",
      "application/x-tika-ooxml",
      "application/msword",
      "application/vnd.ms-excel",
      "application/vnd.ms-powerpoint",
      "application/rtf",
      "application/vnd.oasis.opendocument.text",
      "application/vnd.oasis.opendocument.spreadsheet"),
  OTHER_IMAGE,
  VIDEO,
  AUDIO,
  TEXT("text/plain"),
  OTHER;

  /** Names people know for image formats we refuse; other images get a generic text. */
  private static final Map<String, String> IMAGE_FORMAT_NAMES =
      Map.of(
          "image/heic", "HEIC",
          "image/heif", "HEIF",
          "image/webp", "WEBP",
          "image/gif", "GIF",
          "image/bmp", "BMP",
          "image/tiff", "TIFF",
          "image/svg+xml", "SVG",
          "image/avif", "AVIF",
          "image/jp2", "JPEG 2000");

  /** Tried in this order, so that an HTML page counts as a web page before it counts as text. */
  private static final List<ContentCategory> BY_ANCESTRY =
      List.of(EXECUTABLE, WEB_PAGE, ZIP_ARCHIVE, OTHER_ARCHIVE, OFFICE_DOCUMENT);

  private static final String UNNAMED_SUFFIX = ".unnamed";

  private final Set<String> mediaTypes;

  ContentCategory(String... mediaTypes) {
    this.mediaTypes = Set.of(mediaTypes);
  }

  /** Bundle key of this category's description. */
  String key() {
    return "documents.content." + name().toLowerCase(Locale.ROOT).replace('_', '.');
  }

  /** Every bundle key the categories use, for checking the bundles. */
  static List<String> allKeys() {
    List<String> keys = new ArrayList<>();
    for (ContentCategory category : values()) {
      keys.add(category.key());
    }
    keys.add(OTHER_IMAGE.key() + UNNAMED_SUFFIX);
    return keys;
  }

  /** The description of {@code detected} as a message argument. */
  static LocalizableText describe(MediaType detected, MediaTypeRegistry registry) {
    ContentCategory category = of(detected, registry);
    if (category == OTHER_IMAGE) {
      String format = IMAGE_FORMAT_NAMES.get(detected.getBaseType().toString());
      return format == null
          ? LocalizableText.of(category.key() + UNNAMED_SUFFIX)
          : LocalizableText.of(category.key(), format);
    }
    return LocalizableText.of(category.key());
  }

  static ContentCategory of(MediaType detected, MediaTypeRegistry registry) {
    // The detected type itself first: Tika files HEIC under video/quicktime, for example.
    ContentCategory byTopLevelType =
        switch (detected.getType()) {
          case "image" -> OTHER_IMAGE;
          case "video" -> VIDEO;
          case "audio" -> AUDIO;
          default -> null;
        };
    if (byTopLevelType != null) {
      return byTopLevelType;
    }
    for (ContentCategory category : BY_ANCESTRY) {
      if (category.matchesSelfOrAncestor(detected, registry)) {
        return category;
      }
    }
    return TEXT.matchesSelfOrAncestor(detected, registry) ? TEXT : OTHER;
  }

  private boolean matchesSelfOrAncestor(MediaType detected, MediaTypeRegistry registry) {
    for (MediaType type = detected; type != null; type = registry.getSupertype(type)) {
      if (mediaTypes.contains(type.getBaseType().toString())) {
        return true;
      }
    }
    return false;
  }
}
