package id.jht.portal.application.correction;

import id.jht.portal.application.mail.MailOutbox;
import id.jht.portal.application.texts.Texts;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.model.correction.CorrectionReference;
import id.jht.portal.domain.model.correction.CorrectionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The mails of a correction request's decision, to the registry's address, in Indonesian followed
 * by English; queued in the decision's transaction.
 */
@ApplicationScoped
public class CorrectionMails {

  private static final Texts CORRECTION = Texts.of("i18n.correction");

  @Inject MailOutbox outbox;

  public void accepted(CorrectionRequest request) {
    send(request, prefix(request) + "accepted", null, null);
  }

  public void refused(CorrectionRequest request) {
    send(request, prefix(request) + "refused", request.getRefusalReason(), null);
  }

  /**
   * An identity correction was received: where it waits, and the reference that shows its state (a
   * secret of the recipient's, masked in the outbox).
   */
  public void received(CorrectionRequest request, CorrectionReference reference) {
    send(request, "correction.mail.identity.received", null, reference.shown());
  }

  private static String prefix(CorrectionRequest request) {
    return request.getKind() == CorrectionKind.IDENTITY_DATA
        ? "correction.mail.identity."
        : "correction.mail.";
  }

  private void send(CorrectionRequest request, String key, String reason, String reference) {
    String name = request.getParticipant().getFullName().value();
    String subject = CORRECTION.inBoth(key + ".subject");
    String body = Texts.bothBodies(locale -> body(locale, key, name, request, reason, reference));
    outbox.queueWithSecrets(
        EmailAddress.textOf(request.getParticipant().getEmail()),
        subject,
        body,
        reference == null ? List.of() : List.of(reference));
  }

  /**
   * Arguments: 0 name, 1 letter date, 2 refusal reason, 3 e-KTP name, 4 e-KTP birth date, 5 branch,
   * 6 reference.
   */
  private static String body(
      Locale locale,
      String key,
      String name,
      CorrectionRequest request,
      String reason,
      String reference) {
    return CORRECTION.text(
        locale,
        key + ".body",
        name,
        date(locale, request.getLetterDate()),
        reason,
        request.getClaimedName(),
        date(locale, request.getClaimedBirthDate()),
        request.getParticipant().getHomeBranch().getName(),
        reference);
  }

  private static String date(Locale locale, LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }
}
