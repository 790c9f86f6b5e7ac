package id.jht.portal.interfaces.web.booking;

import id.jht.portal.interfaces.web.support.SignedCookies;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The booking this browser opened on the status page, as ids only (claim and participant), signed
 * in the cookie {@value #NAME}: no booking code, NIK, KPJ or name, and no HTTP session, so any node
 * answers any request. Valid for {@code portal.participant.idle-minutes} after the last request
 * that renewed it (at most once a minute), like the wizard's participant cookie.
 */
@RequestScoped
public class BookingCookie {

  static final String NAME = "JHT_BOOKING";
  private static final String KIND = "b1";

  @Inject HttpServletRequest request;
  @Inject SignedCookies cookies;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.participant.idle-minutes", defaultValue = "30")
  int idleMinutes;

  private Long claimId;
  private Long participantId;
  private boolean refused;

  @PostConstruct
  void read() {
    Instant now = clock.instant();
    SignedCookies.Reading reading =
        cookies.read(request, NAME, KIND, Duration.ofMinutes(idleMinutes), now);
    refused =
        reading.refused() || reading.isValid() && (reading.id(0) == null || reading.id(1) == null);
    if (reading.isValid() && !refused) {
      claimId = reading.id(0);
      participantId = reading.id(1);
      if (Duration.between(reading.issuedAt(), now).toSeconds() >= 60) {
        store(now);
      }
    }
  }

  /** The booking code and identity matched: this browser may show and change the booking. */
  public void open(Long claimId, Long participantId) {
    this.claimId = claimId;
    this.participantId = participantId;
    store(clock.instant());
  }

  public boolean isOpen() {
    return claimId != null && participantId != null;
  }

  /** The request carried a booking cookie that was forged, damaged or had expired. */
  public boolean wasRefused() {
    return refused;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Long getParticipantId() {
    return participantId;
  }

  /** Forgets the booking: the cookie is removed. */
  public void close() {
    claimId = null;
    participantId = null;
    refused = false;
    HttpServletResponse response = SignedCookies.facesResponse();
    if (response != null) {
      cookies.clear(request, response, NAME);
    }
  }

  private void store(Instant now) {
    HttpServletResponse response = SignedCookies.facesResponse();
    if (response != null && !response.isCommitted()) {
      cookies.write(
          request, response, NAME, KIND, now, claimId.toString(), participantId.toString());
    }
  }
}
