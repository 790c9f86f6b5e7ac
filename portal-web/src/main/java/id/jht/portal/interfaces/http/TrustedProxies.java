package id.jht.portal.interfaces.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the portal believes, as addresses or CIDR
 * ranges ({@code 10.0.0.5, 172.16.0.0/12, fd00::/8}). Behind a trusted proxy the client is the
 * right-most forwarded entry that is not itself a trusted proxy: every hop appends the address it
 * received the request from, so entries further left were written by the client and prove nothing.
 * From any other peer the header is ignored. Only address literals are read, so a header never
 * causes a DNS lookup. Immutable.
 */
public final class TrustedProxies {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** None trusted: the direct peer is the client. */
  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * Parses a comma-separated list of addresses and CIDR ranges; blanks are ignored.
   *
   * @throws IllegalArgumentException naming the entry that is not an address or range
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(",")) {
        String trimmed = entry.strip();
        if (!trimmed.isEmpty()) {
          ranges.add(
              Range.parse(trimmed)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "not an address or CIDR range in the trusted proxies: " + trimmed)));
        }
      }
    }
    return new TrustedProxies(ranges);
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public boolean trusts(String address) {
    Optional<byte[]> bytes = literal(address);
    return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
  }

  /**
   * The client's address.
   *
   * @param peer the direct peer of the connection ({@code getRemoteAddr()})
   * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
   */
  public String clientOf(String peer, List<String> forwardedFor) {
    if (!trusts(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (literal(hop).isEmpty()) {
        // Garbage only a client can have written: the last hop a trusted proxy vouched for wins.
        return client;
      }
      client = hop;
      if (!trusts(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** The bytes of an IPv4 or IPv6 literal, or empty; never a name lookup. */
  static Optional<byte[]> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String address = text.strip();
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    int zone = address.indexOf('%');
    if (zone >= 0) {
      address = address.substring(0, zone);
    }
    if (IPV4.matcher(address).matches()) {
      String[] parts = address.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(parts[i]);
        if (part > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) part;
      }
      return Optional.of(bytes);
    }
    if (IPV6.matcher(address).matches()) {
      try {
        // A literal containing ':' is parsed, never resolved.
        return Optional.of(InetAddress.getByName(address).getAddress());
      } catch (UnknownHostException | SecurityException notAnAddress) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** One address or CIDR range. IPv4-mapped IPv6 addresses count as their IPv4 address. */
  private record Range(byte[] network, int prefixBits) {

    static Optional<Range> parse(String text) {
      int slash = text.indexOf('/');
      Optional<byte[]> address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address.isEmpty()) {
        return Optional.empty();
      }
      int bits = address.get().length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (bits < 0 || bits > address.get().length * 8) {
          return Optional.empty();
        }
      }
      return Optional.of(new Range(address.get(), bits));
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefixBits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
