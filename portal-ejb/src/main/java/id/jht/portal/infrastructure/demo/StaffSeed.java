package id.jht.portal.infrastructure.demo;

import java.util.Objects;

/**
 * A staff account to seed.
 *
 * @param role {@code OFFICER}, {@code SUPERVISOR} or {@code ADMINISTRATOR}
 * @param branchCode the officer's or supervisor's branch; null for the administrator
 * @param demoPassword the clear-text password of this DEMO account, published in the README so that
 *     reviewers can sign in; it must be hashed when seeded and never used outside demo deployments
 */
public record StaffSeed(
    String username, String fullName, String role, String branchCode, String demoPassword) {

  public static final String OFFICER = "OFFICER";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String ADMINISTRATOR = "ADMINISTRATOR";

  public StaffSeed {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(demoPassword, "demoPassword");
    if (!OFFICER.equals(role) && !SUPERVISOR.equals(role) && !ADMINISTRATOR.equals(role)) {
      throw new IllegalArgumentException("Unknown staff role: " + role);
    }
    if (ADMINISTRATOR.equals(role) != (branchCode == null)) {
      throw new IllegalArgumentException(
          "Exactly the administrator has no branch: " + username + " (" + role + ")");
    }
  }
}
