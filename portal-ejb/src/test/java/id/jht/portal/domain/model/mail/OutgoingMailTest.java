package id.jht.portal.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff read a mail's secrets masked; once sent, the stored copy holds them masked only. */
class OutgoingMailTest {

  private final Instant now = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void theOutboxShowsSecretsMaskedWhileTheSenderStillHasThem() {
    OutgoingMail mail =
        new OutgoingMail(
            "a@example.com", "Kode ABCD-2345", "Kode Anda: 482913. Pesanan ABCD-2345", now);
    mail.keepSecret(List.of("482913", "ABCD-2345"));
    assertEquals(
        "Kode Anda: " + OutgoingMail.MASK + ". Pesanan " + OutgoingMail.MASK, mail.maskedBody());
    assertEquals("Kode " + OutgoingMail.MASK, mail.maskedSubject());
    assertTrue(mail.getBody().contains("482913"), "the sender sends the real code");
  }

  @Test
  void aSentMailKeepsNoSecret() {
    OutgoingMail mail = new OutgoingMail("a@example.com", "Kode", "Kode Anda: 482913", now);
    mail.keepSecret(List.of("482913"));
    mail.markSent(now);
    assertFalse(mail.getBody().contains("482913"), mail.getBody());
    assertEquals(mail.getBody(), mail.maskedBody());
  }

  @Test
  void aSentMailsCalendarAndAttachmentKeepNoSecretEvenWhereALineWasFolded() {
    OutgoingMail mail = new OutgoingMail("a@example.com", "Kode", "Kode ABCD-2345", now);
    mail.attach("tanda-terima.pdf", "receipt-key");
    mail.attachCalendar(
        "antrean.ics",
        "BEGIN:VCALENDAR\r\nUID:ABCD2345@jht-portal\r\nDESCRIPTION:Kode pemesanan AB\r\n"
            + " CD-2345 di cabang\r\nEND:VCALENDAR\r\n");
    mail.keepSecret(List.of("ABCD-2345", "ABCD2345"));
    assertEquals(java.util.Optional.of("receipt-key"), mail.markSent(now));
    assertFalse(mail.getCalendar().contains("2345"), mail.getCalendar());
    assertTrue(mail.getCalendar().contains("DESCRIPTION:Kode pemesanan " + OutgoingMail.MASK));
    assertEquals(null, mail.getAttachmentKey(), "the sent receipt is no longer the mail's");
    assertEquals("tanda-terima.pdf", mail.getAttachmentName());
  }

  @Test
  void shortOrMissingValuesAreNoSecrets() {
    OutgoingMail mail = new OutgoingMail("a@example.com", "S", "a 1 b", now);
    mail.keepSecret(java.util.Arrays.asList(null, "1", ""));
    assertEquals("a 1 b", mail.maskedBody());
  }
}
