package id.jht.portal.domain.model.branch;

import java.util.Optional;

/** Repository of the branch offices. */
public interface BranchOffices {

  Optional<BranchOffice> find(long branchId);
}
