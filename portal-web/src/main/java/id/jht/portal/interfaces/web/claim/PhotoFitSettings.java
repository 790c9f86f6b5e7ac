package id.jht.portal.interfaces.web.claim;

import id.jht.portal.infrastructure.upload.ChunkedUploadConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the documents step fits photos in the browser before sending them (resources/js/photo-fit.js
 * reads these from the form's data- attributes), and the upload limits it tells the browser, as the
 * chunk store was built with them. Application-scoped, so the step bean need not hold configuration
 * values; the defaults live in microprofile-config.properties only.
 */
@Named
@ApplicationScoped
public class PhotoFitSettings {

  /** Long side, in pixels, that a photo is scaled down to. */
  @Inject
  @ConfigProperty(name = "portal.upload.photo.max-side")
  int maxSide;

  /** JPEG quality, 0 to 1, of a fitted photo. */
  @Inject
  @ConfigProperty(name = "portal.upload.photo.quality")
  double quality;

  /** The upload limits, read once where the chunk store is built. */
  @Inject ChunkedUploadConfiguration uploads;

  public int getMaxSide() {
    return maxSide;
  }

  /** As a data- attribute carries it: always with a dot, whatever the page's language. */
  public String getQuality() {
    return Double.toString(quality);
  }

  /** The server's limit: a photo above it is re-encoded even when its long side already fits. */
  public long getMaxBytes() {
    return uploads.maxUploadBytes();
  }

  /** The same limit in whole megabytes, as participants are told it (6 MB). */
  public long getMaxMegabytes() {
    return uploads.maxUploadBytes() / (1024 * 1024);
  }

  /** Files larger than this travel in chunks of this many bytes (DraftChunkDecoder). */
  public int getChunkBytes() {
    return uploads.chunkBytes();
  }
}
