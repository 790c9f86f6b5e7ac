package id.jht.portal.application.queue;

import id.jht.portal.application.schedule.Branch;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The head of a branch's queue board for one day: its sessions with counts per status.
 *
 * @param today whether {@code date} is today at the branch: only then can tickets be called
 */
public record QueueBoard(Branch branch, LocalDate date, boolean today, List<SessionCounts> sessions)
    implements Serializable {}
