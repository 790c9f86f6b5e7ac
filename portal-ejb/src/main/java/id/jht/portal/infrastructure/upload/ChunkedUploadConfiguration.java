package id.jht.portal.infrastructure.upload;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the chunk store from MicroProfile Config: under the document directory (so every node of a
 * cluster sees the same chunks, and outside the web root), with the same size limit as an upload
 * sent in one piece. The defaults live in microprofile-config.properties.
 */
@ApplicationScoped
public class ChunkedUploadConfiguration {

  /**
   * A draft has at most nine document slots; a tenth unfinished upload is no browser's doing. Fixed
   * rather than configured: it guards the disk, not a rule of the agency.
   */
  static final int MAX_OPEN_UPLOADS_PER_DRAFT = 10;

  @Inject
  @ConfigProperty(name = "portal.documents.dir")
  String documentsDir;

  @Inject
  @ConfigProperty(name = "portal.upload.max-bytes")
  long maxUploadBytes;

  @Inject
  @ConfigProperty(name = "portal.upload.chunk-bytes")
  int chunkBytes;

  @Inject
  @ConfigProperty(name = "portal.upload.chunk-idle-minutes")
  long idleMinutes;

  private ChunkedUploads uploads;

  @PostConstruct
  void init() {
    try {
      uploads =
          new ChunkedUploads(
              Path.of(documentsDir).resolve(".chunks"),
              new ChunkedUploads.Limits(maxUploadBytes, chunkBytes, MAX_OPEN_UPLOADS_PER_DRAFT),
              // File times are the file system's, so the sweep compares them with the real time,
              // not the portal clock that tests move.
              Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the chunk folder under " + documentsDir, e);
    }
  }

  @Produces
  public ChunkedUploads chunkedUploads() {
    return uploads;
  }

  /** How long an upload may go without a chunk before its chunks are deleted. */
  public Duration idleLimit() {
    return Duration.ofMinutes(idleMinutes);
  }

  /** The largest document accepted, in bytes, whether sent in chunks or in one piece. */
  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /** The chunk size browsers are told to use, in bytes. */
  public int chunkBytes() {
    return chunkBytes;
  }
}
