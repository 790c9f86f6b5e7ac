package id.jht.portal.domain.model.queue;

import id.jht.portal.domain.shared.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a participant can be recorded as not having come: on the booking's service day, once its
 * session has begun, in the branch's time zone. Before that the participant may still come (an
 * officer preparing a later day's claims must not close its ticket by mistake); after the day the
 * ticket belongs to a day that is over, and its claim is settled through the claim's own actions.
 */
public final class NoShowRule {

  private NoShowRule() {}

  /**
   * Why the ticket cannot be marked no-show now; empty when it can.
   *
   * @param sessionStart the session's start, local to the branch; the start of the day when unknown
   */
  public static Optional<Message> refusal(
      LocalDate serviceDate, LocalTime sessionStart, ZoneId zone, Instant now) {
    ZonedDateTime here = now.atZone(zone);
    LocalDate today = here.toLocalDate();
    if (today.isBefore(serviceDate)) {
      return Optional.of(Message.of("queue.noShow.beforeDay", serviceDate));
    }
    if (today.isAfter(serviceDate)) {
      return Optional.of(Message.of("queue.noShow.afterDay", serviceDate));
    }
    LocalTime start = sessionStart == null ? LocalTime.MIDNIGHT : sessionStart;
    if (here.toLocalTime().isBefore(start)) {
      return Optional.of(
          Message.of("queue.noShow.beforeSession", start.toString(), zoneLabel(zone)));
    }
    return Optional.empty();
  }

  private static String zoneLabel(ZoneId zone) {
    return switch (zone.getId()) {
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> "WIB";
    };
  }
}
