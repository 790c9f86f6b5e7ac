package id.jht.portal.domain.model.branch;

import java.time.LocalDate;
import java.util.List;

/**
 * The one lookup of national holidays by date, for the service calendar and for whoever asks
 * whether a date is a holiday. The holidays themselves, with their names, are kept through {@link
 * Holidays}.
 */
public interface HolidayCalendar {

  /** The holiday dates from {@code from} to {@code to}, inclusive, in date order. */
  List<LocalDate> datesBetween(LocalDate from, LocalDate to);

  default boolean isHoliday(LocalDate date) {
    return !datesBetween(date, date).isEmpty();
  }
}
