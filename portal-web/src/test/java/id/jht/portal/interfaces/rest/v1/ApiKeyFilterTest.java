package id.jht.portal.interfaces.rest.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyFilterTest {

  private static final Instant RESET = Instant.parse("2026-03-02T05:01:00Z");

  @Test
  void retryAfterRoundsUpToWholeSecondsAndIsNeverZero() {
    assertEquals(17, ApiKeyFilter.retryAfterSeconds(RESET.minusSeconds(17), RESET));
    assertEquals(17, ApiKeyFilter.retryAfterSeconds(RESET.minusMillis(16_001), RESET));
    assertEquals(1, ApiKeyFilter.retryAfterSeconds(RESET.minusMillis(1), RESET));
    assertEquals(1, ApiKeyFilter.retryAfterSeconds(RESET, RESET));
  }
}
