package id.jht.portal.interfaces.web.support;

import id.jht.portal.interfaces.http.PortalCookie;
import id.jht.portal.interfaces.http.PublicUrl;
import id.jht.portal.interfaces.http.SealedToken;
import id.jht.portal.interfaces.web.support.KeptMessages.Kept;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie that carries a request's messages to the page it redirects to, so that no HTTP session
 * is needed and any node renders them. The messages may name the participant, so the cookie is
 * sealed (AES-GCM, {@link SealedToken}) with {@code PORTAL_MESSAGES_COOKIE_KEY}, the same on every
 * node; path of the application, HttpOnly, {@code SameSite=Lax}, {@code Secure} behind https. It
 * lives a minute in the browser and is refused after two on the portal's clock (a copied cookie
 * shows nothing later); the page that shows the messages clears it.
 *
 * <p>At most {@link #MAX_VALUE_CHARS} characters: should a request keep more, the most severe
 * messages that fit are kept and the rest dropped, said in the log (never their text).
 */
@ApplicationScoped
public class MessageCookie {

  static final String NAME = "JHT_MESSAGES";
  static final int MAX_VALUE_CHARS = 3000;
  private static final int MAX_AGE_SECONDS = 60;
  private static final Duration VALID_FOR = Duration.ofMinutes(2);
  private static final Logger LOG = Logger.getLogger(MessageCookie.class.getName());

  @Inject
  @ConfigProperty(name = "portal.messages.cookie-key")
  Optional<String> configuredKey;

  @Inject PublicUrl publicUrl;
  @Inject Clock clock;

  private SealedToken sealer;
  private boolean secure;

  @PostConstruct
  void init() {
    sealer =
        new SealedToken(
            PortalCookie.key(
                configuredKey,
                "PORTAL_MESSAGES_COOKIE_KEY",
                "messages shown after a redirect are sealed"),
            NAME);
    secure = publicUrl.isHttps();
  }

  /** Sets the cookie with the messages (as many as fit, the most severe first). */
  void keep(HttpServletRequest request, HttpServletResponse response, List<Kept> messages) {
    List<Kept> fitting = fitting(messages);
    if (!fitting.isEmpty()) {
      String value = sealer.seal(KeptMessages.encode(clock.instant(), fitting));
      response.addCookie(PortalCookie.lax(request, NAME, value, MAX_AGE_SECONDS, secure));
    }
  }

  /** The messages the request's cookie carries, which is cleared; none when absent or refused. */
  List<Kept> take(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> value = PortalCookie.value(request, NAME);
    if (value.isEmpty()) {
      return List.of();
    }
    response.addCookie(PortalCookie.lax(request, NAME, "", 0, secure));
    Instant now = clock.instant();
    return sealer
        .open(value.get())
        .flatMap(KeptMessages::decode)
        .filter(read -> !read.keptAt().isAfter(now.plus(VALID_FOR)))
        .filter(read -> !read.keptAt().plus(VALID_FOR).isBefore(now))
        .map(KeptMessages.Read::messages)
        .orElse(List.of());
  }

  /**
   * The messages that fit, in their order: chosen most severe first, each one left out that would
   * make the cookie too long.
   */
  static List<Kept> fitting(List<Kept> messages) {
    List<Integer> bySeverity =
        IntStream.range(0, messages.size())
            .boxed()
            .sorted(Comparator.comparingInt((Integer i) -> severity(messages.get(i))).reversed())
            .toList();
    boolean[] chosen = new boolean[messages.size()];
    for (int i : bySeverity) {
      chosen[i] = true;
      List<Kept> candidate = chosen(messages, chosen);
      if (candidate.size() > KeptMessages.MAX_MESSAGES
          || SealedToken.length(KeptMessages.encode(Instant.EPOCH, candidate).length)
              > MAX_VALUE_CHARS) {
        chosen[i] = false;
      }
    }
    List<Kept> fitting = chosen(messages, chosen);
    if (fitting.size() < messages.size()) {
      LOG.warning(
          () ->
              "Messages kept over a redirect: "
                  + (messages.size() - fitting.size())
                  + " of "
                  + messages.size()
                  + " did not fit in the cookie and were dropped");
    }
    return fitting;
  }

  private static int severity(Kept kept) {
    return kept.message().getSeverity().getOrdinal();
  }

  private static List<Kept> chosen(List<Kept> messages, boolean[] chosen) {
    return IntStream.range(0, messages.size())
        .filter(i -> chosen[i])
        .mapToObj(messages::get)
        .toList();
  }
}
