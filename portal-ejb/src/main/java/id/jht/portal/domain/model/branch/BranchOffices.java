package id.jht.portal.domain.model.branch;

import java.util.List;
import java.util.Optional;

/** Repository of the branch offices. */
public interface BranchOffices {

  Optional<BranchOffice> find(long branchId);

  /** The active branches, by province, city and name: what a participant chooses from. */
  List<BranchOffice> active();

  /** One of the branch's sessions, by its code. */
  Optional<ServiceSession> session(long branchId, String sessionCode);
}
