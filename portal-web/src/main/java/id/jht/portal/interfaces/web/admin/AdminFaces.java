package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.interfaces.web.support.FacesMessages;
import id.jht.portal.interfaces.web.support.MessagesAcrossRedirect;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** What the administration page beans share: field errors, 403, dates and times as typed. */
final class AdminFaces {

  private AdminFaces() {}

  /**
   * Shows each rejected field next to its input (and in the summary).
   *
   * @param inputs the input id of a field where it differs from the field name; an empty id shows
   *     the message in the summary only
   */
  static void show(
      FacesMessages messages,
      String formId,
      ValidationFailedException rejected,
      Map<String, String> inputs) {
    for (ValidationFailedException.FieldError error : rejected.errors()) {
      String input = inputs.getOrDefault(error.field(), error.field());
      messages.error(input.isEmpty() ? null : formId + ":" + input, error.message());
    }
  }

  static void show(FacesMessages messages, String formId, ValidationFailedException rejected) {
    show(messages, formId, rejected, Map.of());
  }

  /** Ends the request with 403 and the portal's "access denied" page. */
  static void forbidden() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Redirects keeping this request's messages for the next page. */
  static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    MessagesAcrossRedirect.keep();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A date typed as yyyy-mm-dd; null when empty or not a date. */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A time typed as hh:mm; null when empty or not a time. */
  static LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An integer as typed; null when empty or not a number. */
  static Integer integer(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A date field that was typed but could not be read: said as such, not as "required". */
  static boolean unreadable(String text, Object parsed) {
    return text != null && !text.isBlank() && parsed == null;
  }
}
