package id.jht.portal.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.model.claim.ClaimEvent;
import id.jht.portal.domain.model.claim.ClaimStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  private static ClaimEvent event(String type, int minutes, String note) {
    return new ClaimEvent(1L, type, T.plusSeconds(60L * minutes), "participant", note);
  }

  private static List<String> types(List<TimelineEntry> entries) {
    return entries.stream().map(TimelineEntry::type).toList();
  }

  @Test
  void aQueuedClaimShowsWhatHappenedThenWhatComes() {
    List<TimelineEntry> timeline =
        Timeline.of(
            List.of(event("SUBMITTED", 0, null), event("QUEUED", 0, "SDA-261123-B017")),
            ClaimStatus.QUEUED);
    assertEquals(
        List.of("SUBMITTED", "QUEUED", "CALLED", "IN_VERIFICATION", "APPROVED", "PAID"),
        types(timeline));
    assertTrue(timeline.get(1).reached());
    assertEquals("SDA-261123-B017", timeline.get(1).note());
    assertEquals(T, timeline.get(1).occurredAt());
    assertFalse(timeline.get(2).reached());
    assertEquals(null, timeline.get(2).occurredAt());
  }

  @Test
  void eventsKeepTheirRecordedOrderIncludingRepeatsAndSideSteps() {
    List<TimelineEntry> timeline =
        Timeline.of(
            List.of(
                event("SUBMITTED", 0, null),
                event("QUEUED", 0, "A"),
                event("RESCHEDULED", 5, "A -> B"),
                event("CALLED", 60, "Meja 2"),
                event("IN_VERIFICATION", 61, null),
                event("DOCUMENTS_REQUESTED", 70, "Foto buram"),
                event("DOCUMENTS_REUPLOADED", 90, null)),
            ClaimStatus.IN_VERIFICATION);
    assertEquals(
        List.of(
            "SUBMITTED",
            "QUEUED",
            "RESCHEDULED",
            "CALLED",
            "IN_VERIFICATION",
            "DOCUMENTS_REQUESTED",
            "DOCUMENTS_REUPLOADED",
            "APPROVED",
            "PAID"),
        types(timeline));
  }

  @Test
  void aClosedClaimHasNothingToCome() {
    List<TimelineEntry> cancelled =
        Timeline.of(
            List.of(
                event("SUBMITTED", 0, null), event("QUEUED", 0, "A"), event("CANCELLED", 9, "x")),
            ClaimStatus.CANCELLED);
    assertEquals(List.of("SUBMITTED", "QUEUED", "CANCELLED"), types(cancelled));
    assertTrue(cancelled.stream().allMatch(TimelineEntry::reached));
  }

  @Test
  void theStatusCountsAsReachedWithoutItsEvent() {
    assertEquals(
        List.of("SUBMITTED", "PAID"),
        types(Timeline.of(List.of(event("SUBMITTED", 0, null)), ClaimStatus.APPROVED)));
  }
}
