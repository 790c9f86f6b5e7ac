package id.jht.portal.infrastructure.persistence.queue;

import id.jht.portal.domain.model.queue.SessionCounter;
import id.jht.portal.domain.model.queue.SessionCounters;
import id.jht.portal.domain.model.queue.SessionKey;
import id.jht.portal.infrastructure.persistence.JdbcRepository;
import id.jht.portal.infrastructure.persistence.SqlErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The counter rows in native SQL. The lock is the point: {@link #lock} is a {@code SELECT ... FOR
 * UPDATE} on the session's row, so one transaction at a time compares the places taken with the
 * quota and takes the next number, on every node. The statement is written out rather than left to
 * JPA's pessimistic lock mode so that the lock a reader sees here is the lock the database takes,
 * and so that the same code runs on a plain connection in the concurrency test. {@code
 * QuotaOverrides} takes this same lock before an administrator lowers a quota.
 */
@ApplicationScoped
public class JdbcSessionCounters extends JdbcRepository implements SessionCounters {

  private static final String KEY =
      " WHERE branch_id = ? AND service_date = ? AND session_code = ?";

  protected JdbcSessionCounters() {}

  /** On the caller's connection, in the caller's transaction (tests, the bench). */
  public JdbcSessionCounters(Connection connection) {
    super(connection);
  }

  @Override
  public boolean exists(SessionKey key) {
    return run(
        "read the queue counter",
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM queue_counter" + KEY)) {
            bind(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public boolean createForSession(SessionKey key) {
    return run(
        "create the queue counter",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
                      + " SELECT branch_id, ?, session_code, 0 FROM service_session"
                      + " WHERE branch_id = ? AND session_code = ?")) {
            ps.setDate(1, Date.valueOf(key.serviceDate()));
            ps.setLong(2, key.branchId());
            ps.setString(3, key.sessionCode());
            return ps.executeUpdate() == 1;
          } catch (SQLException e) {
            if (SqlErrors.isDuplicateKey(e)) {
              return true;
            }
            throw e;
          }
        });
  }

  @Override
  public void createIfAbsent(SessionKey key) {
    run(
        "create the queue counter",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO queue_counter (branch_id, service_date, session_code, issued)"
                      + " VALUES (?, ?, ?, 0)")) {
            bind(ps, 1, key);
            ps.executeUpdate();
          } catch (SQLException e) {
            if (!SqlErrors.isDuplicateKey(e)) {
              throw e;
            }
          }
          return null;
        });
  }

  @Override
  public Optional<SessionCounter> lock(SessionKey key) {
    return run(
        "lock the queue counter",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT issued, released FROM queue_counter" + KEY + " FOR UPDATE")) {
            bind(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new SessionCounter(rs.getInt(1), rs.getInt(2)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public void changeIssued(SessionKey key, int delta) {
    int changed =
        run(
            "count the issued number",
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("UPDATE queue_counter SET issued = issued + ?" + KEY)) {
                ps.setInt(1, delta);
                bind(ps, 2, key);
                return ps.executeUpdate();
              }
            });
    if (changed != 1) {
      throw new IllegalStateException("queue_counter row vanished under its lock");
    }
  }

  @Override
  public void release(SessionKey key) {
    run(
        "give the place back",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE queue_counter SET released = released + 1" + KEY)) {
            bind(ps, 1, key);
            return ps.executeUpdate();
          }
        });
  }

  private static void bind(PreparedStatement ps, int first, SessionKey key) throws SQLException {
    ps.setLong(first, key.branchId());
    ps.setDate(first + 1, Date.valueOf(key.serviceDate()));
    ps.setString(first + 2, key.sessionCode());
  }
}
