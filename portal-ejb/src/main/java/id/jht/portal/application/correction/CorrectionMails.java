package id.jht.portal.application.correction;

import id.jht.portal.application.mail.MailOutbox;
import id.jht.portal.application.texts.ChannelName;
import id.jht.portal.domain.model.correction.CorrectionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mails of a correction request's decision, to the registry's address, in Indonesian followed
 * by English; queued in the decision's transaction.
 */
@ApplicationScoped
public class CorrectionMails {

  static final String BUNDLE = "i18n.correction";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  @Inject MailOutbox outbox;

  public void accepted(CorrectionRequest request) {
    send(request, "correction.mail.accepted", null);
  }

  public void refused(CorrectionRequest request) {
    send(request, "correction.mail.refused", request.getRefusalReason());
  }

  private void send(CorrectionRequest request, String key, String reason) {
    String name = request.getParticipant().getFullName();
    String subject =
        text(INDONESIAN, key + ".subject") + " / " + text(Locale.ENGLISH, key + ".subject");
    String body =
        body(INDONESIAN, key, name, request, reason)
            + "\n\n----------------------------------------\n\n"
            + body(Locale.ENGLISH, key, name, request, reason);
    outbox.queue(request.getParticipant().getEmail(), subject, body);
  }

  private static String body(
      Locale locale, String key, String name, CorrectionRequest request, String reason) {
    String letterDate =
        request.getLetterDate() == null
            ? ""
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(request.getLetterDate());
    return text(locale, key + ".body", name, letterDate, reason);
  }

  static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            CorrectionMails.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return new MessageFormat(ChannelName.apply(bundle.getString(key)), locale).format(args);
  }
}
