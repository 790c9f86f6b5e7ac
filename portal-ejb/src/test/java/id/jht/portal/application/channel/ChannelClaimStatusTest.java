package id.jht.portal.application.channel;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChannelClaimStatusTest {

  private static final String ACCEPTED =
      "PENDING, SUBMITTED, IN_VERIFICATION, APPROVED, PAID, REJECTED, CANCELLED";

  @Test
  void channelsSendStatusesInAnyCase() {
    assertEquals(ChannelClaimStatus.IN_VERIFICATION, ChannelClaimStatus.parse(" in_verification "));
    assertEquals(ChannelClaimStatus.PAID, ChannelClaimStatus.parse("PAID"));
  }

  @Test
  void openStatusesBlockAndFinalOnesDoNot() {
    assertTrue(ChannelClaimStatus.PENDING.isBlocking());
    assertTrue(ChannelClaimStatus.APPROVED.isBlocking());
    assertFalse(ChannelClaimStatus.PAID.isBlocking());
    assertFalse(ChannelClaimStatus.CANCELLED.isBlocking());
    assertFalse(ChannelClaimStatus.RELEASED.isBlocking());
  }

  @Test
  void anUnknownStatusIsRefusedWithTheAcceptedOnesNamed() {
    assertInvalid(
        () -> ChannelClaimStatus.parse("DONE"), "status", "pending.api.statusInvalid", ACCEPTED);
    assertInvalid(
        () -> ChannelClaimStatus.parse(null), "status", "pending.api.statusInvalid", ACCEPTED);
  }

  @Test
  void releasedIsThePortalsOwnStatusNotAChannels() {
    assertInvalid(
        () -> ChannelClaimStatus.parse("RELEASED"),
        "status",
        "pending.api.statusInvalid",
        ACCEPTED);
  }

  @Test
  void referencesAreShortPlainTokens() {
    assertEquals("JMO-2026:000123", ChannelClaimService.validReference("JMO-2026:000123"));
    assertInvalid(
        () -> ChannelClaimService.validReference("a/b"),
        "reference",
        "pending.api.referenceInvalid");
    assertInvalid(
        () -> ChannelClaimService.validReference("x".repeat(65)),
        "reference",
        "pending.api.referenceInvalid");
    assertInvalid(
        () -> ChannelClaimService.validReference(""), "reference", "pending.api.referenceInvalid");
  }
}
