package id.jht.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The participant's connection, through Chrome DevTools' network conditions: a phone's 3G line, a
 * cut, and the bytes of chunked uploads the portal received (counted on the server, so what the
 * browser really got across).
 */
public final class Network {

  private static final Pattern RECEIVED = Pattern.compile("\"receivedBytes\"\\s*:\\s*\"(\\d+)\"");

  private Network() {}

  /** "Good 3G": about 1.5 Mbit/s down, 750 kbit/s up, 40 ms latency. */
  public static void goodThreeG(ChromeDriver driver) {
    throttle(driver, 40, 1_500_000, 750_000);
  }

  /** A line of the given latency and speeds, in bits per second. */
  public static void throttle(ChromeDriver driver, int latencyMs, long downBits, long upBits) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            false,
            "latency",
            latencyMs,
            "downloadThroughput",
            downBits / 8,
            "uploadThroughput",
            upBits / 8));
  }

  /** The connection is gone: every request in flight or sent fails. */
  public static void offline(ChromeDriver driver) {
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  public static void unthrottled(ChromeDriver driver) {
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Chunk bytes the portal received since it started, resent chunks included. */
  public static long chunkBytesReceived(String base) {
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "api/test/upload-chunks/received-bytes"))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      Matcher m = RECEIVED.matcher(answer.body());
      if (answer.statusCode() != 200 || !m.find()) {
        throw new IllegalStateException("no chunk count: " + answer.statusCode() + answer.body());
      }
      return Long.parseLong(m.group(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
