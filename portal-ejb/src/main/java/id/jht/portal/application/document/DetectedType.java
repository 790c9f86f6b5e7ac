package id.jht.portal.application.document;

import java.util.Set;

/** The kinds of document the portal accepts, as recognised from their content. */
public enum DetectedType {
  JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg")),
  PNG("image/png", "png", Set.of("png")),
  PDF("application/pdf", "pdf", Set.of("pdf"));

  private final String mediaType;
  private final String extension;
  private final Set<String> extensions;

  DetectedType(String mediaType, String extension, Set<String> extensions) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.extensions = extensions;
  }

  /** The extension a file of this content is named with when its own name disagrees. */
  public String extension() {
    return extension;
  }

  /** The media type to serve the stored file with. */
  public String mediaType() {
    return mediaType;
  }

  /** Lower-case file name extensions that agree with this content. */
  public Set<String> extensions() {
    return extensions;
  }

  /** Whether a file named with {@code extension} (lower case, no dot) may hold this content. */
  public boolean matchesExtension(String extension) {
    return extensions.contains(extension);
  }

  /** Bundle key of a short description such as "gambar JPG" / "a JPG image". */
  public String labelKey() {
    return "documents.type." + name();
  }

  /** The description as a message argument. */
  public LocalizableText label() {
    return LocalizableText.of(labelKey());
  }

  /** The accepted type with this media type (parameters ignored), or {@code null}. */
  public static DetectedType ofMediaType(String baseMediaType) {
    for (DetectedType type : values()) {
      if (type.mediaType.equals(baseMediaType)) {
        return type;
      }
    }
    return null;
  }
}
