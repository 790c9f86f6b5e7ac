package id.jht.portal.application.schedule;

import id.jht.portal.domain.model.branch.BranchOffice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: what the service calendar reads of the branches and their sessions, in the caller's
 * transaction and without locks ({@code TicketAllocator} locks what it decides on).
 */
public interface BranchSchedules {

  Optional<BranchOffice> branch(long id);

  /** The branch with that code as stored (upper case). */
  Optional<BranchOffice> branchByCode(String code);

  /** The active branches, by code. */
  List<BranchOffice> activeBranches();

  /** The other active branches in the same city or province as {@code branch}, in id order. */
  List<BranchOffice> activeInCityOrProvince(BranchOffice branch);

  /**
   * The branch's sessions on {@code date} in session-code order, each with the date's quota (its
   * override, else the session's default) and the places taken (numbers issued minus those given
   * back; 0 while the session has no counter row that day).
   *
   * @param onlyCode just this session, or {@code null} for all
   */
  List<SessionAvailability> sessions(long branchId, LocalDate date, String onlyCode);
}
