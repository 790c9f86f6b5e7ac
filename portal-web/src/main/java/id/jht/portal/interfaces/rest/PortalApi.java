package id.jht.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API for other channels, under {@code /api}; its OpenAPI document is served at {@code
 * /openapi}. Identifiers such as NIK never travel in URLs (they would end up in access logs):
 * lookups are POSTs.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "JHT claim portal: API for other channels",
            version = "1",
            description =
                "Lets other channels (the JMO mobile app, the branch counter, the website) ask"
                    + " whether a participant has a claim in progress anywhere, and tell the"
                    + " portal about claims they hold. Authenticate with the channel's API key"
                    + " as 'Authorization: Bearer <key>'. Errors are JSON objects {code, message,"
                    + " field} with a stable code."),
    tags = {
      @Tag(name = "claim-locks", description = "Is this person blocked from starting a claim?"),
      @Tag(name = "channel-claims", description = "Claims the calling channel holds")
    },
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = SharedResponses.UNAUTHORIZED,
                  description = "Missing, unknown or revoked API key",
                  content =
                      @Content(
                          mediaType = MediaType.APPLICATION_JSON,
                          schema = @Schema(implementation = ApiError.class),
                          examples =
                              @ExampleObject(
                                  name = "key",
                                  value = SharedResponses.UNAUTHORIZED_EXAMPLE))),
              @APIResponse(
                  name = SharedResponses.RATE_LIMITED,
                  description = "The channel's requests per minute are used up",
                  headers = @Header(name = "Retry-After", description = "Seconds to wait"),
                  content =
                      @Content(
                          mediaType = MediaType.APPLICATION_JSON,
                          schema = @Schema(implementation = ApiError.class),
                          examples =
                              @ExampleObject(
                                  name = "limit",
                                  value = SharedResponses.RATE_LIMITED_EXAMPLE))),
              @APIResponse(
                  name = SharedResponses.REFERENCE_UNKNOWN,
                  description = "This channel never registered the reference",
                  content =
                      @Content(
                          mediaType = MediaType.APPLICATION_JSON,
                          schema = @Schema(implementation = ApiError.class),
                          examples =
                              @ExampleObject(
                                  name = "unknown",
                                  value = SharedResponses.REFERENCE_UNKNOWN_EXAMPLE)))
            }))
@SecurityScheme(
    securitySchemeName = PortalApi.SECURITY_SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The channel's API key, issued by a portal administrator")
public class PortalApi extends Application {

  public static final String SECURITY_SCHEME = "apiKey";

  /** No WADL: /api/application.wadl would list every resource, test support included. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
