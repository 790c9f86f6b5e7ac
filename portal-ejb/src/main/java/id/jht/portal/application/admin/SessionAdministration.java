package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.domain.model.branch.ServiceSession;
import id.jht.portal.domain.model.branch.ServiceSessions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;

/**
 * A branch's daily service sessions with their default quotas (the three a new branch opens with
 * are {@link BranchAdministration}'s). Administrators only; every change is audited with what it
 * was before.
 */
@Stateless
public class SessionAdministration {

  @Inject ServiceSessions sessions;
  @Inject AdminAccess access;
  @Inject AuditTrail audit;

  public List<SessionRow> sessions(long branchId, String clientAddress) {
    access.administrator(clientAddress);
    return sessions.ofBranch(branchId).stream()
        .map(
            s ->
                new SessionRow(
                    s.getId(), s.getCode().trim(), s.getStart(), s.getEnd(), s.getDefaultQuota()))
        .toList();
  }

  /** Changes a session's times and default quota. */
  public void updateSession(
      long sessionId, LocalTime start, LocalTime end, Integer defaultQuota, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    ServiceSession session = BranchAdministration.found(sessions.find(sessionId), "session");
    BranchRules.checkSession(start, end, defaultQuota);
    String before =
        session.getStart() + "-" + session.getEnd() + " quota " + session.getDefaultQuota();
    sessions.reschedule(sessionId, start, end, defaultQuota);
    audit.record(
        caller.actor(),
        "SESSION_UPDATE",
        "SESSION",
        sessionId,
        session.getBranch().getCode()
            + " "
            + session.getCode().trim()
            + " before: "
            + before
            + "; after: "
            + start
            + "-"
            + end
            + " quota "
            + defaultQuota);
  }
}
