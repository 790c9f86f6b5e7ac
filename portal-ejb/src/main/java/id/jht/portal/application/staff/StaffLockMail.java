package id.jht.portal.application.staff;

import id.jht.portal.application.mail.MailOutbox;
import id.jht.portal.application.texts.Texts;
import id.jht.portal.domain.model.staff.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Tells a staff member that their account was locked after repeated failed sign-ins: the sign-in
 * page says nothing about locks (it answers every failure alike), so the owner hears it here, in
 * the caller's transaction, in Indonesian and English.
 */
@Stateless
public class StaffLockMail {

  private static final Texts ADMIN = Texts.of("i18n.admin");
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject MailOutbox outbox;

  public void accountLocked(StaffAccount account, Instant until) {
    String when = UNTIL.format(until);
    outbox.queue(
        account.getEmail(),
        ADMIN.inBoth("admin.staffMail.locked.subject"),
        Texts.bothBodies(
            locale ->
                ADMIN.text(locale, "admin.staffMail.locked.body", account.getUsername(), when)));
  }
}
