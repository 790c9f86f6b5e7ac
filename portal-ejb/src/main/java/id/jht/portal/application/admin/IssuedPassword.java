package id.jht.portal.application.admin;

/**
 * A temporary password for a staff account, shown to the administrator once to hand over; only its
 * hash is stored.
 */
public record IssuedPassword(long accountId, String username, String password) {

  /** Never print the password by accident. */
  @Override
  public String toString() {
    return "IssuedPassword[" + username + "]";
  }
}
