package id.jht.portal.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadLimitsTest {

  private final UploadLimits defaults = UploadLimits.defaults();

  @Test
  void defaultsAreThoseOfTheRealPortal() {
    assertEquals(6L * 1024 * 1024, defaults.maxBytes());
    assertEquals(600, defaults.minWidth());
    assertEquals(400, defaults.minHeight());
    assertEquals(40_000_000L, defaults.maxPixels());
    assertEquals(20, defaults.maxPdfPages());
  }

  @Test
  void minimumSizeHoldsInEitherOrientation() {
    assertTrue(defaults.largeEnough(600, 400));
    assertTrue(defaults.largeEnough(400, 600));
    assertTrue(defaults.largeEnough(4000, 3000));
    assertFalse(defaults.largeEnough(599, 400));
    assertFalse(defaults.largeEnough(600, 399));
    assertFalse(defaults.largeEnough(399, 600));
    assertFalse(defaults.largeEnough(5000, 300));
  }

  @Test
  void pixelLimitCountsWithoutIntegerOverflow() {
    assertTrue(defaults.pixelCountAllowed(8000, 5000));
    assertFalse(defaults.pixelCountAllowed(8001, 5000));
    assertFalse(defaults.pixelCountAllowed(100_000, 100_000));
    assertFalse(defaults.pixelCountAllowed(Integer.MAX_VALUE, Integer.MAX_VALUE));
  }

  @Test
  void nonsensicalLimitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new UploadLimits(0, 600, 400, 1_000_000, 1));
    assertThrows(IllegalArgumentException.class, () -> new UploadLimits(1, 0, 400, 1_000_000, 1));
    assertThrows(IllegalArgumentException.class, () -> new UploadLimits(1, 600, 400, 1000, 1));
    assertThrows(IllegalArgumentException.class, () -> new UploadLimits(1, 600, 400, 1_000_000, 0));
  }
}
