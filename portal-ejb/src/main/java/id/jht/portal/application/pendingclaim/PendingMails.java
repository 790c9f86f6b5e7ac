package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.mail.MailOutbox;
import id.jht.portal.application.texts.Texts;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.participant.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails the registry sends to a participant, always to the address in the registry, in
 * Indonesian followed by English (the registry does not know which language a participant reads).
 * Queued in the caller's transaction through {@link MailOutbox}.
 */
@ApplicationScoped
public class PendingMails {

  @Inject MailOutbox outbox;

  public void reminder(Participant participant, BranchOffice branch, Instant expiresAt) {
    send(
        participant,
        "pending.mail.reminder",
        locale ->
            new Object[] {
              participant.getFullName(),
              branch.getName(),
              Texts.dateTime(expiresAt, branch.getZoneId(), locale)
            });
  }

  public void expired(Participant participant, BranchOffice branch) {
    send(
        participant,
        "pending.mail.expired",
        locale -> new Object[] {participant.getFullName(), branch.getName()});
  }

  public void cancelledByOfficer(Participant participant, BranchOffice branch, String reason) {
    send(
        participant,
        "pending.mail.officerCancelled",
        locale -> new Object[] {participant.getFullName(), branch.getName(), reason});
  }

  public void releaseCode(Participant participant, String code, Duration validity) {
    String key = "pending.mail.releaseCode";
    Arguments arguments =
        locale ->
            new Object[] {participant.getFullName(), code, Long.toString(validity.toMinutes())};
    outbox.queueWithSecrets(
        EmailAddress.textOf(participant.getEmail()),
        subject(key),
        body(key, arguments),
        List.of(code));
  }

  /** The code that lifts the identity check's lock at once (identity self-unlock). */
  public void unlockCode(Participant participant, String code, Duration validity) {
    send(
        participant,
        "pending.mail.unlockCode",
        locale ->
            new Object[] {participant.getFullName(), code, Long.toString(validity.toMinutes())});
  }

  public void released(Participant participant) {
    send(participant, "pending.mail.released", locale -> new Object[] {participant.getFullName()});
  }

  public void nothingToRelease(Participant participant) {
    send(
        participant,
        "pending.mail.nothingToRelease",
        locale -> new Object[] {participant.getFullName()});
  }

  private void send(Participant participant, String key, Arguments arguments) {
    outbox.queue(EmailAddress.textOf(participant.getEmail()), subject(key), body(key, arguments));
  }

  static String subject(String key) {
    return LockMessages.PENDING.inBoth(key + ".subject");
  }

  static String body(String key, Arguments arguments) {
    return LockMessages.PENDING.bodiesWithFooter(key, arguments::of, "pending.mail.footer");
  }

  /** The placeholder values of a mail in one language (dates differ by language). */
  @FunctionalInterface
  interface Arguments {
    Object[] of(Locale locale);
  }
}
