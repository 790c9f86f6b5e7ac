package id.jht.portal.interfaces.web.verification;

import id.jht.portal.application.verification.ClaimDecisionService;
import id.jht.portal.application.verification.ClaimReview;
import id.jht.portal.application.verification.ClaimReviewService;
import id.jht.portal.application.verification.DecisionOutcome;
import id.jht.portal.application.verification.DocumentCheck;
import id.jht.portal.application.verification.ReviewedDocument;
import id.jht.portal.application.verification.VerificationAccessDeniedException;
import id.jht.portal.domain.model.claim.ReviewStatus;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The claim verification page ({@code /staff/claims/claim.xhtml?ticket=ID}): the claim of a queue
 * ticket with its documents, the per-document checklist and the decisions. The ticket id in the
 * address is no personal data; whether the officer may see its claim is decided by the application
 * layer, which answers 403 (rendered as the refusal page) with nothing of the claim.
 */
@Named
@ViewScoped
public class ClaimReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ClaimReviewService reviews;
  @Inject ClaimDecisionService decisions;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private String ticketParam;
  private Long ticketId;
  private ClaimReview review;
  private final Map<Long, String> verdicts = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private String rejectReason;

  /** The view action: opens the claim of the ticket, or answers 404 or 403. */
  public void load() throws IOException {
    ticketId = parseId(ticketParam);
    if (ticketId == null) {
      sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      review = reviews.open(ticketId, clientAddress.get()).orElse(null);
    } catch (VerificationAccessDeniedException denied) {
      review = null;
      sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (review == null) {
      sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    fillChecklist();
  }

  public void startVerification() throws IOException {
    act(() -> decisions.startVerification(review.claimId(), review.version(), address()));
  }

  public void saveChecklist() throws IOException {
    act(() -> decisions.saveChecklist(review.claimId(), review.version(), checks(), address()));
  }

  public void requestDocuments() throws IOException {
    act(() -> decisions.requestDocuments(review.claimId(), review.version(), checks(), address()));
  }

  public void approve() throws IOException {
    act(() -> decisions.approve(review.claimId(), review.version(), checks(), address()));
  }

  public void reject() throws IOException {
    act(() -> decisions.reject(review.claimId(), review.version(), rejectReason, address()));
  }

  public void markNoShow() throws IOException {
    act(() -> decisions.markNoShow(review.claimId(), review.version(), address()));
  }

  public void markPaid() throws IOException {
    act(() -> decisions.markPaid(review.claimId(), review.version(), address()));
  }

  /**
   * Runs an action and shows its outcome. After a saved action or another officer's change the page
   * shows the claim as it now is; after a refusal the officer's ticks and texts stay.
   */
  private void act(Supplier<DecisionOutcome> action) throws IOException {
    if (review == null) {
      return;
    }
    DecisionOutcome outcome;
    try {
      outcome = action.get();
    } catch (VerificationAccessDeniedException denied) {
      review = null;
      sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (outcome.isDone()) {
      messages.info(null, outcome.message().key(), outcome.message().argsArray());
    } else {
      messages.error(null, outcome.message());
    }
    review = reviews.reload(ticketId, address()).orElse(null);
    if (outcome.kind() != DecisionOutcome.Kind.REFUSED) {
      fillChecklist();
      rejectReason = null;
    }
  }

  private void fillChecklist() {
    verdicts.clear();
    notes.clear();
    if (review == null) {
      return;
    }
    for (ReviewedDocument d : review.documents()) {
      boolean checked = !ReviewStatus.PENDING.name().equals(d.reviewStatus());
      verdicts.put(d.id(), checked ? d.reviewStatus() : null);
      notes.put(d.id(), d.reviewNote());
    }
  }

  private List<DocumentCheck> checks() {
    List<DocumentCheck> checks = new ArrayList<>();
    for (ReviewedDocument d : review.documents()) {
      ReviewStatus verdict = ReviewStatus.of(verdicts.get(d.id())).orElse(null);
      checks.add(new DocumentCheck(d.id(), verdict, notes.get(d.id())));
    }
    return checks;
  }

  private String address() {
    return clientAddress.get();
  }

  private static Long parseId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void sendError(int status) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseSendError(status, null);
    faces.responseComplete();
  }

  // --- for the view
  // -------------------------------------------------------------------------------

  /** The document handler's address for a document of this claim. */
  public String documentUrl(long documentId) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath() + "/staff/claims/document?id=" + documentId;
  }

  public String rupiah(Long amount) {
    return amount == null ? "-" : messages.rupiah(amount);
  }

  /** A time as the branch reads it ("22 November 2026 14.05 WIB"). */
  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = review == null || review.zoneId() == null ? null : ZoneId.of(review.zoneId());
    return messages.dateTime(instant, zone);
  }

  public String date(LocalDate date) {
    return date == null ? "" : String.valueOf(messages.format(date));
  }

  public List<String> getVerdictChoices() {
    return List.of(ReviewStatus.ACCEPTED.name(), ReviewStatus.REUPLOAD.name());
  }

  public ClaimReview getReview() {
    return review;
  }

  public Map<Long, String> getVerdicts() {
    return verdicts;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }

  public String getTicketParam() {
    return ticketParam;
  }

  public void setTicketParam(String ticketParam) {
    this.ticketParam = ticketParam;
  }
}
