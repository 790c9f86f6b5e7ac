package id.jht.portal.application.channel;

import java.time.Instant;

/**
 * A claim a channel registered, as the API returns it: NIK and KPJ masked.
 *
 * @param created true when this request registered the reference, false when it updated it
 */
public record ChannelClaimView(
    String reference,
    String maskedNik,
    String maskedKpj,
    String branchCode,
    ChannelClaimStatus status,
    boolean blocking,
    Instant createdAt,
    Instant updatedAt,
    boolean created) {}
