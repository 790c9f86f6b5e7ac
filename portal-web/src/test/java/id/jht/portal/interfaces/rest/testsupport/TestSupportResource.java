package id.jht.portal.interfaces.rest.testsupport;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.channel.ChannelKeyService;
import id.jht.portal.application.channel.IssuedKey;
import id.jht.portal.application.pendingclaim.OfficerCancelOutcome;
import id.jht.portal.application.pendingclaim.PendingClaimReleaseService;
import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.application.pendingclaim.PendingClaimSweep;
import id.jht.portal.application.pendingclaim.ReleaseOutcome;
import id.jht.portal.application.pendingclaim.SweepResult;
import id.jht.portal.application.ratelimit.RateLimits;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.model.staff.StaffAccount;
import id.jht.portal.infrastructure.mail.MailSender;
import id.jht.portal.infrastructure.time.PortalClock;
import id.jht.portal.infrastructure.upload.ChunkedUploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test hooks; all 404 unless the clock is adjustable (test runs only). Bodies and answers are flat
 * JSON objects of strings, so the tests need no classes of their own.
 */
@Path("test")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestSupportResource {

  private static final AuditTrail.Actor TEST_ADMIN =
      new AuditTrail.Actor("it-admin", "ADMINISTRATOR", null, "127.0.0.1");

  @Inject PortalClock clock;
  @Inject PendingClaimSweep sweep;
  @Inject MailSender mailSender;
  @Inject PendingClaimReleaseService release;
  @Inject PendingClaimService pendingClaims;
  @Inject ChannelKeyService channels;
  @Inject RateLimits rateLimits;
  @Inject ChunkedUploads chunkedUploads;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @GET
  @Path("clock")
  @Operation(hidden = true)
  public Map<String, String> clock() {
    guard();
    return Map.of(
        "now", clock.now().toString(), "offsetSeconds", Long.toString(clock.offset().getSeconds()));
  }

  /** Chunk bytes this node received since start-up, resent ones included: what browsers sent. */
  @GET
  @Path("upload-chunks/received-bytes")
  @Operation(hidden = true)
  public Map<String, String> chunkBytesReceived() {
    guard();
    return Map.of("receivedBytes", Long.toString(chunkedUploads.receivedBytes()));
  }

  @POST
  @Path("clock/advance")
  @Operation(hidden = true)
  public Map<String, String> advance(@QueryParam("minutes") long minutes) {
    guard();
    clock.advance(Duration.ofMinutes(minutes));
    return clock();
  }

  /**
   * A bucket's count in its current window, or in the window {@code windowsBack} windows earlier
   * (the counters live in the cluster's memory).
   */
  @GET
  @Path("rate-limits")
  @Operation(hidden = true)
  public Map<String, String> rateLimit(
      @QueryParam("bucket") String bucket,
      @QueryParam("windowMinutes") long windowMinutes,
      @QueryParam("windowsBack") long windowsBack) {
    guard();
    Duration length = Duration.ofMinutes(windowMinutes);
    RateLimits.Window window =
        rateLimits.peek(bucket, length, clock.now().minus(length.multipliedBy(windowsBack)));
    return Map.of("hits", Long.toString(window.hits()), "resetsAt", window.resetsAt().toString());
  }

  @POST
  @Path("pending-detector/run")
  @Operation(hidden = true)
  public Map<String, String> runDetector() {
    guard();
    SweepResult result = sweep.runOnce();
    return Map.of(
        "detected", Integer.toString(result.detected()),
        "reminded", Integer.toString(result.reminded()),
        "expired", Integer.toString(result.expired()),
        "failed", Integer.toString(result.failed()));
  }

  @POST
  @Path("mail/send")
  @Operation(hidden = true)
  public Map<String, String> sendMail() {
    guard();
    return Map.of("sent", Integer.toString(mailSender.sendDueNow()));
  }

  @POST
  @Path("release/request")
  @Operation(hidden = true)
  public Map<String, String> requestCode(Map<String, String> body) {
    guard();
    var answer =
        release.requestReleaseCode(
            body.get("nik"), body.get("kpj"), LocalDate.parse(body.get("birthDate")));
    return Map.of("message", answer.key());
  }

  @POST
  @Path("release/confirm")
  @Operation(hidden = true)
  public Map<String, String> confirmCode(Map<String, String> body) {
    guard();
    ReleaseOutcome outcome =
        release.releaseWithCode(
            body.get("nik"),
            body.get("kpj"),
            LocalDate.parse(body.get("birthDate")),
            body.get("code"));
    return Map.of(
        "released", Boolean.toString(outcome.released()),
        "records", Integer.toString(outcome.recordsReleased()),
        "message", outcome.message().key());
  }

  @POST
  @Path("channels")
  @Operation(hidden = true)
  public Map<String, String> createChannel(Map<String, String> body) {
    guard();
    return issued(
        channels.create(
            body.get("code"),
            body.get("nameId"),
            body.get("nameEn"),
            Integer.parseInt(body.get("requestsPerMinute")),
            TEST_ADMIN));
  }

  @POST
  @Path("channels/{code}/rotate")
  @Operation(hidden = true)
  public Map<String, String> rotate(@PathParam("code") String code) {
    guard();
    return issued(channels.rotate(code, TEST_ADMIN));
  }

  @POST
  @Path("channels/{code}/revoke")
  @Operation(hidden = true)
  public Map<String, String> revoke(@PathParam("code") String code) {
    guard();
    channels.revoke(code, TEST_ADMIN);
    return Map.of("revoked", code);
  }

  @POST
  @Path("pending-claims/{id}/officer-cancel")
  @Operation(hidden = true)
  public Map<String, String> officerCancel(@PathParam("id") Long id, Map<String, String> body) {
    guard();
    OfficerCancelOutcome outcome =
        pendingClaims.cancelByOfficer(
            id, body.get("reason"), staff(body.get("username")), "127.0.0.1");
    return Map.of("outcome", outcome.name());
  }

  @POST
  @Path("participants/{id}/session-ended")
  @Operation(hidden = true)
  public Map<String, String> sessionEnded(@PathParam("id") Long participantId) {
    guard();
    return Map.of("recorded", Boolean.toString(pendingClaims.sessionEnded(participantId)));
  }

  @POST
  @Path("participants/{id}/resume")
  @Operation(hidden = true)
  public Map<String, String> resume(@PathParam("id") Long participantId) {
    guard();
    return Map.of("draft", pendingClaims.resume(participantId).map(String::valueOf).orElse(""));
  }

  @POST
  @Path("participants/{id}/cancel")
  @Operation(hidden = true)
  public Map<String, String> cancel(@PathParam("id") Long participantId) {
    guard();
    return Map.of("records", Integer.toString(pendingClaims.cancelByParticipant(participantId)));
  }

  @POST
  @Path("claims/{id}/completed")
  @Operation(hidden = true)
  public Map<String, String> completed(@PathParam("id") Long claimId) {
    guard();
    return Map.of("records", Integer.toString(pendingClaims.completed(claimId)));
  }

  @GET
  @Path("pending-claims")
  @Operation(hidden = true)
  public Map<String, String> visibleTo(@QueryParam("username") String username) {
    guard();
    var records = pendingClaims.list(staff(username), PendingClaimStatus.OPEN, null, 0, 500);
    return Map.of(
        "ids",
        records.stream()
            .map(r -> r.id() + ":" + r.maskedNik() + ":" + r.branchCode())
            .collect(java.util.stream.Collectors.joining(",")));
  }

  private StaffIdentity staff(String username) {
    return StaffIdentity.of(
        em.createQuery("SELECT s FROM StaffAccount s WHERE s.username = :u", StaffAccount.class)
            .setParameter("u", username)
            .getSingleResult());
  }

  private static Map<String, String> issued(IssuedKey key) {
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("code", key.channelCode());
    answer.put("key", key.key());
    return answer;
  }

  private void guard() {
    if (!clock.isAdjustable()) {
      throw new NotFoundException();
    }
  }
}
