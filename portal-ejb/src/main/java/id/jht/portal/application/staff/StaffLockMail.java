package id.jht.portal.application.staff;

import id.jht.portal.application.mail.MailOutbox;
import id.jht.portal.domain.model.staff.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Tells a staff member that their account was locked after repeated failed sign-ins: the sign-in
 * page says nothing about locks (it answers every failure alike), so the owner hears it here, in
 * the caller's transaction, in Indonesian and English.
 */
@Stateless
public class StaffLockMail {

  private static final String BUNDLE = "i18n.admin";
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject MailOutbox outbox;

  public void accountLocked(StaffAccount account, Instant until) {
    String when = UNTIL.format(until);
    outbox.queue(
        account.getEmail(),
        text(Locale.forLanguageTag("id"), "admin.staffMail.locked.subject")
            + " / "
            + text(Locale.ENGLISH, "admin.staffMail.locked.subject"),
        text(
                Locale.forLanguageTag("id"),
                "admin.staffMail.locked.body",
                account.getUsername(),
                when)
            + "\n\n----------------------------------------\n\n"
            + text(Locale.ENGLISH, "admin.staffMail.locked.body", account.getUsername(), when));
  }

  private static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
