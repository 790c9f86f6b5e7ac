package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.DashboardFigureSource;
import id.jht.portal.application.admin.DashboardFigures;
import id.jht.portal.infrastructure.persistence.DatabaseFailure;
import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The dashboard's figures in plain JDBC ({@link DashboardQueries}): a handful of grouped counts
 * over the whole range, which JPQL over the entities would load row by row.
 */
@ApplicationScoped
public class JdbcDashboardFigures implements DashboardFigureSource {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public DashboardFigures figures(LocalDate from, LocalDate to) {
    try (Connection c = dataSource.getConnection()) {
      return new DashboardQueries(c).figures(from, to);
    } catch (SQLException e) {
      throw new DatabaseFailure("compute the dashboard", e);
    }
  }
}
