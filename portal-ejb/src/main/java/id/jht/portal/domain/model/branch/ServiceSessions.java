package id.jht.portal.domain.model.branch;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Repository of the branches' daily service sessions with their default quotas. */
public interface ServiceSessions {

  /** The branch's sessions, by code. */
  List<ServiceSession> ofBranch(long branchId);

  Optional<ServiceSession> find(long sessionId);

  /** One of the branch's sessions, by its code. */
  Optional<ServiceSession> find(long branchId, String sessionCode);

  /**
   * Sets a session's times and default quota in one statement, bumping its version; the entity read
   * before is not written afterwards, so its own version check cannot clash with this update.
   */
  void reschedule(long sessionId, LocalTime start, LocalTime end, Integer defaultQuota);
}
