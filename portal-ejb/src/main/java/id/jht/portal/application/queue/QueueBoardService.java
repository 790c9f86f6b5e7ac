package id.jht.portal.application.queue;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.application.schedule.WorkingDays;
import id.jht.portal.application.staff.StaffAuthenticationService;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.staff.StaffRole;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officers' queue board: a branch's day by session, its tickets, "call next" and no-show.
 *
 * <p>Authorisation is enforced here, not only in the pages: the caller is whoever the container
 * authenticated (never an identity handed in by the web layer), and every method checks {@link
 * StaffIdentity#mayAccessBranch} for the branch it touches, including the branch of a ticket given
 * by id. A refusal returns nothing, is audited, and raises {@link BranchAccessDeniedException}.
 * Every action is audited in the same transaction as its change.
 */
@Stateless
public class QueueBoardService {

  /** Working days after today the board offers, for preparing their claims. */
  public static final int DAYS_AHEAD = 5;

  static final int MAX_DESK_LENGTH = 20;

  @Resource SessionContext context;

  @Inject StaffAuthenticationService staff;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject QueueRepositories repositories;

  /** The branches the caller may open: every active one for administrators, else their own. */
  public List<BranchOffice> accessibleBranches() {
    StaffIdentity who = caller(null);
    return repositories.calendar().activeBranches().stream()
        .filter(b -> who.mayAccessBranch(b.getId()))
        .toList();
  }

  /**
   * The board of a branch (by code) for a day; {@code date} null means today at the branch.
   *
   * @return empty for an unknown branch code
   * @throws BranchAccessDeniedException if the caller may not see that branch
   */
  public Optional<QueueBoard> board(String branchCode, LocalDate date, String clientAddress) {
    StaffIdentity who = caller(clientAddress);
    ServiceCalendar calendar = repositories.calendar();
    Optional<BranchOffice> branch = calendar.branch(branchCode);
    if (branch.isEmpty()) {
      return Optional.empty();
    }
    requireAccess(who, branch.get().getId(), clientAddress);
    LocalDate today = WorkingDays.today(branch.get().getZoneId(), clock.instant());
    LocalDate day = date == null ? today : date;
    QueueBoardQueries queries = repositories.board();
    List<LocalDate> ahead = new ArrayList<>();
    ahead.add(today);
    ahead.addAll(calendar.nextWorkingDays(branch.get(), today.plusDays(1), DAYS_AHEAD));
    return Optional.of(
        new QueueBoard(
            branch.get(),
            day,
            day.equals(today),
            queries.sessions(calendar, branch.get(), day),
            queries.openPerDay(branch.get().getId(), ahead)));
  }

  public int countTickets(
      long branchId, LocalDate date, TicketFilter filter, String clientAddress) {
    requireAccess(caller(clientAddress), branchId, clientAddress);
    return repositories.board().countTickets(branchId, date, filter);
  }

  /** One page of the day's tickets in queue order. */
  public List<TicketRow> tickets(
      long branchId,
      LocalDate date,
      TicketFilter filter,
      int first,
      int pageSize,
      String clientAddress) {
    requireAccess(caller(clientAddress), branchId, clientAddress);
    return repositories.board().tickets(branchId, date, filter, first, pageSize);
  }

  /**
   * Calls today's oldest waiting ticket of the branch (in {@code sessionCode}, or any session when
   * null) to the caller's desk. Two officers never get the same ticket.
   */
  public CallOutcome callNext(
      long branchId, String sessionCode, String desk, String clientAddress) {
    StaffIdentity who = caller(clientAddress);
    requireAccess(who, branchId, clientAddress);
    String deskName = desk == null ? "" : desk.trim();
    if (deskName.isEmpty() || deskName.length() > MAX_DESK_LENGTH) {
      return new CallOutcome.DeskMissing();
    }
    Instant now = clock.instant();
    BranchOffice branch =
        repositories.calendar().branch(branchId).orElseThrow(BranchAccessDeniedException::new);
    LocalDate today = WorkingDays.today(branch.getZoneId(), now);
    Optional<CalledTicket> called =
        repositories
            .caller()
            .callNext(branchId, today, blankToNull(sessionCode), who.username(), deskName, now);
    if (called.isEmpty()) {
      return new CallOutcome.NoneWaiting();
    }
    CalledTicket ticket = called.get();
    audit.record(
        actor(who, clientAddress),
        "QUEUE_CALL_NEXT",
        "QUEUE_TICKET",
        ticket.ticketId(),
        "ticket " + ticket.ticketNumber() + " called to desk " + deskName);
    return new CallOutcome.Called(ticket);
  }

  /**
   * Marks a waiting or called ticket as no-show.
   *
   * @return false if the ticket is unknown or no longer waiting or called
   * @throws BranchAccessDeniedException if the ticket belongs to a branch the caller may not work
   */
  public boolean markNoShow(long ticketId, String clientAddress) {
    StaffIdentity who = caller(clientAddress);
    TicketCaller caller = repositories.caller();
    Optional<Long> branch = caller.branchOf(ticketId);
    if (branch.isEmpty()) {
      return false;
    }
    requireAccess(who, branch.get(), clientAddress);
    if (!caller.markNoShow(ticketId, who.username(), clock.instant())) {
      return false;
    }
    audit.record(actor(who, clientAddress), "QUEUE_NO_SHOW", "QUEUE_TICKET", ticketId, null);
    return true;
  }

  /** The signed-in staff member, as the container knows them. */
  private StaffIdentity caller(String clientAddress) {
    Principal principal = context.getCallerPrincipal();
    Optional<StaffIdentity> who =
        principal == null ? Optional.empty() : staff.identity(principal.getName());
    if (who.isEmpty()) {
      throw new BranchAccessDeniedException();
    }
    return who.get();
  }

  private void requireAccess(StaffIdentity who, long branchId, String clientAddress) {
    if (!who.mayAccessBranch(branchId)) {
      audit.record(
          actor(who, clientAddress),
          "QUEUE_ACCESS_DENIED",
          "BRANCH",
          branchId,
          "queue of another branch requested");
      throw new BranchAccessDeniedException();
    }
  }

  private static AuditTrail.Actor actor(StaffIdentity who, String clientAddress) {
    StaffRole role = who.role();
    return new AuditTrail.Actor(who.username(), role.name(), who.branchId(), clientAddress);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
