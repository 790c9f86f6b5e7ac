package id.jht.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The mails a test's GreenMail received, per recipient, and a wait that has the portal send its
 * outbox ({@code /api/test/mail/send}) until the expected number arrived.
 */
public final class Mails {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Mails() {}

  /** The mails received for {@code address}, oldest first. */
  public static List<MimeMessage> to(GreenMailExtension mail, String address)
      throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
        if (recipient.toString().equalsIgnoreCase(address)) {
          found.add(message);
        }
      }
    }
    return found;
  }

  /** Sends the outbox until {@code count} mails reached {@code address} (30 s at most). */
  public static List<MimeMessage> await(
      GreenMailExtension mail, String baseUrl, String address, int count)
      throws MessagingException, IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<MimeMessage> received = to(mail, address);
    while (received.size() < count && System.nanoTime() < deadline) {
      HttpResponse<String> sent =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "api/test/mail/send"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, sent.statusCode(), sent.body());
      mail.waitForIncomingEmail(2_000, mail.getReceivedMessages().length + 1);
      received = to(mail, address);
    }
    assertEquals(count, received.size(), "mails to " + address);
    return received;
  }
}
