package id.jht.portal.application.document;

/**
 * Why an upload was refused. Each reason has a message in the {@code i18n/documents} bundle whose
 * placeholder {0} is the display name of the file; the other placeholders are listed per reason and
 * filled from {@link InspectionResult.Rejected#details()}.
 */
public enum RejectionReason {
  /** {1}: the limit, the inspector's {@code FileSize} (bytes, shown in KB or MB). */
  TOO_LARGE,
  /** No further placeholders. */
  EMPTY,
  /** {1}: what the file really contains, a {@link LocalizableText}. */
  WRONG_FORMAT,
  /** {1} x {2}: declared size in pixels; {3}: the limit in millions of pixels. */
  TOO_MANY_PIXELS,
  /** {1}: the format the content claims to be, a {@link LocalizableText}. */
  BROKEN,
  /** {1} x {2}: actual size; {3} x {4}: required size, in pixels. */
  TOO_SMALL_TO_READ,
  /** No further placeholders. */
  ENCRYPTED,
  /** {1}: pages in the file; {2}: most pages allowed. */
  TOO_MANY_PAGES,
  /** No further placeholders. */
  ACTIVE_CONTENT,
  /**
   * The malware scanner found something. {1}: the signature's name, for the audit trail only; the
   * message does not show it.
   */
  INFECTED,
  /** The malware scanner did not answer: the file is refused, try again later. No placeholders. */
  SCAN_UNAVAILABLE;

  /** Bundle key of the message, e.g. {@code documents.rejected.WRONG_FORMAT}. */
  public String messageKey() {
    return "documents.rejected." + name();
  }
}
