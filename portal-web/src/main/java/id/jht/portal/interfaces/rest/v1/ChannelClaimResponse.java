package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.application.channel.ChannelClaimView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim the channel registered, as stored: NIK and KPJ masked. */
@Schema(name = "ChannelClaim")
public class ChannelClaimResponse {

  @Schema(example = "JMO-2026-000123")
  private String reference;

  @Schema(example = "31************02")
  private String nik;

  @Schema(example = "24*******15")
  private String kpj;

  @Schema(example = "JSL")
  private String branchCode;

  @Schema(example = "SUBMITTED")
  private String status;

  @Schema(description = "Whether it blocks a new claim in other channels", example = "true")
  private boolean blocking;

  @Schema(example = "2026-03-02T05:00:00Z")
  private Instant createdAt;

  @Schema(example = "2026-03-02T05:00:00Z")
  private Instant updatedAt;

  public static ChannelClaimResponse of(ChannelClaimView view) {
    ChannelClaimResponse r = new ChannelClaimResponse();
    r.reference = view.reference();
    r.nik = view.maskedNik();
    r.kpj = view.maskedKpj();
    r.branchCode = view.branchCode();
    r.status = view.status().name();
    r.blocking = view.blocking();
    r.createdAt = view.createdAt();
    r.updatedAt = view.updatedAt();
    return r;
  }

  public String getReference() {
    return reference;
  }

  public String getNik() {
    return nik;
  }

  public String getKpj() {
    return kpj;
  }

  public String getBranchCode() {
    return branchCode;
  }

  public String getStatus() {
    return status;
  }

  public boolean isBlocking() {
    return blocking;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
