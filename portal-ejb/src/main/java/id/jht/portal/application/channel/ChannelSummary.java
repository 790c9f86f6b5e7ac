package id.jht.portal.application.channel;

import java.io.Serializable;
import java.time.Instant;

/** A channel as administrators see it: never the key, only its first characters. */
public record ChannelSummary(
    Long id,
    String code,
    String displayNameId,
    String displayNameEn,
    String keyShownPart,
    int requestsPerMinute,
    boolean active,
    Instant createdAt,
    Instant rotatedAt,
    Instant revokedAt)
    implements Serializable {}
