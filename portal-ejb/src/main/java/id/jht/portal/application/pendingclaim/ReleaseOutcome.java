package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.shared.Message;

/**
 * The answer to a release attempt. On refusal it never says why (unknown NIK, data mismatch, wrong,
 * used or expired code all read alike), so the page cannot be used to learn whether a NIK exists.
 *
 * @param released true when the code was right and the participant's pending claims are released
 * @param recordsReleased how many OPEN records were closed (0 when only a draft was cancelled)
 * @param message what to show: {@code pending.release.released} or {@code pending.release.refused}
 */
public record ReleaseOutcome(boolean released, int recordsReleased, Message message) {

  static ReleaseOutcome released(int records) {
    return new ReleaseOutcome(true, records, Message.of("pending.release.released"));
  }

  static ReleaseOutcome refused() {
    return new ReleaseOutcome(false, 0, Message.of("pending.release.refused"));
  }
}
