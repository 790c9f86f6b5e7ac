package id.jht.portal.interfaces.web.booking;

import id.jht.portal.application.booking.BookingReceipts;
import id.jht.portal.application.booking.CalendarFile;
import id.jht.portal.application.booking.ReceiptFile;
import id.jht.portal.application.claim.ClaimAccessDeniedException;
import id.jht.portal.interfaces.web.claim.ParticipantSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The PDF receipt (or, at {@value #CALENDAR}, the calendar file) of the booking this browser's
 * signed cookies name: the one opened on the status page ({@link BookingCookie}) or, failing that,
 * the one just booked in the wizard. The address carries nothing (no id, no code), so it cannot be
 * guessed or shared; the application layer checks the claim is the session's participant's.
 */
@WebServlet({"/booking/receipt", ReceiptServlet.CALENDAR})
public class ReceiptServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The appointment as an iCalendar file, on the receipt's terms. */
  static final String CALENDAR = "/booking/calendar";

  @Inject BookingCookie booking;
  @Inject ParticipantSession participant;
  @Inject BookingReceipts receipts;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Long claimId;
    Long participantId;
    if (booking.isOpen()) {
      claimId = booking.getClaimId();
      participantId = booking.getParticipantId();
    } else if (participant.isIdentified() && participant.getClaimId() != null) {
      claimId = participant.getClaimId();
      participantId = participant.getParticipantId();
    } else {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<ReceiptFile> receipt;
    try {
      receipt =
          CALENDAR.equals(req.getServletPath())
              ? receipts
                  .calendar(claimId, participantId)
                  .map(c -> new ReceiptFile(c.fileName(), c.ics().getBytes(StandardCharsets.UTF_8)))
              : receipts.receipt(claimId, participantId);
    } catch (ClaimAccessDeniedException e) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (receipt.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = receipt.get().pdf();
    resp.setContentType(
        CALENDAR.equals(req.getServletPath()) ? CalendarFile.CONTENT_TYPE : "application/pdf");
    resp.setHeader(
        "Content-Disposition", "attachment; filename=\"" + receipt.get().fileName() + "\"");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(pdf.length);
    resp.getOutputStream().write(pdf);
  }
}
