package id.jht.portal.infrastructure.persistence.schedule;

import id.jht.portal.domain.model.branch.HolidayCalendar;
import id.jht.portal.infrastructure.persistence.JdbcRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The holiday dates from table {@code holiday}. */
@ApplicationScoped
public class JdbcHolidayCalendar extends JdbcRepository implements HolidayCalendar {

  protected JdbcHolidayCalendar() {}

  /** On the caller's connection (tests, the bench). */
  public JdbcHolidayCalendar(Connection connection) {
    super(connection);
  }

  @Override
  public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
    return run(
        "read the holidays",
        c -> {
          List<LocalDate> dates = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT holiday_date FROM holiday WHERE holiday_date BETWEEN ? AND ?"
                      + " ORDER BY holiday_date")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                dates.add(rs.getObject(1, LocalDate.class));
              }
            }
          }
          return dates;
        });
  }
}
