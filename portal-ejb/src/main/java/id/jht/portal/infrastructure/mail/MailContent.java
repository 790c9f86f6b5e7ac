package id.jht.portal.infrastructure.mail;

/** One mail as it is handed to SMTP. */
public record MailContent(
    Long id,
    String recipient,
    String subject,
    String body,
    String attachmentName,
    String attachmentKey) {

  public boolean hasAttachment() {
    return attachmentKey != null && !attachmentKey.isBlank();
  }
}
