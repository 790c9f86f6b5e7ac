package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's figures for a range of service days.
 *
 * @param bookingsPerDay every day of the range, with the bookings for that day (rescheduled-away
 *     tickets not counted: the booking moved)
 * @param quotaUse per branch: the quota of its sessions over the range's working days (overrides
 *     applied) and the numbers issued
 * @param claimsByReason claims booked for days in the range, per reason code
 * @param waitingTimes tickets called, by time from booking to being called
 * @param averageWaitMinutes null when no ticket was called
 */
public record DashboardFigures(
    LocalDate from,
    LocalDate to,
    List<DayCount> bookingsPerDay,
    List<BranchQuotaUse> quotaUse,
    List<ReasonCount> claimsByReason,
    List<WaitingBucket> waitingTimes,
    Double averageWaitMinutes)
    implements Serializable {

  /** The waiting-time bands, shortest first ({@code admin.dashboard.band.*} labels). */
  public static final String[] WAITING_BANDS = {
    "UNDER_1_DAY", "DAYS_1_2", "DAYS_2_3", "DAYS_3_5", "DAYS_5_7", "DAYS_7_PLUS"
  };

  /** Bookings for one service day. */
  public record DayCount(LocalDate date, long count) implements Serializable {}

  /** A branch's quota over the range and the numbers issued. */
  public record BranchQuotaUse(String code, String name, long quota, long issued)
      implements Serializable {

    /** Issued as a percentage of the quota, rounded down; 0 without quota. */
    public int percent() {
      return quota <= 0 ? 0 : (int) (100L * issued / quota);
    }
  }

  /** Claims of one reason (a {@code ClaimReason} name). */
  public record ReasonCount(String reason, long count) implements Serializable {}

  /**
   * Tickets whose wait fell in one band.
   *
   * @param band the band's name: {@code UNDER_1_DAY}, {@code DAYS_1_2}, {@code DAYS_2_3}, {@code
   *     DAYS_3_5}, {@code DAYS_5_7}, {@code DAYS_7_PLUS}
   */
  public record WaitingBucket(String band, long count) implements Serializable {}
}
