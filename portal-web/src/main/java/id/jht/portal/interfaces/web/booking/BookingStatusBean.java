package id.jht.portal.interfaces.web.booking;

import id.jht.portal.application.booking.BookingChanges;
import id.jht.portal.application.booking.BookingStatus;
import id.jht.portal.application.booking.BookingStatusService;
import id.jht.portal.application.booking.ChangeResult;
import id.jht.portal.application.booking.LivePosition;
import id.jht.portal.application.booking.RequestedDocuments;
import id.jht.portal.application.booking.ReuploadOutcome;
import id.jht.portal.application.booking.TimelineEntry;
import id.jht.portal.application.claim.ClaimAccessDeniedException;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.domain.model.claim.DocumentType;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.http.ClientAddress;
import id.jht.portal.interfaces.web.support.FacesMessages;
import id.jht.portal.interfaces.web.support.MessagesAcrossRedirect;
import id.jht.portal.interfaces.web.support.UploadedFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The status page: first the lookup form ({@link BookingLookupBean}), then the booking with its
 * timeline, live position, reschedule, cancel and re-upload. Every change answers with a redirect
 * to the same address (post, redirect, get), so a reload never repeats it.
 *
 * <p>Stateless: request-scoped, no view state, no HTTP session. Every request reads the booking
 * again through the ids of the signed cookie ({@link BookingCookie}); a post offers the days and
 * sessions of the posted day, as the page showed them. A forged or expired cookie shows the lookup
 * form again with a word why.
 */
@Named
@RequestScoped
public class BookingStatusBean {

  private static final String PAGE = "/booking/status.xhtml";
  private static final String POSTED_DATE = "reschedule:date";

  @Inject BookingStatusService statusService;
  @Inject BookingChanges changes;
  @Inject RequestedDocuments requestedDocuments;
  @Inject FacesMessages messages;
  @Inject ClientAddress clientAddress;
  @Inject BookingCookie booking;

  private BookingStatus status;
  private List<LocalDate> days = List.of();
  private LocalDate date;
  private String sessionCode;
  private List<SessionAvailability> sessions = List.of();
  private String reason;

  /** Reads the opened booking (on a post too, before the posted values are applied). */
  @PostConstruct
  void load() {
    if (booking.wasRefused()) {
      booking.close();
      messages.info(null, "booking.status.expired");
    } else if (booking.isOpen()) {
      date = postedDate();
      refresh();
    }
  }

  /** The day the reschedule form posted, so that its sessions are the ones it offered. */
  private static LocalDate postedDate() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String posted =
        faces == null || !faces.isPostback()
            ? null
            : faces.getExternalContext().getRequestParameterMap().get(POSTED_DATE);
    try {
      return posted == null || posted.isBlank() ? null : LocalDate.parse(posted);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void refresh() {
    try {
      status = statusService.status(booking.getClaimId(), booking.getParticipantId());
    } catch (ClaimAccessDeniedException gone) {
      booking.close();
      status = null;
      return;
    }
    if (status.reschedulable()) {
      days = changes.rescheduleDays(booking.getClaimId(), booking.getParticipantId());
      if (date == null || !days.contains(date)) {
        date = days.isEmpty() ? null : days.get(0);
      }
      refreshSessions();
    }
  }

  private void refreshSessions() {
    sessions =
        date == null
            ? List.of()
            : changes.sessions(booking.getClaimId(), booking.getParticipantId(), date);
  }

  /** Ajax: another day was picked; its sessions with the room left. */
  public void dateChanged() {
    refreshSessions();
  }

  public String reschedule() {
    try {
      ChangeResult result =
          changes.reschedule(
              booking.getClaimId(),
              booking.getParticipantId(),
              date,
              sessionCode,
              clientAddress.get());
      return answer(result);
    } catch (ValidationFailedException rejected) {
      for (ValidationFailedException.FieldError error : rejected.errors()) {
        messages.error("reschedule:" + error.field(), error.message());
      }
      return null;
    } catch (ClaimAccessDeniedException gone) {
      return closed();
    }
  }

  public String cancel() {
    try {
      return answer(
          changes.cancel(
              booking.getClaimId(), booking.getParticipantId(), reason, clientAddress.get()));
    } catch (InvalidValueException invalid) {
      messages.error("cancel:" + invalid.field(), invalid.message());
      return null;
    } catch (ClaimAccessDeniedException gone) {
      return closed();
    }
  }

  /** The upload listener: the slot comes from the component's {@code documentType} attribute. */
  public void upload(FileUploadEvent event) {
    DocumentType type =
        DocumentType.valueOf((String) event.getComponent().getAttributes().get("documentType"));
    UploadedFile file = event.getFile();
    ReuploadOutcome outcome;
    try {
      outcome =
          UploadedFiles.send(
              file,
              (name, contentType, content) ->
                  requestedDocuments.reupload(
                      booking.getClaimId(),
                      booking.getParticipantId(),
                      type,
                      name,
                      contentType,
                      content,
                      clientAddress.get()));
    } catch (IOException e) {
      messages.error(null, "booking.reupload.interrupted");
      return;
    } catch (ClaimAccessDeniedException gone) {
      booking.close();
      status = null;
      return;
    }
    if (outcome instanceof ReuploadOutcome.Stored stored) {
      messages.info(
          null, "booking.reupload.stored", stored.displayName(), messages.text(type.messageKey()));
      if (stored.allDone()) {
        messages.info(null, "booking.reupload.allDone");
      }
    } else {
      messages.error(null, ((ReuploadOutcome.Rejected) outcome).message());
    }
    refresh();
  }

  /** Forgets the booking in this browser: the next visitor of this browser sees the form. */
  public String close() {
    booking.close();
    messages.info(null, "booking.status.closed");
    keepMessages();
    return PAGE + "?faces-redirect=true";
  }

  private String answer(ChangeResult result) {
    if (result.done()) {
      messages.info(null, result.message().key(), result.message().argsArray());
      keepMessages();
      return PAGE + "?faces-redirect=true";
    }
    messages.error(null, result.message());
    refresh();
    return null;
  }

  private String closed() {
    booking.close();
    return PAGE + "?faces-redirect=true";
  }

  private static void keepMessages() {
    MessagesAcrossRedirect.keep();
  }

  // --- For the view ------------------------------------------------------------------------------

  public boolean isOpen() {
    return booking.isOpen() && status != null;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public String getClaimStatusLabel() {
    if ("NO_SHOW".equals(status.ticketStatus()) && status.reschedulable()) {
      return messages.text("booking.claimStatus.noShow");
    }
    return messages.text("booking.claimStatus." + status.claimStatus());
  }

  public String getSchedule() {
    String times =
        status.sessionStart() == null
            ? status.zoneLabel()
            : status.sessionStart().format(DateTimeFormatter.ofPattern("HH.mm"))
                + "-"
                + status.sessionEnd().format(DateTimeFormatter.ofPattern("HH.mm"))
                + " "
                + status.zoneLabel();
    return messages.text(
        "booking.schedule", dayLabel(status.serviceDate()), status.sessionCode(), times);
  }

  public String eventLabel(TimelineEntry entry) {
    String key = "booking.event." + entry.type();
    String text = messages.text(key);
    return text.equals(key) ? messages.text("booking.event.unknown") : text;
  }

  public String eventTime(TimelineEntry entry) {
    return entry.occurredAt() == null
        ? messages.text("booking.timeline.upcoming")
        : messages.dateTime(entry.occurredAt(), status.branchZone());
  }

  public LivePosition getLive() {
    return status == null ? null : status.live();
  }

  public String getLiveAhead() {
    LivePosition live = getLive();
    return live.ahead() == 0
        ? messages.text("booking.live.none")
        : messages.text("booking.live.ahead", live.ahead());
  }

  public String getLiveEstimate() {
    return messages.text(
        "booking.live.estimate", messages.dateTime(getLive().estimatedAt(), status.branchZone()));
  }

  public String documentLabel(String type) {
    return messages.text("document." + type);
  }

  public String dayLabel(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", messages.locale()));
  }

  public String sessionLabel(SessionAvailability s) {
    String times =
        s.start().format(DateTimeFormatter.ofPattern("HH.mm"))
            + "-"
            + s.end().format(DateTimeFormatter.ofPattern("HH.mm"))
            + " "
            + status.zoneLabel();
    return s.hasRoom()
        ? messages.text("booking.reschedule.session.label", s.code(), times, s.remaining())
        : messages.text("booking.reschedule.session.labelFull", s.code(), times);
  }

  public List<LocalDate> getDays() {
    return days;
  }

  public List<SessionAvailability> getSessions() {
    return sessions;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getSessionCode() {
    return sessionCode;
  }

  public void setSessionCode(String sessionCode) {
    this.sessionCode = sessionCode;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
