package id.jht.portal.domain.model.mail;

import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A mail queued in the same transaction as the change it reports, so sending can never block or
 * undo a submission. A sender picks due mails up and retries failures with back-off.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends VersionedEntity {

  /** Delivery state. */
  public enum Status {
    PENDING,
    SENT,
    FAILED,
    /** No SMTP server configured: kept for administrators to read in the portal. */
    OUTBOX
  }

  private String recipient;
  private String subject;
  private String body;
  private String attachmentName;
  private String attachmentKey;
  private String calendarName;

  /** An iCalendar file sent with the mail: small text, so kept in the row itself. */
  @Column(name = "calendar_ics")
  private String calendar;

  private String status;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant createdAt;
  private Instant sentAt;
  private String lastError;

  /** The secret parts of subject and body, one per line, until the mail is sent; then null. */
  private String secretValues;

  /** What a secret reads as in the outbox and in a sent mail's stored copy. */
  public static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";

  protected OutgoingMail() {}

  public OutgoingMail(String recipient, String subject, String body, Instant now) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body.length() <= 8000 ? body : body.substring(0, 8000);
    this.status = Status.PENDING.name();
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** Sends an iCalendar file (the text of an {@code .ics}) along, under this file name. */
  public void attachCalendar(String name, String ics) {
    this.calendarName = name;
    this.calendar = ics;
  }

  public String getCalendarName() {
    return calendarName;
  }

  public String getCalendar() {
    return calendar;
  }

  /**
   * Marks values in subject and body as secrets only the recipient may read (one-time codes,
   * booking codes): {@link #maskedSubject()} and {@link #maskedBody()} hide them, and {@link
   * #markSent} removes them from the stored mail for good.
   */
  public void keepSecret(List<String> values) {
    List<String> kept = values.stream().filter(v -> v != null && v.length() >= 4).toList();
    secretValues = kept.isEmpty() ? null : String.join("\n", kept);
  }

  /** The subject as staff may read it. */
  public String maskedSubject() {
    return mask(subject);
  }

  /** The body as staff may read it. */
  public String maskedBody() {
    return mask(body);
  }

  private String mask(String text) {
    if (secretValues == null || text == null) {
      return text;
    }
    String masked = text;
    for (String secret : secretValues.split("\n")) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  public void attach(String name, String storageKey) {
    this.attachmentName = name;
    this.attachmentKey = storageKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getAttachmentName() {
    return attachmentName;
  }

  public String getAttachmentKey() {
    return attachmentKey;
  }

  public Status getStatus() {
    return Status.valueOf(status);
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }

  /**
   * Sent: from now on only the recipient's copy holds the secrets. Subject, body and calendar file
   * keep them masked; the attached file (a receipt naming the booking code) is no longer the
   * mail's: the returned key names the stored file the caller deletes once this is committed.
   *
   * @return the storage key of the attachment that was sent, if any
   */
  public Optional<String> markSent(Instant now) {
    subject = mask(subject);
    body = mask(body);
    // Unfolded first: folding (RFC 5545, 75 octets a line) may have cut a code in two. The stored
    // copy is never sent again, so its long lines harm no reader.
    calendar = calendar == null ? null : mask(calendar.replace("\r\n ", "").replace("\r\n\t", ""));
    String sentAttachment = attachmentKey;
    attachmentKey = null;
    secretValues = null;
    status = Status.SENT.name();
    sentAt = now;
    attempts++;
    return Optional.ofNullable(sentAttachment);
  }

  public void keepInOutbox() {
    status = Status.OUTBOX.name();
  }

  /** Retries with exponential back-off; gives up after {@code maxAttempts}. */
  public void markFailed(String error, Instant now, int maxAttempts) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    if (attempts >= maxAttempts) {
      status = Status.FAILED.name();
    } else {
      nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts, 10)));
    }
  }
}
