package id.jht.portal.domain.model.branch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Repository of the national holidays with their names, as administrators keep them. Whether a date
 * is a holiday is asked of {@link HolidayCalendar}.
 */
public interface Holidays {

  /** The holidays from {@code from} to {@code to}, inclusive, by date. */
  List<Holiday> between(LocalDate from, LocalDate to);

  Optional<Holiday> find(long holidayId);

  /** Stores a new holiday and gives it its id. */
  void add(Holiday holiday);

  void remove(Holiday holiday);
}
