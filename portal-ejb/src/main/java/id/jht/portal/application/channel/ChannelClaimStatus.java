package id.jht.portal.application.channel;

import id.jht.portal.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The states a channel may report for a claim it holds. The first four block a new claim for the
 * same person in every other channel; the others do not. {@link #RELEASED} is set by the portal
 * when the channel deletes its reference.
 */
public enum ChannelClaimStatus {
  /** Started but not yet submitted in that channel (its own kind of pending claim). */
  PENDING(true),
  SUBMITTED(true),
  IN_VERIFICATION(true),
  APPROVED(true),
  PAID(false),
  REJECTED(false),
  CANCELLED(false),
  RELEASED(false);

  public static final String FIELD = "status";

  private final boolean blocking;

  ChannelClaimStatus(boolean blocking) {
    this.blocking = blocking;
  }

  public boolean isBlocking() {
    return blocking;
  }

  /**
   * A status a channel sends (case-insensitive; {@code RELEASED} is the portal's own).
   *
   * @throws InvalidValueException field {@code status}, key {@code pending.api.statusInvalid} with
   *     the accepted values
   */
  public static ChannelClaimStatus parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (ChannelClaimStatus status : values()) {
      if (status != RELEASED && status.name().equals(value)) {
        return status;
      }
    }
    throw InvalidValueException.of(FIELD, "pending.api.statusInvalid", accepted());
  }

  /** The statuses a channel may send, comma-separated. */
  public static String accepted() {
    return Arrays.stream(values())
        .filter(s -> s != RELEASED)
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
