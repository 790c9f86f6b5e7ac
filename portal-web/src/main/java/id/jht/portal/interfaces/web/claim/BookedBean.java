package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.BookingQueries;
import id.jht.portal.application.claim.BookingView;
import id.jht.portal.interfaces.web.support.FacesMessages;
import id.jht.portal.interfaces.web.support.MessagesAcrossRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/** The confirmation after submission: queue number, booking code, branch and schedule. */
@Named
@RequestScoped
public class BookedBean {

  @Inject ParticipantSession participant;
  @Inject BookingQueries bookings;
  @Inject FacesMessages messages;

  private BookingView booking;

  public void load() throws IOException {
    if (participant.getClaimId() != null) {
      booking =
          bookings.booking(participant.getClaimId(), participant.getParticipantId()).orElse(null);
    }
    if (booking == null) {
      // No booking of this browser's participant: a bookmark, a reload after the cookie expired,
      // or a draft cancelled meanwhile. Say where bookings are found rather than show the empty
      // identity page without a word.
      MessagesAcrossRedirect.keep();
      messages.info(null, "wizard.booked.none");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/claim/identity.xhtml");
    }
  }

  public BookingView getBooking() {
    return booking;
  }

  public String getSchedule() {
    String day =
        booking
            .serviceDate()
            .format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", messages.locale()));
    String times =
        booking.sessionStart() == null
            ? ""
            : booking.sessionStart().format(DateTimeFormatter.ofPattern("HH.mm"))
                + "–"
                + booking.sessionEnd().format(DateTimeFormatter.ofPattern("HH.mm"))
                + " "
                + FacesMessages.zoneLabel(booking.branchZone());
    return messages.text("wizard.booked.schedule", day, booking.sessionCode(), times);
  }
}
