package id.jht.portal.application.admin;

import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The administrators' dashboard: bookings, quota use, claims by reason and waiting times. */
@Stateless
public class DashboardService {

  /** The longest range the dashboard aggregates at once. */
  public static final int MAX_DAYS = 92;

  @Inject DashboardFigureSource source;
  @Inject AdminAccess access;

  /**
   * The figures for service days {@code from} to {@code to}, inclusive.
   *
   * @throws ValidationFailedException field {@code to} when the range is reversed or too long
   */
  public DashboardFigures figures(LocalDate from, LocalDate to, String clientAddress) {
    access.administrator(clientAddress);
    if (from == null || to == null || to.isBefore(from)) {
      throw rangeError(Message.of("admin.dashboard.rangeInvalid"));
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw rangeError(Message.of("admin.dashboard.rangeTooLong", String.valueOf(MAX_DAYS)));
    }
    return source.figures(from, to);
  }

  private static ValidationFailedException rangeError(Message message) {
    return ValidationFailedException.on("to", message);
  }
}
