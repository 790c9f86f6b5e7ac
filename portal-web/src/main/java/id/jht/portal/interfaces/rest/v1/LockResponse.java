package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.application.pendingclaim.ClaimLock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One claim that blocks the person. */
@Schema(name = "Lock")
public class LockResponse {

  @Schema(
      description = "Who holds the claim: 'lapak-asik' for this portal, else a channel's code",
      example = "lapak-asik")
  private String channel;

  @Schema(description = "The holder's name", example = "Lapak Asik")
  private LocalizedText channelName;

  @Schema(
      description = "PENDING: started and left before submission; SUBMITTED: in process",
      enumeration = {"PENDING", "SUBMITTED"},
      example = "PENDING")
  private String kind;

  @Schema(description = "The holder's status of the claim", example = "OPEN")
  private String status;

  @Schema(description = "Branch office code", example = "JSL")
  private String branchCode;

  @Schema(description = "Branch office name", example = "Jakarta Salemba")
  private String branchName;

  @Schema(description = "Queue booking code of a submitted claim, if any", example = "K7Q2M9XA")
  private String bookingCode;

  @Schema(description = "Started (pending) or submitted at", example = "2026-03-02T05:00:00Z")
  private Instant since;

  @Schema(
      description = "When a pending claim is released automatically, if it is",
      example = "2026-03-16T05:00:00Z")
  private Instant expiresAt;

  @Schema(description = "The sentence to show the person")
  private LocalizedText message;

  public static LockResponse of(ClaimLock lock) {
    LockResponse r = new LockResponse();
    r.channel = lock.channelCode();
    r.channelName = new LocalizedText(lock.channelNameId(), lock.channelNameEn());
    r.kind = lock.kind().name();
    r.status = lock.status();
    r.branchCode = lock.branchCode();
    r.branchName = lock.branchName();
    r.bookingCode = lock.bookingCode();
    r.since = lock.since();
    r.expiresAt = lock.expiresAt();
    r.message = new LocalizedText(lock.messageIndonesian(), lock.messageEnglish());
    return r;
  }

  public String getChannel() {
    return channel;
  }

  public LocalizedText getChannelName() {
    return channelName;
  }

  public String getKind() {
    return kind;
  }

  public String getStatus() {
    return status;
  }

  public String getBranchCode() {
    return branchCode;
  }

  public String getBranchName() {
    return branchName;
  }

  public String getBookingCode() {
    return bookingCode;
  }

  public Instant getSince() {
    return since;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public LocalizedText getMessage() {
    return message;
  }
}
