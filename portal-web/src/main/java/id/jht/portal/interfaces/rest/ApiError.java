package id.jht.portal.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every error the API answers with. */
@Schema(name = "Error", description = "An error: a stable code, a readable message, the field")
public class ApiError {

  @Schema(
      description = "Stable machine-readable code",
      example = "INVALID_FIELD",
      enumeration = {
        ErrorCodes.INVALID_FIELD,
        ErrorCodes.MALFORMED_REQUEST,
        ErrorCodes.UNAUTHORIZED,
        ErrorCodes.FORBIDDEN,
        ErrorCodes.NOT_FOUND,
        ErrorCodes.METHOD_NOT_ALLOWED,
        ErrorCodes.NOT_ACCEPTABLE,
        ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
        ErrorCodes.CONFLICT,
        ErrorCodes.RATE_LIMITED,
        ErrorCodes.INTERNAL_ERROR
      })
  private String code;

  @Schema(
      description = "What went wrong, in English or Indonesian (Accept-Language: id)",
      example = "The NIK must have 16 digits; you entered 3.")
  private String message;

  @Schema(description = "The request field at fault, when there is one", example = "nik")
  private String field;

  public ApiError() {}

  public ApiError(String code, String message, String field) {
    this.code = code;
    this.message = message;
    this.field = field;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }
}
