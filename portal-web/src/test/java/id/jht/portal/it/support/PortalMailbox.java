package id.jht.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMTP server the portal under test sends its mail to (GreenMail on {@code it.smtp.port}, which
 * the Arquillian configuration gives the portal), one per test class, keeping every mail until the
 * class ends: register it with {@code @RegisterExtension static final PortalMailbox MAIL = new
 * PortalMailbox();}. Adds the look-ups the tests share: the mails to one address, and a wait that
 * has the portal send its outbox now ({@code /api/test/mail/send}) until they arrived.
 */
public final class PortalMailbox extends GreenMailExtension {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  public PortalMailbox() {
    super(
        new ServerSetup(
            Integer.getInteger("it.smtp.port", 13025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    withPerMethodLifecycle(false);
  }

  /** The mails received for {@code address}, oldest first. */
  public List<MimeMessage> to(String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : getReceivedMessages()) {
      for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
        if (recipient.toString().equalsIgnoreCase(address)) {
          found.add(message);
        }
      }
    }
    return found;
  }

  /**
   * Has the portal send its outbox until at least {@code count} mails reached {@code address}, or
   * 30 s passed, and returns the mails to it; the caller asserts what it expects of them.
   */
  public List<MimeMessage> sendOutboxUntil(String address, int count) throws MessagingException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    TestHooks.post("mail/send");
    List<MimeMessage> received = to(address);
    while (received.size() < count && System.nanoTime() < deadline) {
      waitForIncomingEmail(2_000, getReceivedMessages().length + 1);
      received = to(address);
      if (received.size() < count) {
        // A mail queued after the last send (another request still committing) goes with the next.
        TestHooks.post("mail/send");
      }
    }
    return received;
  }

  /** {@link #sendOutboxUntil}, failing unless exactly {@code count} mails reached the address. */
  public List<MimeMessage> await(String address, int count) throws MessagingException {
    List<MimeMessage> received = sendOutboxUntil(address, count);
    assertEquals(count, received.size(), "mails to " + address);
    return received;
  }
}
