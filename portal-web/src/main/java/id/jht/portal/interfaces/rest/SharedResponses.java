package id.jht.portal.interfaces.rest;

/**
 * The error answers several operations give alike (the key refused, the rate limit reached, a
 * channel's reference unknown): described once, as OpenAPI components in {@link PortalApi}'s
 * definition, and named by each operation, e.g. {@code @APIResponse(responseCode = "401", ref =
 * SharedResponses.UNAUTHORIZED)}. The names and examples live here; annotations cannot be shared
 * any other way.
 */
public final class SharedResponses {

  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String RATE_LIMITED = "RateLimited";
  public static final String REFERENCE_UNKNOWN = "ReferenceUnknown";

  static final String UNAUTHORIZED_EXAMPLE =
      "{\"code\": \"UNAUTHORIZED\", \"message\": \"The API key is missing, unknown or revoked."
          + " Send the header Authorization: Bearer <key>.\"}";

  static final String RATE_LIMITED_EXAMPLE =
      "{\"code\": \"RATE_LIMITED\", \"message\": \"This channel has reached its limit of 600"
          + " requests per minute. Retry after 17 seconds.\"}";

  static final String REFERENCE_UNKNOWN_EXAMPLE =
      "{\"code\": \"NOT_FOUND\", \"message\": \"This channel has never registered that"
          + " reference.\"}";

  private SharedResponses() {}
}
