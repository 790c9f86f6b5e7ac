package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.branch.Holiday;
import id.jht.portal.domain.model.branch.HolidayCalendar;
import id.jht.portal.domain.model.branch.Holidays;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The national holiday calendar, the single source of the days no branch serves. A holiday added on
 * a day with bookings does not cancel them: the queue board still shows those tickets, and the
 * branch decides what to tell the participants.
 */
@Stateless
public class HolidayAdministration {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;

  @Inject Holidays calendar;
  @Inject HolidayCalendar holidayDates;
  @Inject AdminAccess access;
  @Inject AuditTrail audit;

  public List<HolidayRow> holidays(int year, String clientAddress) {
    access.administrator(clientAddress);
    return calendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .map(h -> new HolidayRow(h.getId(), h.getDate(), h.getNameId(), h.getNameEn()))
        .toList();
  }

  /**
   * Adds a holiday.
   *
   * @throws ValidationFailedException fields {@code date} (missing, out of range, already a
   *     holiday), {@code nameId}, {@code nameEn}
   */
  public long add(LocalDate date, String nameId, String nameEn, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    if (date == null) {
      errors.add("date", Message.of("admin.field.required"));
    } else if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      errors.add(
          "date",
          Message.of(
              "admin.holiday.yearRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)));
    } else if (holidayDates.isHoliday(date)) {
      errors.add("date", Message.of("admin.holiday.duplicate"));
    }
    requireName(errors, "nameId", nameId);
    requireName(errors, "nameEn", nameEn);
    errors.throwIfAny();
    Holiday holiday = new Holiday(date, nameId.strip(), nameEn.strip());
    calendar.add(holiday);
    audit.record(
        caller.actor(), "HOLIDAY_ADD", "HOLIDAY", holiday.getId(), date + " " + nameId.strip());
    return holiday.getId();
  }

  /** Removes a holiday: the date becomes a working day again (if it is a weekday). */
  public void remove(long id, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    Holiday holiday = calendar.find(id).orElse(null);
    if (holiday != null) {
      calendar.remove(holiday);
      audit.record(
          caller.actor(),
          "HOLIDAY_REMOVE",
          "HOLIDAY",
          id,
          holiday.getDate() + " " + holiday.getNameId());
    }
  }

  private static void requireName(
      ValidationFailedException.Collector errors, String field, String name) {
    if (name == null || name.isBlank()) {
      errors.add(field, Message.of("admin.field.required"));
    } else if (name.strip().length() > 120) {
      errors.add(field, Message.of("admin.field.tooLong", 120));
    }
  }
}
