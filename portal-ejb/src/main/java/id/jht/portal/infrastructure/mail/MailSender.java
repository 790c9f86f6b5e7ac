package id.jht.portal.infrastructure.mail;

import id.jht.portal.infrastructure.document.DocumentStore;
import id.jht.portal.infrastructure.time.PortalClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued mail. A non-persistent interval timer fires on every node ({@code
 * portal.mail.send-interval-seconds}, default 10); the database decides which node sends which mail
 * (see {@link OutboxStore}), so a mail goes out once however many nodes run. Failures are retried
 * with exponential back-off until {@code portal.mail.max-attempts}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource TimerService timers;
  @Inject OutboxStore store;
  @Inject SmtpSettings settings;
  @Inject PortalClock clock;

  /** Keeps timer runs on this node from piling up when a run takes longer than the interval. */
  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long interval = Duration.ofSeconds(settings.intervalSeconds()).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail-sender", false));
  }

  @Timeout
  void onTimer() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      sendDueNow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail sender run failed; it will run again", e);
    } finally {
      running.set(false);
    }
  }

  /**
   * Sends every mail due now, batch after batch; safe to call concurrently with the timer and from
   * other nodes.
   *
   * @return how many mails were sent in this call
   */
  public int sendDueNow() {
    Instant now = clock.now();
    if (!settings.isConfigured()) {
      store.keepDueInOutbox(now);
      return 0;
    }
    SmtpTransport transport = new SmtpTransport(settings);
    int sent = 0;
    List<Long> batch;
    do {
      now = clock.now();
      batch = store.claimDue(now, now.plusSeconds(settings.claimSeconds()), settings.batchSize());
      for (Long id : batch) {
        if (sendOne(transport, id)) {
          sent++;
        }
      }
    } while (batch.size() == settings.batchSize());
    return sent;
  }

  private boolean sendOne(SmtpTransport transport, Long id) {
    Optional<MailContent> content = store.content(id);
    if (content.isEmpty()) {
      return false;
    }
    try {
      transport.send(content.get());
    } catch (Exception e) {
      // The error text may contain the recipient's address: it goes to the mail row (read by
      // administrators), the log names the mail by id only.
      LOG.info(() -> "Mail " + id + " not sent (" + e.getClass().getSimpleName() + "), will retry");
      store.markFailed(
          id,
          e.getClass().getSimpleName() + ": " + e.getMessage(),
          clock.now(),
          settings.maxAttempts());
      return false;
    }
    // The receipt left with the mail; its stored copy named the booking code and goes now.
    store.markSent(id, clock.now()).ifPresent(this::deleteSentAttachment);
    return true;
  }

  private void deleteSentAttachment(String key) {
    try {
      new DocumentStore(Path.of(settings.documentsDir())).delete(key);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Sent attachment " + key + " not deleted", e);
    }
  }
}
