package id.jht.portal.interfaces.web.pending;

import id.jht.portal.application.pendingclaim.ClaimLock;
import java.io.Serializable;

/**
 * One claim lock as the component shows it, every text already in the visitor's language. A class
 * with getters because Jakarta EL cannot read record components as properties.
 */
public class LockRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the participant can do about a lock. */
  public enum Remedy {
    /** A claim left in this portal before its queue number: continue it or cancel it here. */
    RESUME_OR_CANCEL,
    /** A claim of this portal with a queue number: keep the appointment or ask the branch. */
    KEEP_APPOINTMENT,
    /** Held by another channel: finish or cancel it there. */
    CONTACT_CHANNEL
  }

  private final Remedy remedy;
  private final String channelName;
  private final String branchName;
  private final String bookingCode;
  private final String since;
  private final String expiresAt;
  private final String message;
  private final String remedyText;

  LockRow(
      Remedy remedy,
      String channelName,
      String branchName,
      String bookingCode,
      String since,
      String expiresAt,
      String message,
      String remedyText) {
    this.remedy = remedy;
    this.channelName = channelName;
    this.branchName = branchName;
    this.bookingCode = bookingCode;
    this.since = since;
    this.expiresAt = expiresAt;
    this.message = message;
    this.remedyText = remedyText;
  }

  /** Which remedy fits the lock: this portal's own pending draft is the only one undone here. */
  static Remedy remedyFor(ClaimLock lock) {
    if (!lock.heldByPortal()) {
      return Remedy.CONTACT_CHANNEL;
    }
    return lock.isResumableDraft() ? Remedy.RESUME_OR_CANCEL : Remedy.KEEP_APPOINTMENT;
  }

  /** The remedy's name, for the page (a CSS hook and test anchor). */
  public String getRemedy() {
    return remedy.name();
  }

  public boolean isResumable() {
    return remedy == Remedy.RESUME_OR_CANCEL;
  }

  public String getChannelName() {
    return channelName;
  }

  public String getBranchName() {
    return branchName;
  }

  public String getBookingCode() {
    return bookingCode;
  }

  public String getSince() {
    return since;
  }

  public String getExpiresAt() {
    return expiresAt;
  }

  public String getMessage() {
    return message;
  }

  public String getRemedyText() {
    return remedyText;
  }
}
