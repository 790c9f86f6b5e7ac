package id.jht.portal.interfaces.web.booking;

import id.jht.portal.application.correction.CorrectionRequestService;
import id.jht.portal.application.correction.CorrectionView;
import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The states of the participant's correction requests on the booking status page, newest of each
 * kind: the participant is mailed each decision and finds it here too.
 */
@Named
@RequestScoped
public class CorrectionStatesBean {

  @Inject CorrectionRequestService corrections;
  @Inject BookingCookie booking;
  @Inject FacesMessages messages;

  private List<String> texts;

  /** One sentence per kind the participant ever asked for, in the page's language. */
  public List<String> getTexts() {
    if (texts == null) {
      texts = new ArrayList<>();
      if (booking.isOpen()) {
        for (CorrectionKind kind : CorrectionKind.values()) {
          corrections
              .latest(booking.getParticipantId(), kind)
              .map(this::text)
              .ifPresent(texts::add);
        }
      }
    }
    return texts;
  }

  private String text(CorrectionView request) {
    String state = request.state().name();
    if (request.kind() == CorrectionKind.IDENTITY_DATA) {
      return messages.text(
          "correction.identity.state." + state,
          request.branchName(),
          request.claimedName(),
          date(request.claimedBirthDate()),
          request.refusalReason());
    }
    return messages.text(
        "correction.state." + state,
        request.branchName(),
        date(request.letterDate()),
        request.refusalReason());
  }

  private String date(LocalDate date) {
    return date == null ? "" : String.valueOf(messages.format(date));
  }
}
