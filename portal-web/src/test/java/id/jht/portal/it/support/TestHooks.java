package id.jht.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The portal's test hooks ({@code /api/test/...}, in {@code interfaces.rest.testsupport} of the
 * test tree, added to the WAR under test by {@link PortalDeployment}): move its clock, send its
 * outbox, run a scheduled job now. Each call fails the test unless the hook answers 200.
 */
public final class TestHooks {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestHooks() {}

  /** Moves the portal's clock by {@code minutes} (back when negative). */
  public static void advanceClockMinutes(long minutes) {
    HttpResponse<String> moved =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        PortalDeployment.baseUrl() + "api/test/clock/advance?minutes=" + minutes))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, moved.statusCode(), moved.body());
  }

  /** POSTs an empty JSON object to {@code /api/test/path}; returns the answer's body. */
  public static String post(String path) {
    return post(path, "{}");
  }

  /** POSTs {@code json} to {@code /api/test/path}; returns the answer's body. */
  public static String post(String path, String json) {
    HttpResponse<String> response = postAnswer(path, json);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response.body();
  }

  /** POSTs {@code json} to {@code /api/test/path}; returns the answer, whatever its status. */
  public static HttpResponse<String> postAnswer(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(PortalDeployment.baseUrl() + "api/test/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
