package id.jht.portal.domain.model.branch;

import java.util.List;
import java.util.Optional;

/** Repository of the branch offices. */
public interface BranchOffices {

  Optional<BranchOffice> find(long branchId);

  /** The active branches, by province, city and name: what a participant chooses from. */
  List<BranchOffice> active();

  /**
   * Branches whose code, name, city or province contains {@code text} (any case), by code.
   *
   * @param active null for all, else only active or only inactive branches
   */
  List<BranchOffice> search(String text, Boolean active);

  Optional<BranchOffice> findByCode(String code);

  /**
   * Stores a new branch with its sessions, written at once so the caller can audit the new id in
   * the same transaction; a code taken meanwhile fails here on the unique key.
   */
  void add(BranchOffice branch, List<ServiceSession> sessions);

  /**
   * Sets a branch's name, address, place, zone and position (never its code) in one statement,
   * bumping its version.
   */
  void changeDetails(long branchId, BranchDetails details);
}
