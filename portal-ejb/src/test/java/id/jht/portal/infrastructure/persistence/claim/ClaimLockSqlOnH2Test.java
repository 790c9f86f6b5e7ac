package id.jht.portal.infrastructure.persistence.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.testsupport.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The claim row lock of every decision on the embedded database (H2 2.2, MODE=LEGACY) after all
 * migrations; the integration test runs it on MariaDB.
 */
class ClaimLockSqlOnH2Test {

  @Test
  void theLockReturnsBranchAndVersionAndNothingForAnUnknownClaim() throws Exception {
    String url = MigratedH2.onFile("h2-verification");
    try (Connection c = MigratedH2.connect(url)) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO branch_office (id, code, name, address, city, province, time_zone,"
                + " latitude, longitude, active, version) VALUES (7, 'SDA', 'Sidoarjo', 'Jl',"
                + " 'Sidoarjo', 'Jawa Timur', 'Asia/Jakarta', 0, 0, TRUE, 1)");
        s.execute(
            "INSERT INTO participant (id, nik, full_name, birth_place, birth_date, gender,"
                + " mother_maiden_name, home_branch_id, failed_attempts, version) VALUES (1,"
                + " '3515011501900001', 'Budi', 'Sidoarjo', '1990-01-15', 'M', 'Siti', 7, 0, 1)");
        s.execute(
            "INSERT INTO membership (id, participant_id, kpj, employer_name, membership_start,"
                + " status, balance, partial_other_taken, partial_housing_taken, version) VALUES"
                + " (1, 1, '12345678901', 'PT', '2015-01-01', 'NON_ACTIVE', 1000, FALSE, FALSE,"
                + " 1)");
        s.execute(
            "INSERT INTO claim (id, participant_id, membership_id, open_participant_id, status,"
                + " step_reached, branch_id, declaration_accepted, created_at, last_activity_at,"
                + " abandon_count, version) VALUES (10, 1, 1, 1, 'IN_VERIFICATION', 7, 7, TRUE,"
                + " '2026-03-02 04:00:00', '2026-03-02 04:10:00', 0, 4)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(JpaClaims.LOCK_HEAD)) {
        ps.setLong(1, 10L);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(7L, rs.getLong(1));
          assertEquals(4, rs.getInt(2));
        }
        ps.setLong(1, 11L);
        try (ResultSet rs = ps.executeQuery()) {
          assertFalse(rs.next());
        }
      }
      c.rollback();
    }
  }
}
