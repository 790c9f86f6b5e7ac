package id.jht.portal.domain.model.branch;

import java.time.LocalDate;

/** Repository of the national holiday calendar. */
public interface Holidays {

  boolean isHoliday(LocalDate date);
}
