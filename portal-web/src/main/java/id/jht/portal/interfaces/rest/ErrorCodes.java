package id.jht.portal.interfaces.rest;

/** The stable error codes of the API: clients may branch on them; they never change meaning. */
public final class ErrorCodes {

  /** 400: a field has a malformed or unknown value; {@code field} names it. */
  public static final String INVALID_FIELD = "INVALID_FIELD";

  /** 400: the body is missing, not JSON, or of the wrong shape. */
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

  /** 401: no key, an unknown key or a revoked key. */
  public static final String UNAUTHORIZED = "UNAUTHORIZED";

  /** 403: the channel may not do this. */
  public static final String FORBIDDEN = "FORBIDDEN";

  /** 404: no such resource (for a channel: none of its own). */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** 405. */
  public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

  /** 406. */
  public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";

  /** 415. */
  public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

  /** 409: the reference names another person's claim, or a concurrent change won. */
  public static final String CONFLICT = "CONFLICT";

  /** 429: the channel's requests per minute are used up; see Retry-After. */
  public static final String RATE_LIMITED = "RATE_LIMITED";

  public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
  public static final String IDENTITY_MISMATCH = "IDENTITY_MISMATCH";

  /** 500: something failed on the server; details are in the server log only. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  private ErrorCodes() {}
}
