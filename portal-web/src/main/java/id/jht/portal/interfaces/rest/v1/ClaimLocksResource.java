package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.application.pendingclaim.ClaimLockService;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.interfaces.rest.ApiError;
import id.jht.portal.interfaces.rest.ApiProblem;
import id.jht.portal.interfaces.rest.PortalApi;
import id.jht.portal.interfaces.rest.SharedResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "May this person start a claim?" for other channels. One instance serves every request (it keeps
 * nothing of a request; the calling channel comes from the request-scoped {@link CallingChannel}),
 * so a lookup does not build and inject a resource each time.
 */
@Path("v1/claim-locks")
@ApplicationScoped
@ChannelAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "claim-locks")
@SecurityRequirement(name = PortalApi.SECURITY_SCHEME)
public class ClaimLocksResource {

  @Inject ClaimLockService locks;
  @Inject CallingChannel calling;

  @POST
  @Path("lookup")
  @Operation(
      summary = "Is this person blocked from starting a claim?",
      description =
          "Lists the claims that block the person: pending claims of this portal (started and"
              + " left before a queue number), its submitted claims still in process, and claims"
              + " other channels registered (never the caller's own). Each lock comes with a"
              + " sentence ready to show, naming the caller and the branch office.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LockLookupRequest.class),
              examples = @ExampleObject(name = "lookup", value = ApiExamples.LOOKUP_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "The locks; blocked is false when the list is empty",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LockLookupResponse.class),
              examples = {
                @ExampleObject(name = "blocked", value = ApiExamples.BLOCKED),
                @ExampleObject(name = "free", value = ApiExamples.UNBLOCKED)
              }))
  @APIResponse(
      responseCode = "400",
      description = "Malformed NIK or KPJ (the field is named), or a malformed body",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiError.class),
              examples = @ExampleObject(name = "nik", value = ApiExamples.INVALID_NIK)))
  @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "429", ref = SharedResponses.RATE_LIMITED)
  public LockLookupResponse lookup(LockLookupRequest request) {
    ApiProblem.requireBody(request);
    // Validated here too, so a malformed number never reaches the database layer.
    String nik = Nik.of(request.getNik()).value();
    String kpj = isBlank(request.getKpj()) ? null : Kpj.of(request.getKpj()).value();
    return LockLookupResponse.of(locks.lookup(nik, kpj, request.getFullName(), calling.get()));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
