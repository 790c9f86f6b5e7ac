package id.jht.portal.application.channel;

/** The channel an API key belongs to, as the API needs it for one request. */
public record AuthenticatedChannel(
    Long id, String code, String displayNameId, String displayNameEn, int requestsPerMinute) {}
