package id.jht.portal.domain.model.staff;

import java.util.List;
import java.util.Optional;

/** Repository of the staff accounts. */
public interface StaffAccounts {

  /** Accounts whose username, name or branch code contains {@code text} (any case), by username. */
  List<StaffAccount> search(String text);

  Optional<StaffAccount> findByUsername(String username);

  /** The account, locked for the rest of the transaction: a sign-in counts its failures on it. */
  Optional<StaffAccount> lockByUsername(String username);

  /**
   * The account, locked for the rest of the transaction: two administrators changing roles at once
   * must not both leave the portal without its last administrator.
   */
  Optional<StaffAccount> lockForChange(long accountId);

  long countActiveAdministrators();

  /** Stores a new account and gives it its id. */
  void add(StaffAccount account);
}
