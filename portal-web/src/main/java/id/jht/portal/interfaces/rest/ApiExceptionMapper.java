package id.jht.portal.interfaces.rest;

import id.jht.portal.application.channel.IdentityMismatchException;
import id.jht.portal.application.channel.ReferenceTakenException;
import id.jht.portal.application.channel.UnknownChannelException;
import id.jht.portal.application.pendingclaim.PendingClaimAccessDeniedException;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API request becomes {@code {code, message, field}} with the right status and
 * a stable code; a stack trace never leaves the server. One mapper for all, so which answer a
 * failure gets does not depend on the runtime's choice among several mappers. Exceptions that
 * arrive wrapped (by the EJB container or JSON-B) are recognised by their cause.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    Locale locale = ApiTexts.locale(headers);
    Optional<ApiProblem> problem = cause(failure, ApiProblem.class);
    if (problem.isPresent()) {
      return ApiResponses.of(problem.get(), locale);
    }
    Optional<InvalidValueException> invalid = cause(failure, InvalidValueException.class);
    if (invalid.isPresent()) {
      InvalidValueException e = invalid.get();
      return ApiResponses.error(
          400,
          ErrorCodes.INVALID_FIELD,
          locale,
          e.message().key(),
          e.field(),
          null,
          e.message().argsArray());
    }
    if (cause(failure, IdentityMismatchException.class).isPresent()) {
      return ApiResponses.error(
          422,
          ErrorCodes.IDENTITY_MISMATCH,
          locale,
          "pending.api.identityMismatch",
          IdentityMismatchException.FIELDS,
          null);
    }
    if (cause(failure, ReferenceTakenException.class).isPresent()) {
      return error(409, ErrorCodes.CONFLICT, locale, "pending.api.referenceTaken");
    }
    if (cause(failure, PendingClaimAccessDeniedException.class).isPresent()) {
      return error(403, ErrorCodes.FORBIDDEN, locale, "pending.api.forbidden");
    }
    if (cause(failure, UnknownChannelException.class).isPresent()) {
      return error(404, ErrorCodes.NOT_FOUND, locale, "pending.api.notFound");
    }
    if (isConcurrentChange(failure)) {
      return error(409, ErrorCodes.CONFLICT, locale, "pending.api.concurrentUpdate");
    }
    if (cause(failure, JsonbException.class).isPresent()
        || cause(failure, JsonException.class).isPresent()
        || failure instanceof ProcessingException) {
      return error(400, ErrorCodes.MALFORMED_REQUEST, locale, "pending.api.malformed");
    }
    if (failure instanceof WebApplicationException web) {
      return fromStatus(web.getResponse().getStatus(), locale, web);
    }
    LOG.log(Level.SEVERE, "Unexpected failure of an API request", failure);
    return error(500, ErrorCodes.INTERNAL_ERROR, locale, "pending.api.internal");
  }

  private Response fromStatus(int status, Locale locale, WebApplicationException web) {
    switch (status) {
      case 400:
        return error(400, ErrorCodes.MALFORMED_REQUEST, locale, "pending.api.malformed");
      case 401:
        return error(401, ErrorCodes.UNAUTHORIZED, locale, "pending.api.unauthorized");
      case 403:
        return error(403, ErrorCodes.FORBIDDEN, locale, "pending.api.forbidden");
      case 404:
        return error(404, ErrorCodes.NOT_FOUND, locale, "pending.api.notFound");
      case 405:
        return error(405, ErrorCodes.METHOD_NOT_ALLOWED, locale, "pending.api.methodNotAllowed");
      case 406:
        return error(406, ErrorCodes.NOT_ACCEPTABLE, locale, "pending.api.notAcceptable");
      case 415:
        return error(
            415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, locale, "pending.api.unsupportedMediaType");
      default:
        if (status >= 500) {
          LOG.log(Level.SEVERE, "API request failed with status " + status, web);
          return error(500, ErrorCodes.INTERNAL_ERROR, locale, "pending.api.internal");
        }
        return error(status, ErrorCodes.MALFORMED_REQUEST, locale, "pending.api.malformed");
    }
  }

  private static boolean isConcurrentChange(Throwable failure) {
    return cause(failure, OptimisticLockException.class).isPresent()
        || cause(failure, PessimisticLockException.class).isPresent()
        || cause(failure, LockTimeoutException.class).isPresent()
        || cause(failure, SQLIntegrityConstraintViolationException.class).isPresent()
        || cause(failure, SQLTransactionRollbackException.class).isPresent();
  }

  private static Response error(int status, String code, Locale locale, String key) {
    return ApiResponses.error(status, code, locale, key, null, null);
  }

  /** The failure itself or the first of its causes of the given type. */
  static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (type.isInstance(current)) {
        return Optional.of(type.cast(current));
      }
      current = current.getCause();
    }
    return Optional.empty();
  }
}
