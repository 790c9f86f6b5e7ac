package id.jht.portal.interfaces.rest;

import java.util.Map;

/**
 * A refusal the API answers with a given status, stable code and message key, thrown by resources
 * and turned into JSON by {@link ApiProblemMapper}.
 */
public class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String key;
  private final transient Object[] args;
  private final String field;
  private final transient Map<String, Object> headers;

  public ApiProblem(
      int status,
      String code,
      String key,
      String field,
      Map<String, Object> headers,
      Object... args) {
    super(code + " (" + key + ")");
    this.status = status;
    this.code = code;
    this.key = key;
    this.field = field;
    this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    this.args = args.clone();
  }

  public static ApiProblem badRequest(String key, Object... args) {
    return new ApiProblem(400, ErrorCodes.MALFORMED_REQUEST, key, null, null, args);
  }

  /** The request's JSON body, or a 400 where the client sent none. */
  public static <T> T requireBody(T body) {
    if (body == null) {
      throw badRequest("pending.api.bodyMissing");
    }
    return body;
  }

  public static ApiProblem notFound(String key) {
    return new ApiProblem(404, ErrorCodes.NOT_FOUND, key, null, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  public String field() {
    return field;
  }

  public Map<String, Object> headers() {
    return headers;
  }
}
