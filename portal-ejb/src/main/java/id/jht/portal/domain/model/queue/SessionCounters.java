package id.jht.portal.domain.model.queue;

import java.util.Optional;

/**
 * Repository of the sessions' counter rows ({@code queue_counter}), the rows on which the database
 * decides the allocation's invariants: whoever holds a session's row lock is the only one deciding
 * on its quota and its next number, on any number of portal nodes. Every method works in the
 * caller's transaction; the locks last until it ends.
 */
public interface SessionCounters {

  boolean exists(SessionKey key);

  /**
   * Creates the counter row, issued 0, if the branch has a session with that code; a concurrent
   * creation counts as success. Portable: a plain INSERT, no vendor upsert.
   *
   * @return whether the row exists now
   */
  boolean createForSession(SessionKey key);

  /** Creates the row unless it exists, without asking whether the session exists. */
  void createIfAbsent(SessionKey key);

  /**
   * Locks the counter row ({@code SELECT ... FOR UPDATE}) for the rest of the transaction.
   *
   * @return the counter, or empty when the row does not exist (nothing is locked then)
   */
  Optional<SessionCounter> lock(SessionKey key);

  /**
   * Adds {@code delta} to the numbers issued; only under the row's lock.
   *
   * @throws IllegalStateException if the row is gone
   */
  void changeIssued(SessionKey key, int delta);

  /** Counts one more place given back; takes the row's lock if the caller does not hold it. */
  void release(SessionKey key);
}
