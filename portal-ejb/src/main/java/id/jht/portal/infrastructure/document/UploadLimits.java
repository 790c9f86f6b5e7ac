package id.jht.portal.infrastructure.document;

/**
 * What an uploaded document may be. Every figure is configurable because the agency changes them by
 * regulation; {@link #defaults()} holds the values of the real portal.
 *
 * @param maxBytes largest accepted file, in bytes
 * @param minWidth required width of a landscape image, in pixels; a portrait image may swap it with
 *     {@code minHeight}
 * @param minHeight required height of a landscape image, in pixels
 * @param maxPixels largest width x height an image may declare before it is decoded, the defence
 *     against decompression ("pixel flood") bombs
 * @param maxPdfPages most pages a PDF may have
 */
public record UploadLimits(
    long maxBytes, int minWidth, int minHeight, long maxPixels, int maxPdfPages) {

  /** 6 MB, the limit the real portal announces. */
  public static final long DEFAULT_MAX_BYTES = 6L * 1024 * 1024;

  public UploadLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (minWidth < 1 || minHeight < 1) {
      throw new IllegalArgumentException("minimum image size must be positive");
    }
    if (maxPixels < (long) minWidth * minHeight) {
      throw new IllegalArgumentException("maxPixels must allow the minimum image size");
    }
    if (maxPdfPages < 1) {
      throw new IllegalArgumentException("maxPdfPages must be positive");
    }
  }

  /** 6 MB, at least 600 x 400 pixels (either orientation), 40 megapixels, 20 PDF pages. */
  public static UploadLimits defaults() {
    return new UploadLimits(DEFAULT_MAX_BYTES, 600, 400, 40_000_000L, 20);
  }

  /**
   * Whether an image of this size is large enough to read, in portrait or landscape: 400 x 600
   * passes as well as 600 x 400.
   */
  public boolean largeEnough(int width, int height) {
    return (width >= minWidth && height >= minHeight) || (width >= minHeight && height >= minWidth);
  }

  /** Whether an image declaring this size may be decoded at all. */
  public boolean pixelCountAllowed(long width, long height) {
    return width * height <= maxPixels;
  }
}
