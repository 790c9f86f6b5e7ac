package id.jht.portal.infrastructure.mail;

import id.jht.portal.infrastructure.document.DocumentStore;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;

/** Sends one mail over SMTP with Jakarta Mail (Angus Mail, provided by the server at run time). */
final class SmtpTransport {

  private static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  private final SmtpSettings settings;

  SmtpTransport(SmtpSettings settings) {
    this.settings = settings;
  }

  void send(MailContent mail) throws MessagingException, IOException {
    Session session = Session.getInstance(settings.sessionProperties());
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    if (mail.hasAttachment() || mail.hasCalendar()) {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      MimeMultipart parts = new MimeMultipart();
      parts.addBodyPart(text);
      if (mail.hasAttachment()) {
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(attachment(mail)));
        file.setFileName(mail.attachmentName());
        parts.addBodyPart(file);
      }
      if (mail.hasCalendar()) {
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(
                    mail.calendar().getBytes(StandardCharsets.UTF_8), CALENDAR_TYPE)));
        calendar.setFileName(mail.calendarName());
        parts.addBodyPart(calendar);
      }
      message.setContent(parts);
    } else {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    }
    message.saveChanges();
    if (settings.user().isPresent()) {
      Transport.send(message, settings.user().get(), settings.password().orElse(""));
    } else {
      Transport.send(message);
    }
  }

  private ByteArrayDataSource attachment(MailContent mail) throws IOException {
    DocumentStore store = new DocumentStore(Path.of(settings.documentsDir()));
    try (InputStream in = store.open(mail.attachmentKey())) {
      return new ByteArrayDataSource(in, contentType(mail.attachmentName()));
    }
  }

  static String contentType(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (name.endsWith(".png")) {
      return "image/png";
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    return "application/octet-stream";
  }
}
