package id.jht.portal.domain.model.claim;

import java.util.List;
import java.util.Optional;

/**
 * Repository of the claims ({@code claim}) and their timelines ({@code claim_event}), in the
 * caller's transaction and persistence context. The locks are the use cases' to choose: a plain
 * read, a row lock on the entity, or a lock on the bare row taken before the entity is loaded
 * ({@link #lockHead}). What must hold under concurrency is decided by the database: one open claim
 * per participant by a unique key ({@link #addDraft} reports its refusal).
 */
public interface Claims {

  /** The claim, read without a lock; empty for {@code null} or an unknown id. */
  Optional<Claim> find(Long claimId);

  /**
   * The claim as {@link #find}, with its participant, membership and branch read in the same
   * statement: for the read-only use cases that show or check them on every wizard page (one query
   * instead of four, bench/FINDINGS.md "Issue 12: CPU per whole claim").
   */
  Optional<Claim> findWithParticipant(Long claimId);

  /** The claim, row-locked for the rest of the transaction. */
  Optional<Claim> findLocked(Long claimId);

  /** Row-locks a claim already read. */
  void lock(Claim claim);

  /**
   * Row-locks a claim already read and reads it again under the lock: what another transaction
   * committed meanwhile becomes visible.
   */
  void refreshLocked(Claim claim);

  /**
   * Raises the claim's version at commit although none of its columns changed: a page that showed
   * the older version is told the claim was changed.
   */
  void touchVersion(Claim claim);

  /** The participant's open claim (draft or submitted), if any. */
  Optional<Claim> openOf(Long participantId);

  /**
   * Stores a new draft, unless the unique open-claim key refuses it (another tab or device started
   * one at the same moment).
   *
   * @return false when refused
   */
  boolean addDraft(Claim draft);

  /** The id of the participant's newest cancelled claim other than {@code exceptClaimId}. */
  Optional<Long> latestCancelled(Long participantId, Long exceptClaimId);

  /** The claim's version, an ordinary read (what a page shows and sends back). */
  int version(long claimId);

  /**
   * Locks the claim's row and returns its branch and current version; empty for an unknown claim.
   * Issued before the entity is loaded, so the entity read afterwards is the committed state.
   */
  Optional<LockedHead> lockHead(long claimId);

  /** Adds an event to the claim's timeline. */
  void addEvent(ClaimEvent event);

  /** The claim's timeline in the order it was written (by id, never by time). */
  List<ClaimEvent> events(long claimId);

  /**
   * Who wrote the claim's latest timeline event, read with a lock: under InnoDB's repeatable read a
   * locking read sees the latest committed row, not the transaction's older snapshot.
   */
  Optional<String> lastActorLocked(long claimId);

  /** The claim row's branch and version, read under its lock. */
  record LockedHead(Long branchId, int version) {}
}
