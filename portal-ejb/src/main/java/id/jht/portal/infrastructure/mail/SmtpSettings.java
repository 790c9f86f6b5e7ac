package id.jht.portal.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how mail is delivered. No host configured means no SMTP server: mail is kept in the
 * outbox (status OUTBOX) for administrators to read in the portal.
 */
@ApplicationScoped
public class SmtpSettings {

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@jht-portal.example")
  String from;

  /** Seconds between two runs of the sender on each node. */
  @Inject
  @ConfigProperty(name = "portal.mail.send-interval-seconds", defaultValue = "10")
  int intervalSeconds;

  /** Attempts before a mail is given up as FAILED. */
  @Inject
  @ConfigProperty(name = "portal.mail.max-attempts", defaultValue = "8")
  int maxAttempts;

  /** Mails claimed per batch. */
  @Inject
  @ConfigProperty(name = "portal.mail.batch-size", defaultValue = "20")
  int batchSize;

  /** How long a claimed mail is reserved for the node sending it. */
  @Inject
  @ConfigProperty(name = "portal.mail.claim-seconds", defaultValue = "300")
  int claimSeconds;

  @Inject
  @ConfigProperty(name = "portal.documents.dir", defaultValue = "documents")
  String documentsDir;

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public int intervalSeconds() {
    return Math.max(1, intervalSeconds);
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  public int batchSize() {
    return Math.max(1, batchSize);
  }

  public int claimSeconds() {
    return Math.max(30, claimSeconds);
  }

  public String from() {
    return from;
  }

  public String documentsDir() {
    return documentsDir;
  }

  /** Jakarta Mail session properties; time-outs keep a hanging server from stalling the sender. */
  public Properties sessionProperties() {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host.orElse("").trim());
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.smtp.connectiontimeout", "10000");
    p.setProperty("mail.smtp.timeout", "20000");
    p.setProperty("mail.smtp.writetimeout", "20000");
    p.setProperty("mail.smtp.auth", Boolean.toString(user.isPresent()));
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
    return p;
  }

  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  public Optional<String> password() {
    return password;
  }
}
