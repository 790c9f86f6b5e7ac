package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.application.channel.ApiKeys;
import id.jht.portal.application.channel.AuthenticatedChannel;
import id.jht.portal.application.channel.ChannelKeyService;
import id.jht.portal.application.ratelimit.Batched;
import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.domain.shared.Digests;
import id.jht.portal.infrastructure.time.PortalClock;
import id.jht.portal.interfaces.http.ClientAddress;
import id.jht.portal.interfaces.rest.ApiResponses;
import id.jht.portal.interfaces.rest.ApiTexts;
import id.jht.portal.interfaces.rest.ErrorCodes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates the calling channel by its API key ({@code Authorization: Bearer <key>}, compared
 * by SHA-256 with the active channels' keys, remembered for a few seconds by {@link
 * ChannelKeyService}) and applies its rate limit (requests per minute, counted in the cluster's
 * memory so the limit holds across all portal nodes). Nothing here writes to the database. A
 * missing, unknown or revoked key gets 401; a channel over its limit gets 429 with {@code
 * Retry-After}, and so does a client address after {@code portal.api.key-failures-per-window} wrong
 * keys in 10 minutes.
 *
 * <p>Both counts are {@link Batched} rate limits: counted in this node's memory and merged across
 * the nodes every {@code portal.rate-limits.merge-millis}, so a request makes no data-grid
 * operation for them. They are exact for this node's own requests; with n nodes a channel (or a
 * client guessing keys) may pass its limit by what the other n-1 nodes accept within one merge
 * interval, which the limits here (hundreds a minute, twenty wrong keys in ten minutes) bear.
 */
@Provider
@ChannelAuthenticated
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiKeyFilter implements ContainerRequestFilter {

  static final Duration RATE_WINDOW = Duration.ofMinutes(1);

  /** Window of the failed-key count per client address. */
  static final Duration KEY_FAILURE_WINDOW = Duration.ofMinutes(10);

  @Inject ChannelKeyService keys;
  @Inject @Batched RateLimits rateLimits;
  @Inject PortalClock clock;
  @Inject CallingChannel calling;
  @Inject ClientAddress clientAddress;

  @Inject
  @ConfigProperty(name = "portal.api.key-failures-per-window", defaultValue = "20")
  int keyFailuresPerWindow;

  @Override
  public void filter(ContainerRequestContext request) {
    Locale locale = ApiTexts.locale(request.getAcceptableLanguages());
    // Guessing keys: a client with too many wrong keys is refused before any key is compared,
    // so a right guess then teaches it nothing either.
    String failures = "api-key-fail:" + Digests.sha256Hex(clientAddress.get());
    RateLimits.Window failed = rateLimits.peek(failures, KEY_FAILURE_WINDOW, clock.now());
    if (failed.hits() >= keyFailuresPerWindow) {
      long retryAfter = retryAfterSeconds(clock.now(), failed.resetsAt());
      request.abortWith(
          ApiResponses.error(
              429,
              ErrorCodes.RATE_LIMITED,
              locale,
              "pending.api.keyThrottled",
              null,
              Map.of("Retry-After", Long.toString(retryAfter)),
              Long.toString(retryAfter)));
      return;
    }
    Optional<AuthenticatedChannel> channel =
        ApiKeys.fromAuthorization(request.getHeaderString(HttpHeaders.AUTHORIZATION))
            .flatMap(keys::authenticate);
    if (channel.isEmpty()) {
      rateLimits.hit(failures, KEY_FAILURE_WINDOW, clock.now());
      request.abortWith(
          ApiResponses.error(
              401,
              ErrorCodes.UNAUTHORIZED,
              locale,
              "pending.api.unauthorized",
              null,
              Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jht-portal\"")));
      return;
    }
    AuthenticatedChannel authenticated = channel.get();
    Instant now = clock.now();
    RateLimits.Window window = rateLimits.hit(bucket(authenticated), RATE_WINDOW, now);
    if (window.exceeds(authenticated.requestsPerMinute())) {
      long retryAfter = retryAfterSeconds(now, window.resetsAt());
      request.abortWith(
          ApiResponses.error(
              429,
              ErrorCodes.RATE_LIMITED,
              locale,
              "pending.api.rateLimited",
              null,
              Map.of("Retry-After", Long.toString(retryAfter)),
              Integer.toString(authenticated.requestsPerMinute()),
              Long.toString(retryAfter)));
      return;
    }
    calling.authenticated(authenticated);
  }

  private static String bucket(AuthenticatedChannel channel) {
    return "api:" + channel.code();
  }

  /** Whole seconds until the window resets, at least one. */
  static long retryAfterSeconds(Instant now, Instant resetsAt) {
    long millis = Duration.between(now, resetsAt).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
