package id.jht.portal.application.pendingclaim;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a draft counts as abandoned, when its record expires and when the participant is reminded.
 * All instants are whole seconds, as the database stores them.
 *
 * @param abandonAfter inactivity after which a draft is abandoned (30 minutes by default)
 * @param expireAfter lifetime of an OPEN record (14 days by default)
 * @param remindBefore how long before expiry the participant is reminded (2 days by default)
 */
public record AbandonmentRules(Duration abandonAfter, Duration expireAfter, Duration remindBefore) {

  /** Longest stretch of last-activity times one detector query covers. */
  static final Duration SCAN_WINDOW = Duration.ofHours(1);

  public AbandonmentRules {
    Objects.requireNonNull(abandonAfter, "abandonAfter");
    Objects.requireNonNull(expireAfter, "expireAfter");
    Objects.requireNonNull(remindBefore, "remindBefore");
    if (abandonAfter.isNegative() || abandonAfter.isZero()) {
      throw new IllegalArgumentException("abandonAfter must be positive");
    }
    if (expireAfter.isNegative() || expireAfter.isZero()) {
      throw new IllegalArgumentException("expireAfter must be positive");
    }
    if (remindBefore.isNegative()) {
      throw new IllegalArgumentException("remindBefore must not be negative");
    }
  }

  /** Drafts whose last activity is at or before this instant are abandoned at {@code now}. */
  public Instant idleCutoff(Instant now) {
    return seconds(now).minus(abandonAfter);
  }

  public boolean isAbandoned(Instant lastActivity, Instant now) {
    return !seconds(lastActivity).isAfter(idleCutoff(now));
  }

  public Instant expiresAt(Instant createdAt) {
    return seconds(createdAt).plus(expireAfter);
  }

  /** Records expiring after {@code now} and at or before this instant are due for a reminder. */
  public Instant reminderHorizon(Instant now) {
    return seconds(now).plus(remindBefore);
  }

  public boolean isReminderDue(Instant expiresAt, Instant now) {
    return expiresAt.isAfter(seconds(now)) && !expiresAt.isAfter(reminderHorizon(now));
  }

  public boolean isExpired(Instant expiresAt, Instant now) {
    return !expiresAt.isAfter(seconds(now));
  }

  /**
   * The intervals of last-activity times a detector run scans, from the mark where the previous run
   * stopped (exclusive) to the idle cutoff (inclusive), cut into stretches of at most {@link
   * #SCAN_WINDOW} so that a long pause (a stopped portal) is caught up in bounded queries.
   *
   * @param maxWindows at most this many intervals in one run; the next run goes on from there
   */
  public List<Window> scanWindows(Instant mark, Instant now, int maxWindows) {
    Instant cutoff = idleCutoff(now);
    List<Window> windows = new ArrayList<>();
    Instant from = seconds(mark);
    while (from.isBefore(cutoff) && windows.size() < maxWindows) {
      Instant to = from.plus(SCAN_WINDOW);
      if (to.isAfter(cutoff)) {
        to = cutoff;
      }
      windows.add(new Window(from, to));
      from = to;
    }
    return windows;
  }

  /** Last-activity times after {@code fromExclusive} and at or before {@code toInclusive}. */
  public record Window(Instant fromExclusive, Instant toInclusive) {}

  private static Instant seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }
}
