package id.jht.portal.infrastructure.mail;

/** One mail as it is handed to SMTP. */
public record MailContent(
    Long id,
    String recipient,
    String subject,
    String body,
    String attachmentName,
    String attachmentKey,
    String calendarName,
    String calendar) {

  public boolean hasAttachment() {
    return attachmentKey != null && !attachmentKey.isBlank();
  }

  /** Whether an iCalendar file (text, kept in the mail row) goes with the mail. */
  public boolean hasCalendar() {
    return calendar != null && !calendar.isBlank();
  }
}
