package id.jht.portal.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what Java's HttpClient will not do: send from another loopback
 * address (127.0.0.2 plays the trusted reverse proxy) and send any {@code Host} header.
 */
public final class RawHttp {

  private RawHttp() {}

  /** A response; header names in lower case. */
  public record Response(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      return values.isEmpty() ? null : values.get(0);
    }

    public List<String> headers(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  /** Posts a form's fields (URL-encoded here) with the cookies given, as a browser would. */
  public static Response postForm(
      String from, String path, String cookies, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send(
        from,
        "POST",
        path,
        Map.of("Cookie", cookies, "Content-Type", "application/x-www-form-urlencoded"),
        body.toString());
  }

  /**
   * Sends one request to the portal under test and reads the whole answer.
   *
   * @param from the local address to send from, e.g. "127.0.0.2"
   * @param headers extra headers in order; a "Host" entry replaces the default one
   * @param body the body, or null
   */
  public static Response send(
      String from, String method, String path, Map<String, String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (body != null) {
      all.put("Content-Length", Integer.toString(content.length));
    }
    return exchange(from, head(method, path, all), content, false);
  }

  private static int port() {
    return Integer.parseInt(System.getProperty("it.http.port", "18080"));
  }

  /** The request line and headers: Host first (unless given), Connection: close. */
  private static byte[] head(String method, String path, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", "localhost:" + port());
    all.putAll(headers);
    all.put("Connection", "close");
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * @param endsEarly whether to half-close after the content: the server answers a head alone, but
   *     closes only once it sees the rest of the declared body will not come
   */
  private static Response exchange(String from, byte[] head, byte[] content, boolean endsEarly) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
      socket.setSoTimeout(30000);
      socket.getOutputStream().write(head);
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      if (endsEarly) {
        socket.shutdownOutput();
      }
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends only a request's head, declaring a body of {@code declaredLength} bytes that never comes:
   * for an answer the server must give from the head alone (a body over its limits).
   */
  public static Response sendHeadOnly(
      String from, String method, String path, Map<String, String> headers, long declaredLength) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Length", Long.toString(declaredLength));
    return exchange(from, head(method, path, all), new byte[0], true);
  }

  private static Response parse(byte[] raw) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(
              lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      body = dechunk(new java.io.ByteArrayInputStream(body));
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int b = in.read(); b != '\n' && b >= 0; b = in.read()) {
        if (b != '\r') {
          size.append((char) b);
        }
      }
      int semicolon = size.indexOf(";");
      String hex = (semicolon < 0 ? size.toString() : size.substring(0, semicolon)).strip();
      if (hex.isEmpty()) {
        return out.toByteArray();
      }
      int n = Integer.parseInt(hex, 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(n));
      in.readNBytes(2);
    }
  }
}
