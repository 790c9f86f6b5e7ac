package id.jht.portal.application.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rule for service days, free of any database: Monday to Friday, except national holidays. A
 * date has a weekday of its own; the time zone matters for what "today" is at a branch, which near
 * midnight differs between WIB, WITA and WIT.
 */
public final class WorkingDays {

  private final Set<LocalDate> holidays;

  public WorkingDays(Collection<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * The first {@code count} working days on or after {@code from}, as far as {@code until}
   * (inclusive): the holidays known to this instance must cover that range.
   */
  public List<LocalDate> between(LocalDate from, LocalDate until, int count) {
    List<LocalDate> days = new ArrayList<>(count);
    for (LocalDate d = from; !d.isAfter(until) && days.size() < count; d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /** The branch's calendar date at {@code now}. */
  public static LocalDate today(ZoneId zone, Instant now) {
    return LocalDate.ofInstant(now, zone);
  }

  /**
   * The earliest date a participant can book at a branch: the next day in the branch's zone (the
   * verification call needs an officer's day planned in advance; same-day slots are not offered).
   */
  public static LocalDate firstBookableDay(ZoneId zone, Instant now) {
    return today(zone, now).plusDays(1);
  }
}
