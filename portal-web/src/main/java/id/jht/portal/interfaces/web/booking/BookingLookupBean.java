package id.jht.portal.interfaces.web.booking;

import id.jht.portal.application.booking.BookingLookupService;
import id.jht.portal.application.booking.LookupOutcome;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.interfaces.http.ClientAddress;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * The status page's lookup form (booking code, NIK or KPJ, birth date; POST only). The opened
 * booking is carried as ids in a signed cookie ({@link BookingCookie}), never in an HTTP session.
 */
@Named
@RequestScoped
public class BookingLookupBean {

  static final String PAGE = "/booking/status.xhtml";

  @Inject BookingLookupService lookup;
  @Inject FacesMessages messages;
  @Inject ClientAddress clientAddress;
  @Inject BookingCookie booking;

  private String bookingCode;
  private String identity;
  private LocalDate birthDate;

  /** One generic answer for every wrong combination. */
  public String open() {
    try {
      LookupOutcome outcome = lookup.open(bookingCode, identity, birthDate, clientAddress.get());
      if (outcome instanceof LookupOutcome.Opened opened) {
        // A new cookie, signed here: one planted in the browser before is replaced.
        booking.open(opened.claimId(), opened.participantId());
        return PAGE + "?faces-redirect=true";
      }
      // The identity is not echoed back into the form: the next person at this screen sees none.
      identity = null;
      birthDate = null;
      if (outcome instanceof LookupOutcome.Throttled throttled) {
        messages.error(
            null, "booking.lookup.throttled", messages.dateTime(throttled.until(), null));
      } else {
        messages.error(null, "booking.lookup.notFound");
      }
    } catch (ValidationFailedException rejected) {
      for (ValidationFailedException.FieldError error : rejected.errors()) {
        messages.error("lookup:" + error.field(), error.message());
      }
    }
    return null;
  }

  public String getBookingCode() {
    return bookingCode;
  }

  public void setBookingCode(String bookingCode) {
    this.bookingCode = bookingCode;
  }

  public String getIdentity() {
    return identity;
  }

  public void setIdentity(String identity) {
    this.identity = identity;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }
}
