package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.interfaces.rest.ApiResponses;
import id.jht.portal.interfaces.rest.ApiTexts;
import id.jht.portal.interfaces.rest.ErrorCodes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body above {@code portal.api.max-body-bytes} (64 KB by default) with 413 before
 * anything parses it or even looks for the channel: a lookup or a claim is a few hundred bytes, and
 * a large body would otherwise be read and parsed whole. A declared length is judged at once; a
 * chunked body is read to one byte past the limit, never further.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestBodyLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "portal.api.max-body-bytes", defaultValue = "65536")
  int maxBytes;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    int declared = request.getLength();
    if (declared > maxBytes) {
      refuse(request);
      return;
    }
    if (declared < 0 && request.hasEntity()) {
      byte[] body = request.getEntityStream().readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        refuse(request);
        return;
      }
      request.setEntityStream(new ByteArrayInputStream(body));
    }
  }

  private void refuse(ContainerRequestContext request) {
    request.abortWith(
        ApiResponses.error(
            413,
            ErrorCodes.PAYLOAD_TOO_LARGE,
            ApiTexts.locale(request.getAcceptableLanguages()),
            "pending.api.tooLarge",
            null,
            null,
            Integer.toString(maxBytes)));
  }
}
