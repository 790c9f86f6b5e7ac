package id.jht.portal.interfaces.web.claim;

import java.time.Instant;
import java.util.Optional;

/**
 * What the participant's signed cookie says, as ids only (no NIK, KPJ, name or other personal data:
 * the browser can read it): who identified, the membership chosen, the draft worked on, whether the
 * identity page still waits for a choice (which KPJ; resume or cancel a pending draft), and when it
 * was issued (it expires when not renewed, as a session would).
 */
record ParticipantPass(
    Long participantId, Long membershipId, Long claimId, boolean choosing, Instant issuedAt) {

  private static final String VERSION = "p1";

  String payload() {
    return String.join(
        "|",
        VERSION,
        text(participantId),
        text(membershipId),
        text(claimId),
        choosing ? "1" : "0",
        Long.toString(issuedAt.getEpochSecond()));
  }

  /** The pass a payload describes; empty when it is not one (an older format, say). */
  static Optional<ParticipantPass> parse(String payload) {
    String[] parts = payload.split("\\|", -1);
    if (parts.length != 6 || !VERSION.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      Long participant = id(parts[1]);
      if (participant == null) {
        return Optional.empty();
      }
      return Optional.of(
          new ParticipantPass(
              participant,
              id(parts[2]),
              id(parts[3]),
              "1".equals(parts[4]),
              Instant.ofEpochSecond(Long.parseLong(parts[5]))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  ParticipantPass renewedAt(Instant now) {
    return new ParticipantPass(participantId, membershipId, claimId, choosing, now);
  }

  private static String text(Long id) {
    return id == null ? "" : id.toString();
  }

  private static Long id(String text) {
    return text.isEmpty() ? null : Long.valueOf(text);
  }
}
