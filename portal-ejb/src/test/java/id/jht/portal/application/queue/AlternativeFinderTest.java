package id.jht.portal.application.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jht.portal.application.queue.Alternative.Kind;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlternativeFinderTest {

  /** Friday 20 November 2026, 10:00 WIB. */
  private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private Connection c;
  private ServiceCalendar calendar;
  private BranchOffice sidoarjo;

  @BeforeEach
  void database() throws SQLException {
    c = MigratedH2.openInMemory("alternatives");
    long sda = branch("SDA", "Sidoarjo", "Jawa Timur", -7.4478, 112.7183);
    long mlg = branch("MLG", "Malang", "Jawa Timur", -7.944, 112.633);
    long sby = branch("SBY", "Surabaya", "Jawa Timur", -7.288, 112.739);
    long jsl = branch("JSL", "Jakarta Pusat", "DKI Jakarta", -6.19, 106.85);
    QueueTestData.insertSession(c, sda, "A", "08:00", 1);
    QueueTestData.insertSession(c, sda, "B", "10:00", 1);
    QueueTestData.insertSession(c, sda, "C", "13:00", 0);
    for (long other : new long[] {mlg, sby, jsl}) {
      QueueTestData.insertSession(c, other, "A", "08:00", 5);
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
              + " VALUES ("
              + sda
              + ", '2026-11-23', 'A', 1)");
    }
    calendar = QueueTestData.calendar(c);
    sidoarjo = calendar.branch("SDA").orElseThrow();
  }

  private long branch(String code, String city, String province, double lat, double lon)
      throws SQLException {
    return QueueTestData.insertBranch(c, code, city, province, "Asia/Jakarta", lat, lon);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void offersAMixOfSameDayLaterDaysAndNearbyBranchesNearestFirst() throws SQLException {
    List<Alternative> found = new AlternativeFinder(calendar, 6).find(sidoarjo, MONDAY, "A", NOW);

    assertEquals(
        List.of(
            "SAME_DAY SDA 2026-11-23 B",
            "LATER_DAY SDA 2026-11-24 A",
            "LATER_DAY SDA 2026-11-25 A",
            "LATER_DAY SDA 2026-11-26 A",
            "OTHER_BRANCH SBY 2026-11-23 A",
            "OTHER_BRANCH MLG 2026-11-23 A"),
        found.stream().map(AlternativeFinderTest::describe).toList());
  }

  @Test
  void fewerPlacesStillGiveEachKindItsShare() throws SQLException {
    List<Alternative> found = new AlternativeFinder(calendar, 3).find(sidoarjo, MONDAY, "A", NOW);
    assertEquals(
        List.of(Kind.SAME_DAY, Kind.LATER_DAY, Kind.OTHER_BRANCH),
        found.stream().map(Alternative::kind).toList());
  }

  @Test
  void forAWeekendTheNearbyBranchesAreOfferedOnTheNextWorkingDay() throws SQLException {
    List<Alternative> found =
        new AlternativeFinder(calendar, 6).find(sidoarjo, LocalDate.of(2026, 11, 21), "A", NOW);
    assertEquals(
        "LATER_DAY SDA 2026-11-23 B", describe(found.get(0)), "Monday A is full, B has room");
    assertEquals("OTHER_BRANCH SBY 2026-11-23 A", describe(found.get(found.size() - 2)));
  }

  private static String describe(Alternative a) {
    return a.kind() + " " + a.branch().getCode() + " " + a.serviceDate() + " " + a.session().code();
  }
}
