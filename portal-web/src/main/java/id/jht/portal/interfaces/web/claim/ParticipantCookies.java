package id.jht.portal.interfaces.web.claim;

import id.jht.portal.interfaces.http.PortalCookie;
import id.jht.portal.interfaces.web.support.SignedCookies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The participant's signed cookie, which stands in for an HTTP session: any node that shares the
 * key ({@code PORTAL_PARTICIPANT_COOKIE_KEY}, Base64 of at least 32 random bytes; {@link
 * SignedCookies} loads it and signs the other participant cookies with it) knows who identified
 * without asking another node. Without a configured key every node signs with a random key of its
 * own, which is right for one node only. HttpOnly, {@code SameSite=Lax}, {@code Secure} behind
 * https; valid for {@code portal.participant.idle-minutes} since the last request that renewed it.
 */
@ApplicationScoped
public class ParticipantCookies {

  static final String NAME = "JHT_PARTICIPANT";

  @Inject
  @ConfigProperty(name = "portal.participant.idle-minutes", defaultValue = "30")
  int idleMinutes;

  @Inject SignedCookies signed;

  /** What the request's cookie says: absent, refused (forged or expired), or a valid pass. */
  Read read(HttpServletRequest request, Instant now) {
    Optional<String> value = PortalCookie.value(request, NAME);
    if (value.isEmpty()) {
      return Read.NONE;
    }
    Optional<ParticipantPass> pass = signed.verify(value.get()).flatMap(ParticipantPass::parse);
    if (pass.isEmpty() || expired(pass.get(), now)) {
      return new Read(null, true);
    }
    return new Read(pass.get(), false);
  }

  private boolean expired(ParticipantPass pass, Instant now) {
    Duration age = Duration.between(pass.issuedAt(), now);
    return age.isNegative() && age.abs().toMinutes() > 5
        || age.compareTo(Duration.ofMinutes(idleMinutes)) > 0;
  }

  void write(HttpServletRequest request, HttpServletResponse response, ParticipantPass pass) {
    response.addCookie(
        PortalCookie.lax(request, NAME, signed.sign(pass.payload()), -1, signed.isSecure()));
  }

  void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(PortalCookie.lax(request, NAME, "", 0, signed.isSecure()));
  }

  /** A cookie's reading: {@code pass} null and {@code refused} false when there was none. */
  record Read(ParticipantPass pass, boolean refused) {
    static final Read NONE = new Read(null, false);
  }
}
