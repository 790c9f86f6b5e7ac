package id.jht.portal.application.admin;

import java.time.LocalDate;

/**
 * Where the dashboard's aggregates come from: a port the persistence layer implements, so the use
 * case holds no SQL.
 */
public interface DashboardFigureSource {

  /** The figures for service days {@code from} to {@code to}, inclusive; a valid range. */
  DashboardFigures figures(LocalDate from, LocalDate to);
}
