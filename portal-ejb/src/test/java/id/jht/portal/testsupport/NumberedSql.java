package id.jht.portal.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native SQL with JPA's numbered parameters ({@code ?1}, {@code ?2}, ...) run over plain JDBC, each
 * bound by its number as often as it occurs, as JPA binds them: for the tests that run the portal's
 * native statements on the embedded database.
 */
public final class NumberedSql {

  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  private NumberedSql() {}

  /** The statement with JDBC's plain {@code ?} and every parameter bound by its number. */
  public static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    Matcher m = NUMBERED.matcher(sql);
    List<Integer> order = new ArrayList<>();
    while (m.find()) {
      order.add(Integer.parseInt(m.group(1)));
    }
    PreparedStatement ps = c.prepareStatement(NUMBERED.matcher(sql).replaceAll("?"));
    for (int i = 0; i < order.size(); i++) {
      ps.setObject(i + 1, params[order.get(i) - 1]);
    }
    return ps;
  }

  /** The rows a query selects, each as its columns' values in order. */
  public static List<Object[]> rows(Connection c, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<Object[]> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
