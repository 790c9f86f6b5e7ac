package id.jht.portal.interfaces.web.officer;

import id.jht.portal.application.queue.BranchAccessDeniedException;
import id.jht.portal.application.queue.CallOutcome;
import id.jht.portal.application.queue.QueueBoard;
import id.jht.portal.application.queue.QueueBoardService;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.queue.TicketStatus;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.staff.CurrentStaff;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The queue board page ({@code /staff/queue/board.xhtml?branch=SDA&date=2026-11-23}): the day's
 * sessions with counts, the lazily loaded ticket table, "call next" and no-show. Without a branch
 * parameter an officer sees their own branch and an administrator a list to choose from. Asking for
 * a branch the officer may not see answers 403 with nothing of that branch.
 */
@Named
@ViewScoped
public class QueueBoardBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QueueBoardService service;
  @Inject OfficerDesk desk;
  @Inject CurrentStaff currentStaff;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private String branchCode;
  private String dateParam;
  private QueueBoard board;
  private TicketTableModel tickets;
  private List<BranchOffice> branchChoices = List.of();
  private boolean unknownBranch;
  private String callSession;

  /** The view action: resolves branch and date and loads the board, or refuses with 403. */
  public void load() throws IOException {
    String code = branchCode;
    if (code == null || code.isBlank()) {
      code = currentStaff.getIdentity() == null ? null : currentStaff.getIdentity().branchCode();
    }
    if (code == null) {
      branchChoices = service.accessibleBranches();
      return;
    }
    try {
      board = service.board(code, parseDate(dateParam), clientAddress.get()).orElse(null);
    } catch (BranchAccessDeniedException denied) {
      board = null;
      forbidden();
      return;
    }
    if (board == null) {
      unknownBranch = true;
      return;
    }
    branchCode = board.branch().getCode();
    tickets =
        new TicketTableModel(service, board.branch().getId(), board.date(), clientAddress.get());
  }

  public void callNext() {
    if (board == null) {
      return;
    }
    try {
      CallOutcome outcome =
          service.callNext(
              board.branch().getId(), callSession, desk.getName(), clientAddress.get());
      if (outcome instanceof CallOutcome.Called) {
        messages.info(null, outcome.message().key(), outcome.message().argsArray());
      } else {
        messages.error(null, outcome.message());
      }
      refresh();
    } catch (BranchAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void markNoShow(long ticketId) {
    try {
      if (service.markNoShow(ticketId, clientAddress.get())) {
        messages.info(null, "queue.board.noShowDone");
      } else {
        messages.error(null, "queue.board.noShowFailed");
      }
      refresh();
    } catch (BranchAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    } catch (InvalidValueException refused) {
      messages.error(null, refused.message());
    }
  }

  private void refresh() {
    service
        .board(board.branch().getCode(), board.date(), clientAddress.get())
        .ifPresent(fresh -> board = fresh);
  }

  private static LocalDate parseDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void forbidden() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    faces.responseComplete();
  }

  public String getFormattedDate() {
    return board == null ? "" : String.valueOf(messages.format(board.date()));
  }

  /** A day of the days-ahead list, e.g. "7 Desember 2026". */
  public String dayLabel(LocalDate day) {
    return String.valueOf(messages.format(day));
  }

  public String getZoneLabel() {
    return board == null ? "" : FacesMessages.zoneLabel(board.branch().getZoneId());
  }

  public List<String> getStatuses() {
    return Arrays.stream(TicketStatus.values()).map(Enum::name).toList();
  }

  public QueueBoard getBoard() {
    return board;
  }

  public TicketTableModel getTickets() {
    return tickets;
  }

  public List<BranchOffice> getBranchChoices() {
    return branchChoices;
  }

  public boolean isUnknownBranch() {
    return unknownBranch;
  }

  public String getBranchCode() {
    return branchCode;
  }

  public void setBranchCode(String branchCode) {
    this.branchCode = branchCode;
  }

  public String getDateParam() {
    return dateParam;
  }

  public void setDateParam(String dateParam) {
    this.dateParam = dateParam;
  }

  public String getCallSession() {
    return callSession;
  }

  public void setCallSession(String callSession) {
    this.callSession = callSession;
  }
}
