package id.jht.portal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies nginx = TrustedProxies.parse(" 10.0.0.5, 172.16.0.0/12 ,fd00::/8");

  @Test
  void addressesAndRangesOfBothFamilies() {
    assertTrue(nginx.trusts("10.0.0.5"));
    assertFalse(nginx.trusts("10.0.0.6"));
    assertTrue(nginx.trusts("172.31.255.1"));
    assertFalse(nginx.trusts("172.32.0.1"));
    assertTrue(nginx.trusts("fd12:3456::1"));
    assertTrue(nginx.trusts("[fd00::2]"));
    assertFalse(nginx.trusts("fe80::1"));
    assertTrue(nginx.trusts("::ffff:10.0.0.5"), "an IPv4-mapped address is its IPv4 address");
    assertFalse(nginx.trusts("localhost"), "names are never resolved");
    assertFalse(nginx.trusts(null));
  }

  @Test
  void wrongEntriesStopTheStartUpNamingThem() {
    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.1, nginx"));
    assertTrue(wrong.getMessage().contains("nginx"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("300.0.0.1"));
    assertTrue(TrustedProxies.parse(" , ").isEmpty());
    assertTrue(TrustedProxies.parse(null).isEmpty());
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertEquals(
        "198.51.100.9", TrustedProxies.none().clientOf("198.51.100.9", List.of("203.0.113.1")));
  }

  @Test
  void fromAnUntrustedPeerTheHeaderIsIgnored() {
    assertEquals("198.51.100.9", nginx.clientOf("198.51.100.9", List.of("203.0.113.1")));
  }

  @Test
  void behindATrustedProxyTheRightMostUntrustedEntryIsTheClient() {
    assertEquals("203.0.113.7", nginx.clientOf("10.0.0.5", List.of("203.0.113.7")));
    // The client wrote the left entry itself; nginx appended the address it saw.
    assertEquals("203.0.113.7", nginx.clientOf("10.0.0.5", List.of("1.2.3.4, 203.0.113.7")));
    // Two proxies of ours in a row, and the header split over two lines.
    assertEquals(
        "203.0.113.7", nginx.clientOf("10.0.0.5", List.of("6.6.6.6, 203.0.113.7", "172.20.0.3")));
    assertEquals("2001:db8::7", nginx.clientOf("10.0.0.5", List.of("2001:db8::7")));
  }

  @Test
  void garbageOrOnlyTrustedEntriesFallBackToTheLastTrustedHop() {
    assertEquals("10.0.0.5", nginx.clientOf("10.0.0.5", List.of()));
    assertEquals("10.0.0.5", nginx.clientOf("10.0.0.5", List.of("<script>")));
    assertEquals("172.20.0.3", nginx.clientOf("10.0.0.5", List.of("evil, 172.20.0.3")));
    assertEquals("172.20.0.3", nginx.clientOf("10.0.0.5", List.of("172.20.0.3")));
  }
}
