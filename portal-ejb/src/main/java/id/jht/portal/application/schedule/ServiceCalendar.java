package id.jht.portal.application.schedule;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.HolidayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A branch's service calendar: working days (Monday to Friday in the branch's zone, not a national
 * holiday), the days a participant can book, and per session and date the quota, the places taken
 * and so the room left. The data comes through {@link BranchSchedules} and {@link HolidayCalendar},
 * in the caller's transaction. Its reads are not locking; {@code TicketAllocator} locks what it
 * decides on.
 */
public final class ServiceCalendar {

  /** How many working days a participant is offered by default. */
  public static final int DEFAULT_DAYS = 10;

  /** A search for working days gives up beyond this (a year of holidays would be a data error). */
  private static final int MAX_SEARCH_DAYS = 366;

  private final BranchSchedules schedules;
  private final HolidayCalendar holidays;

  public ServiceCalendar(BranchSchedules schedules, HolidayCalendar holidays) {
    this.schedules = schedules;
    this.holidays = holidays;
  }

  public Optional<BranchOffice> branch(long id) {
    return schedules.branch(id);
  }

  public Optional<BranchOffice> branch(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return schedules.branchByCode(code.trim().toUpperCase(Locale.ROOT));
  }

  /** The active branches, by code. */
  public List<BranchOffice> activeBranches() {
    return schedules.activeBranches();
  }

  /** Other active branches in the same city or province as {@code branch}, nearest first. */
  public List<BranchOffice> neighbours(BranchOffice branch) {
    List<BranchOffice> found = new ArrayList<>(schedules.activeInCityOrProvince(branch));
    found.sort(
        Comparator.comparingDouble((BranchOffice b) -> branch.distanceKm(b))
            .thenComparing(BranchOffice::getCode));
    return found;
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays(date, date).isWorkingDay(date);
  }

  /**
   * The first {@code count} working days on or after {@code from} at {@code branch}. Holidays are
   * national today; the branch is a parameter so that branch closures can join the rule later
   * without changing callers.
   */
  public List<LocalDate> nextWorkingDays(BranchOffice branch, LocalDate from, int count) {
    if (count <= 0) {
      return List.of();
    }
    LocalDate until = from.plusDays(MAX_SEARCH_DAYS);
    return workingDays(from, until).between(from, until, count);
  }

  public List<LocalDate> nextWorkingDays(BranchOffice branch, LocalDate from) {
    return nextWorkingDays(branch, from, DEFAULT_DAYS);
  }

  /** The days a participant can choose now: from tomorrow in the branch's zone. */
  public List<LocalDate> bookableDays(BranchOffice branch, Instant now, int count) {
    return nextWorkingDays(branch, WorkingDays.firstBookableDay(branch.getZoneId(), now), count);
  }

  /** Whether {@code date} can be booked at {@code now}: a working day, tomorrow or later. */
  public boolean isBookable(BranchOffice branch, LocalDate date, Instant now) {
    return !date.isBefore(WorkingDays.firstBookableDay(branch.getZoneId(), now))
        && isWorkingDay(date);
  }

  /** The branch's sessions on {@code date}, in session-code order, with quota and issued. */
  public List<SessionAvailability> sessions(BranchOffice branch, LocalDate date) {
    return schedules.sessions(branch.getId(), date, null);
  }

  public Optional<SessionAvailability> session(
      BranchOffice branch, LocalDate date, String sessionCode) {
    if (sessionCode == null) {
      return Optional.empty();
    }
    return schedules.sessions(branch.getId(), date, sessionCode).stream().findFirst();
  }

  private WorkingDays workingDays(LocalDate from, LocalDate until) {
    return new WorkingDays(holidays.datesBetween(from, until));
  }
}
