package id.jht.portal.application.booking;

import id.jht.portal.application.claim.ClaimBooked;
import id.jht.portal.application.document.DocumentStorage;
import id.jht.portal.application.document.UncommittedFile;
import id.jht.portal.application.mail.MailOutbox;
import id.jht.portal.application.receipt.ReceiptPrinter;
import id.jht.portal.domain.model.claim.Claims;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The participant's e-mails about a booking, queued in the caller's transaction: the confirmation
 * with the PDF receipt and the appointment's calendar file attached (after the submission and after
 * every reschedule) and the notice of a cancellation. A booking that rolls back sends nothing and
 * leaves no receipt behind.
 *
 * <p>The receipt is stored in the document store before the mail row points at it, and the mail
 * sender attaches it from there. A receipt that cannot be made is logged and the mail goes out
 * without it: a mail problem must never undo or block a booking.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class BookingNotifications {

  private static final Logger LOG = Logger.getLogger(BookingNotifications.class.getName());

  @Inject Claims claims;
  @Inject Bookings bookings;
  @Inject MailOutbox outbox;
  @Inject DocumentStorage store;
  @Inject ReceiptPrinter printer;
  @Inject Clock clock;

  @Inject Event<UncommittedFile> uncommitted;

  /**
   * The claim just got its queue number: queues the confirmation e-mail with the receipt. Call it
   * in the submitting transaction, after the ticket is allocated.
   *
   * @return whether a mail was queued (false when the claim has no ticket or no e-mail address)
   */
  public boolean bookingConfirmed(Long claimId) {
    return confirmation(claimId, "confirmed");
  }

  /** The submission booked a claim: in its transaction, so the mail commits with the booking. */
  public void onClaimBooked(@Observes ClaimBooked booked) {
    bookingConfirmed(booked.claimId());
  }

  /** The claim moved to another session or day: the new number, code and receipt. */
  public boolean bookingRescheduled(Long claimId) {
    return confirmation(claimId, "rescheduled");
  }

  /** The participant cancelled the booking, with this reason. */
  public boolean bookingCancelled(Long claimId, String reason) {
    Optional<BookingSnapshot> booking = booking(claimId);
    if (booking.isEmpty()) {
      return false;
    }
    return outbox.queueWithSecrets(
        booking.get().recipient(),
        ConfirmationTexts.subject("cancelled", booking.get()),
        ConfirmationTexts.cancellationBody(booking.get(), reason),
        secrets(booking.get()));
  }

  private boolean confirmation(Long claimId, String kind) {
    Optional<BookingSnapshot> found = booking(claimId);
    if (found.isEmpty() || found.get().recipient() == null || found.get().recipient().isBlank()) {
      return false;
    }
    BookingSnapshot booking = found.get();
    String subject = ConfirmationTexts.subject(kind, booking);
    String body = ConfirmationTexts.confirmationBody(kind, booking);
    Optional<String> receiptKey = storeReceipt(booking);
    return outbox.queue(
        booking.recipient(),
        subject,
        body,
        receiptKey.map(key -> ConfirmationTexts.receiptFileName(booking)).orElse(null),
        receiptKey.orElse(null),
        CalendarInvite.fileName(booking),
        CalendarInvite.of(booking, clock.instant()),
        secrets(booking));
  }

  /** The booking code opens the booking's status page: only the participant may read it. */
  private static List<String> secrets(BookingSnapshot booking) {
    return List.of(booking.bookingCode().formatted(), booking.bookingCode().value());
  }

  private Optional<BookingSnapshot> booking(Long claimId) {
    // No status check: called inside the submission, the claim may still read as a draft there.
    return claims.find(claimId).flatMap(bookings::snapshot);
  }

  /** Renders and stores the receipt; the stored file goes again if the transaction rolls back. */
  private Optional<String> storeReceipt(BookingSnapshot booking) {
    Path work = null;
    try {
      work = Files.createTempFile(store.workDir(), "receipt", ".pdf");
      Files.write(work, printer.render(ConfirmationTexts.receipt(booking, clock.instant())));
      String key = store.store(work);
      uncommitted.fire(new UncommittedFile(key));
      return Optional.of(key);
    } catch (IOException | RuntimeException e) {
      // The claim id only: the booking's details are personal data.
      LOG.log(Level.WARNING, "Receipt of claim " + booking.claimId() + " not attached", e);
      deleteQuietly(work);
      return Optional.empty();
    }
  }

  private static void deleteQuietly(Path work) {
    if (work == null) {
      return;
    }
    try {
      Files.deleteIfExists(work);
    } catch (IOException ignored) {
      // a leftover in the incoming folder holds no reference and is cleaned with the folder
    }
  }
}
