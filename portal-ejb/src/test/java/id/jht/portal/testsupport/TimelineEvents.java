package id.jht.portal.testsupport;

import java.util.List;

/**
 * The event types a claim's timeline records (the {@code claim_event} rows the booking and
 * verification code write as strings), for the bundle tests that check each has its label.
 */
public final class TimelineEvents {

  public static final List<String> TYPES =
      List.of(
          "SUBMITTED",
          "QUEUED",
          "RESCHEDULED",
          "CALLED",
          "NO_SHOW",
          "IN_VERIFICATION",
          "DOCUMENTS_REQUESTED",
          "DOCUMENTS_REUPLOADED",
          "APPROVED",
          "PAID",
          "REJECTED",
          "CANCELLED");

  private TimelineEvents() {}
}
