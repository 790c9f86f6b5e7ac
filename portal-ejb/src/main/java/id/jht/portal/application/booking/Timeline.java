package id.jht.portal.application.booking;

import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The participant's timeline: every recorded event in the order it was recorded (by id, never by
 * time: timestamps are whole seconds), then, while the claim is open, the main stages still to come
 * so the participant sees what happens next.
 */
final class Timeline {

  /** The stages every successful claim passes, in order. */
  static final List<String> MAIN_PATH =
      List.of("SUBMITTED", "QUEUED", "CALLED", "IN_VERIFICATION", "APPROVED", "PAID");

  private Timeline() {}

  /**
   * @param events the claim's events, ordered by id
   */
  static List<TimelineEntry> of(List<ClaimEvent> events, ClaimStatus status) {
    List<TimelineEntry> entries = new ArrayList<>();
    int furthest = -1;
    for (ClaimEvent event : events) {
      entries.add(new TimelineEntry(event.getType(), event.getOccurredAt(), event.getNote(), true));
      furthest = Math.max(furthest, MAIN_PATH.indexOf(event.getType()));
    }
    // The status counts as reached even if no event recorded it (claims written by other channels).
    furthest = Math.max(furthest, MAIN_PATH.indexOf(status.name()));
    if (status.isOpen() && status != ClaimStatus.DRAFT) {
      for (String stage : MAIN_PATH.subList(furthest + 1, MAIN_PATH.size())) {
        entries.add(new TimelineEntry(stage, null, null, false));
      }
    }
    return entries;
  }
}
