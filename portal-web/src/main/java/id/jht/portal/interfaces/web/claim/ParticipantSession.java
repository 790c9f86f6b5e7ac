package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.identity.IdentityOutcome;
import id.jht.portal.application.identity.IdentityVerificationService;
import id.jht.portal.interfaces.http.BeforeCommitFilter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Who identified in this browser, read from the participant's signed cookie ({@link
 * ParticipantCookies}) on every request: no HTTP session, so any node answers any request and a
 * node that dies takes nothing with it. Ids only; the name and the memberships shown while the
 * identity page waits for a choice are read again from the database. Changes are written back to
 * the cookie once per answer, just before its headers go ({@link BeforeCommitFilter}); a valid
 * cookie is renewed at most once a minute, so it expires after the idle time as a session did.
 */
@RequestScoped
public class ParticipantSession {

  @Inject HttpServletRequest request;
  @Inject ParticipantCookies cookies;
  @Inject IdentityVerificationService identityService;
  @Inject Clock clock;

  private ParticipantPass pass;
  private boolean refused;
  private IdentityOutcome.Confirmed confirmation;
  private boolean confirmationRead;
  private boolean writeScheduled;

  @PostConstruct
  void read() {
    Instant now = clock.instant();
    ParticipantCookies.Read read = cookies.read(request, now);
    pass = read.pass();
    refused = read.refused();
    if (pass != null && Duration.between(pass.issuedAt(), now).toSeconds() >= 60) {
      pass = pass.renewedAt(now);
      store();
    }
  }

  /** The draft (or submitted claim) this browser works on. */
  public void workOn(Long claimId) {
    pass =
        new ParticipantPass(
            pass.participantId(), pass.membershipId(), claimId, pass.choosing(), now());
    store();
  }

  public Long getClaimId() {
    return pass == null ? null : pass.claimId();
  }

  public void chooseMembership(Long membershipId) {
    pass =
        new ParticipantPass(
            pass.participantId(), membershipId, pass.claimId(), pass.choosing(), now());
    store();
  }

  public boolean isIdentified() {
    return pass != null;
  }

  /** The request carried a participant cookie that was forged, damaged or had expired. */
  public boolean wasRefused() {
    return refused;
  }

  public Long getParticipantId() {
    return pass == null ? null : pass.participantId();
  }

  public Long getMembershipId() {
    return pass == null ? null : pass.membershipId();
  }

  /**
   * The identity check just confirmed, while the identity page asks for more (which KPJ; resume or
   * cancel a pending draft): the cookie says only that a choice is awaited, the rest is read again.
   */
  public void awaitChoice(IdentityOutcome.Confirmed confirmed) {
    pass =
        new ParticipantPass(
            confirmed.participantId(), confirmed.membershipId(), null, true, clock.instant());
    confirmation = confirmed;
    confirmationRead = true;
    store();
  }

  public void choiceMade() {
    if (pass != null && pass.choosing()) {
      pass =
          new ParticipantPass(
              pass.participantId(), pass.membershipId(), pass.claimId(), false, now());
      store();
    }
    confirmation = null;
    confirmationRead = true;
  }

  public IdentityOutcome.Confirmed getConfirmation() {
    if (!confirmationRead) {
      confirmationRead = true;
      confirmation =
          pass != null && pass.choosing()
              ? identityService
                  .confirmationOf(pass.participantId(), pass.membershipId())
                  .orElse(null)
              : null;
    }
    return confirmation;
  }

  /** Forgets the participant: the cookie is removed. */
  public void forget() {
    pass = null;
    confirmation = null;
    confirmationRead = true;
    store();
  }

  private Instant now() {
    return clock.instant();
  }

  /**
   * The cookie is written once per answer, with the pass as it is when the headers go (an
   * identification changes it three times: confirmed, draft opened, choice made).
   */
  private void store() {
    HttpServletResponse response = response();
    if (response != null && !writeScheduled) {
      writeScheduled = true;
      BeforeCommitFilter.beforeCommit(request, () -> write(response));
    }
  }

  private void write(HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    if (pass == null) {
      cookies.clear(request, response);
    } else {
      cookies.write(request, response, pass);
    }
  }

  private static HttpServletResponse response() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : (HttpServletResponse) faces.getExternalContext().getResponse();
  }
}
