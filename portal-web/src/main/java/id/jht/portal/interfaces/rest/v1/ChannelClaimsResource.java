package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.application.channel.ChannelClaimService;
import id.jht.portal.application.channel.ChannelClaimView;
import id.jht.portal.interfaces.rest.ApiError;
import id.jht.portal.interfaces.rest.ApiProblem;
import id.jht.portal.interfaces.rest.PortalApi;
import id.jht.portal.interfaces.rest.SharedResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Claims the calling channel holds, under references of its own. A channel reaches only its own
 * references: another channel's reference is simply not found.
 */
@Path("v1/channel-claims/{reference}")
@RequestScoped
@ChannelAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "channel-claims")
@SecurityRequirement(name = PortalApi.SECURITY_SCHEME)
public class ChannelClaimsResource {

  @Inject ChannelClaimService claims;
  @Inject CallingChannel calling;

  static final String REFERENCE_DESCRIPTION =
      "The channel's own reference for the claim: 1-64 of A-Z a-z 0-9 . _ : -";
  static final String REFERENCE_PATTERN = "[A-Za-z0-9._:-]{1,64}";

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register or update a claim the channel holds",
      description =
          "Idempotent: sending the same body again changes nothing. While its status is PENDING,"
              + " SUBMITTED, IN_VERIFICATION or APPROVED, the claim blocks a new claim for the"
              + " same person in this portal and in the other channels.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChannelClaimRequest.class),
              examples =
                  @ExampleObject(name = "submitted", value = ApiExamples.CHANNEL_CLAIM_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChannelClaimResponse.class),
              examples = @ExampleObject(name = "claim", value = ApiExamples.CHANNEL_CLAIM)))
  @APIResponse(
      responseCode = "200",
      description = "Updated (or unchanged)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChannelClaimResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "A malformed field (named in 'field'): nik, kpj, fullName, branchCode, status",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiError.class),
              examples = @ExampleObject(name = "nik", value = ApiExamples.INVALID_NIK)))
  @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "409",
      description = "The reference already names another person's claim",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiError.class),
              examples = @ExampleObject(name = "taken", value = ApiExamples.CONFLICT)))
  @APIResponse(responseCode = "429", ref = SharedResponses.RATE_LIMITED)
  public Response register(
      @PathParam("reference")
          @Parameter(
              description = REFERENCE_DESCRIPTION,
              example = "JMO-2026-000123",
              schema = @Schema(type = SchemaType.STRING, pattern = REFERENCE_PATTERN))
          String reference,
      ChannelClaimRequest request) {
    ApiProblem.requireBody(request);
    ChannelClaimView view =
        claims.register(
            calling.get(),
            reference,
            new ChannelClaimService.Registration(
                request.getNik(),
                request.getKpj(),
                request.getFullName(),
                request.getBranchCode(),
                request.getStatus()));
    return Response.status(view.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(ChannelClaimResponse.of(view))
        .build();
  }

  @GET
  @Operation(summary = "Read a claim the channel registered")
  @APIResponse(
      responseCode = "200",
      description = "The claim",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChannelClaimResponse.class),
              examples = @ExampleObject(name = "claim", value = ApiExamples.CHANNEL_CLAIM)))
  @APIResponse(responseCode = "404", ref = SharedResponses.REFERENCE_UNKNOWN)
  public ChannelClaimResponse read(
      @PathParam("reference")
          @Parameter(
              description = REFERENCE_DESCRIPTION,
              example = "JMO-2026-000123",
              schema = @Schema(type = SchemaType.STRING, pattern = REFERENCE_PATTERN))
          String reference) {
    return claims
        .find(calling.get(), reference)
        .map(ChannelClaimResponse::of)
        .orElseThrow(() -> ApiProblem.notFound("pending.api.referenceUnknown"));
  }

  @DELETE
  @Operation(
      summary = "Release a claim the channel registered",
      description =
          "The claim stops blocking anyone. Idempotent: releasing a released claim succeeds"
              + " again.")
  @APIResponse(responseCode = "204", description = "Released")
  @APIResponse(responseCode = "404", ref = SharedResponses.REFERENCE_UNKNOWN)
  @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
  public Response release(
      @PathParam("reference")
          @Parameter(
              description = REFERENCE_DESCRIPTION,
              example = "JMO-2026-000123",
              schema = @Schema(type = SchemaType.STRING, pattern = REFERENCE_PATTERN))
          String reference) {
    if (!claims.release(calling.get(), reference)) {
      throw ApiProblem.notFound("pending.api.referenceUnknown");
    }
    return Response.noContent().build();
  }
}
