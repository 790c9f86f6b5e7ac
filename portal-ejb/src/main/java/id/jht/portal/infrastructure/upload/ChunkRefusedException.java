package id.jht.portal.infrastructure.upload;

/** A chunk the store does not keep; the upload it belongs to is given up. */
public class ChunkRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a chunk was refused. */
  public enum Reason {
    /** The whole file would be larger than the upload limit. */
    TOO_LARGE,
    /**
     * The chunk is off the chunk grid, longer than a chunk, or its bytes do not match its range.
     */
    MALFORMED,
    /** The draft already has as many unfinished uploads as it may have. */
    TOO_MANY_UPLOADS
  }

  private final Reason reason;

  public ChunkRefusedException(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
