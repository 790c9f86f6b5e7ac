package id.jht.portal.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** Builds the JSON error responses, the same way for filters and exception mappers. */
public final class ApiResponses {

  private ApiResponses() {}

  public static Response error(
      int status,
      String code,
      Locale locale,
      String key,
      String field,
      Map<String, Object> headers,
      Object... args) {
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new ApiError(code, ApiTexts.text(locale, key, args), field));
    if (headers != null) {
      headers.forEach(response::header);
    }
    return response.build();
  }

  public static Response of(ApiProblem problem, Locale locale) {
    return error(
        problem.status(),
        problem.code(),
        locale,
        problem.key(),
        problem.field(),
        problem.headers(),
        problem.args());
  }
}
