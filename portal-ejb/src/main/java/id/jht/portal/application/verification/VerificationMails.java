package id.jht.portal.application.verification;

import id.jht.portal.application.mail.MailOutbox;
import id.jht.portal.application.texts.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails a verification decision sends to the participant, in Indonesian followed by English
 * (the portal does not know which language the participant reads), queued through {@link
 * MailOutbox} in the decision's transaction: a decision that rolls back sends nothing.
 */
@ApplicationScoped
public class VerificationMails {

  /** The verification's texts, then the domain's for the names of documents and reasons. */
  private static final Texts TEXTS = Texts.of("i18n.verification", "i18n.domain");

  @Inject MailOutbox outbox;

  /** A document to upload again and why, as the officer wrote it. */
  public record Reupload(String documentType, String reason) {}

  /**
   * Asks the participant to upload documents again on the status page.
   *
   * @return false when the participant has no usable e-mail address (nothing was queued)
   */
  public boolean documentsRequested(
      String recipient,
      String participantName,
      String ticketNumber,
      String bookingCode,
      String branchName,
      List<Reupload> documents) {
    return send(
        recipient,
        "verification.mail.documentsRequested",
        locale ->
            new Object[] {
              participantName,
              ticketNumber,
              bookingCode,
              branchName,
              documentLines(locale, documents)
            });
  }

  /** Tells the participant the claim was approved and payment follows. */
  public boolean approved(
      String recipient, String participantName, String ticketNumber, Long payableAmount) {
    String amount = rupiah(payableAmount == null ? 0L : payableAmount);
    return send(
        recipient,
        "verification.mail.approved",
        locale -> new Object[] {participantName, ticketNumber, amount});
  }

  /** Tells the participant the claim was rejected, with the officer's reason. */
  public boolean rejected(
      String recipient, String participantName, String ticketNumber, String reason) {
    return send(
        recipient,
        "verification.mail.rejected",
        locale -> new Object[] {participantName, ticketNumber, reason});
  }

  private boolean send(String recipient, String key, Arguments arguments) {
    return outbox.queue(recipient, subject(key), body(key, arguments));
  }

  static String subject(String key) {
    return TEXTS.inBoth(key + ".subject");
  }

  static String body(String key, Arguments arguments) {
    return TEXTS.bodiesWithFooter(key, arguments::of, "verification.mail.footer");
  }

  /** One line per document: its name in the mail's language and the officer's reason. */
  static String documentLines(Locale locale, List<Reupload> documents) {
    StringBuilder lines = new StringBuilder();
    for (Reupload document : documents) {
      if (lines.length() > 0) {
        lines.append('\n');
      }
      lines.append(
          TEXTS.text(
              locale,
              "verification.mail.documentLine",
              TEXTS.text(locale, "document." + document.documentType()),
              document.reason()));
    }
    return lines.toString();
  }

  /** "Rp 35.420.150", the same in both languages. */
  static String rupiah(long amount) {
    return "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(amount);
  }

  /** The placeholder values of a mail in one language (document names differ by language). */
  @FunctionalInterface
  interface Arguments {
    Object[] of(Locale locale);
  }
}
