package id.jht.portal.domain.model.queue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The queue tickets as entities, for the use cases that read or close a claim's ticket together
 * with the claim itself, in the caller's persistence context. The allocation and the officers'
 * calls work on the same rows through {@link QueueTickets} (plain SQL), so a reader that must see
 * their latest changes reads the ticket fresh ({@link #latestFresh}).
 */
public interface ClaimTickets {

  Optional<QueueTicket> find(long ticketId);

  /** The claim's newest ticket (a rescheduled claim has several), read without a lock. */
  Optional<QueueTicket> latest(long claimId);

  /** The same, read again from the database (not from the persistence context's copy). */
  Optional<QueueTicket> latestFresh(long claimId);

  /** The same, row-locked by the query itself (a locking read: the latest committed row). */
  Optional<QueueTicket> latestLocked(long claimId);

  /** Row-locks a ticket already read and reads it again under the lock. */
  void refreshLocked(QueueTicket ticket);

  /** The ticket holding this booking code (current or from before a reschedule). */
  Optional<QueueTicket> byBookingCode(String bookingCode);

  /** How many tickets wait before this sequence number in the branch's session on that day. */
  int waitingBefore(long branchId, LocalDate serviceDate, String sessionCode, int sequenceNo);
}
