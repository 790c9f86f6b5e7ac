package id.jht.portal.application.admin;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.staff.StaffAccount;
import id.jht.portal.domain.model.staff.StaffAccounts;
import id.jht.portal.domain.model.staff.StaffPasswords;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Staff accounts and roles: create (with a temporary password shown once), change role and branch,
 * deactivate and reactivate, reset the password, lift a sign-in lock. Administrators only.
 *
 * <p>Two guards keep the portal administrable: administrators cannot deactivate or demote
 * themselves, and the last active administrator cannot be deactivated or demoted at all.
 */
@Stateless
public class StaffAdministration {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
  private static final TemporaryPasswords PASSWORDS = new TemporaryPasswords();

  @Inject StaffAccounts accounts;
  @Inject StaffPasswords passwordHashes;
  @Inject BranchOffices offices;

  @Inject AdminAccess access;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Accounts whose username, name or branch code contains {@code text}, by username. */
  public List<StaffRow> accounts(String text, String clientAddress) {
    access.administrator(clientAddress);
    Instant now = clock.instant();
    return accounts.search(text).stream().map(s -> row(s, now)).toList();
  }

  /**
   * Creates an account with a temporary password.
   *
   * @return the password, to be shown once
   * @throws ValidationFailedException fields {@code username}, {@code fullName}, {@code role},
   *     {@code branch}, {@code email}
   */
  public IssuedPassword create(NewStaffAccount form, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    String username = form.username() == null ? "" : form.username().strip();
    if (!USERNAME.matcher(username).matches()) {
      errors.add("username", Message.of("admin.staff.usernameInvalid"));
    } else if (find(username) != null) {
      errors.add("username", Message.of("admin.staff.usernameTaken", username));
    }
    if (form.fullName() == null || form.fullName().isBlank()) {
      errors.add("fullName", Message.of("admin.field.required"));
    } else if (form.fullName().strip().length() > 120) {
      errors.add("fullName", Message.of("admin.field.tooLong", 120));
    }
    StaffRole role = role(form.role(), errors);
    BranchOffice branch = branchFor(role, form.branchId(), errors);
    String email = null;
    if (form.email() != null && !form.email().isBlank()) {
      try {
        email = EmailAddress.of(form.email()).value();
      } catch (InvalidValueException e) {
        errors.add("email", e.message());
      }
    }
    errors.throwIfAny();
    char[] password = PASSWORDS.generate();
    try {
      StaffAccount account =
          new StaffAccount(
              username,
              form.fullName().strip(),
              passwordHashes.hash(password),
              role,
              branch,
              email,
              clock.instant());
      accounts.add(account);
      audit.record(
          caller.actor(),
          "STAFF_CREATE",
          "STAFF",
          account.getId(),
          username + " " + role + (branch == null ? "" : " " + branch.getCode()));
      return new IssuedPassword(account.getId(), username, new String(password));
    } finally {
      Arrays.fill(password, ' ');
    }
  }

  /**
   * Changes an account's role and branch.
   *
   * @throws ValidationFailedException fields {@code role} (own role, last administrator), {@code
   *     branch}
   */
  public void changeAssignment(long id, String role, Long branchId, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    StaffAccount account = existing(id);
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    StaffRole newRole = role(role, errors);
    BranchOffice branch = branchFor(newRole, branchId, errors);
    if (newRole != null
        && newRole != StaffRole.ADMINISTRATOR
        && account.getRole() == StaffRole.ADMINISTRATOR) {
      if (account.getId().equals(caller.identity().id())) {
        errors.add("role", Message.of("admin.staff.notYourself"));
      } else if (activeAdministrators() <= 1) {
        errors.add("role", Message.of("admin.staff.lastAdministrator"));
      }
    }
    errors.throwIfAny();
    String before = describe(account);
    account.assign(newRole, branch);
    audit.record(
        caller.actor(),
        "STAFF_ASSIGN",
        "STAFF",
        id,
        account.getUsername() + " before: " + before + "; after: " + describe(account));
  }

  /** Deactivates (no sign-in any more, effective on the next request) or reactivates an account. */
  public void setActive(long id, boolean active, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    StaffAccount account = existing(id);
    if (account.isActive() == active) {
      return;
    }
    if (!active) {
      if (account.getId().equals(caller.identity().id())) {
        fail("account", "admin.staff.notYourself");
      }
      if (account.getRole() == StaffRole.ADMINISTRATOR && activeAdministrators() <= 1) {
        fail("account", "admin.staff.lastAdministrator");
      }
    }
    account.setActive(active);
    audit.record(
        caller.actor(),
        active ? "STAFF_ACTIVATE" : "STAFF_DEACTIVATE",
        "STAFF",
        id,
        account.getUsername());
  }

  /** Gives the account a new temporary password and lifts any sign-in lock. */
  public IssuedPassword resetPassword(long id, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    StaffAccount account = existing(id);
    char[] password = PASSWORDS.generate();
    try {
      account.changePasswordHash(passwordHashes.hash(password));
      account.recordSuccessfulLogin();
      audit.record(caller.actor(), "STAFF_PASSWORD_RESET", "STAFF", id, account.getUsername());
      return new IssuedPassword(id, account.getUsername(), new String(password));
    } finally {
      Arrays.fill(password, ' ');
    }
  }

  /** Lifts the lock after too many failed sign-ins. */
  public void unlock(long id, String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    StaffAccount account = existing(id);
    // Clears the failure count and the lock: the same state as after a successful sign-in.
    account.recordSuccessfulLogin();
    audit.record(caller.actor(), "STAFF_UNLOCK", "STAFF", id, account.getUsername());
  }

  private StaffRole role(String role, ValidationFailedException.Collector errors) {
    try {
      return StaffRole.valueOf(role == null ? "" : role);
    } catch (IllegalArgumentException unknown) {
      errors.add("role", Message.of("admin.staff.roleInvalid"));
      return null;
    }
  }

  private BranchOffice branchFor(
      StaffRole role, Long branchId, ValidationFailedException.Collector errors) {
    if (role == null || role == StaffRole.ADMINISTRATOR) {
      return null;
    }
    BranchOffice branch = branchId == null ? null : offices.find(branchId).orElse(null);
    if (branch == null) {
      errors.add("branch", Message.of("admin.staff.branchRequired"));
    }
    return branch;
  }

  private long activeAdministrators() {
    return accounts.countActiveAdministrators();
  }

  private StaffAccount find(String username) {
    return accounts.findByUsername(username).orElse(null);
  }

  private StaffAccount existing(long id) {
    StaffAccount account = accounts.lockForChange(id).orElse(null);
    if (account == null) {
      fail("account", "admin.notFound");
    }
    return account;
  }

  private static void fail(String field, String key) {
    throw ValidationFailedException.on(field, Message.of(key));
  }

  private static String describe(StaffAccount s) {
    return s.getRole() + (s.getBranch() == null ? "" : " " + s.getBranch().getCode());
  }

  private static StaffRow row(StaffAccount s, Instant now) {
    BranchOffice b = s.getBranch();
    return new StaffRow(
        s.getId(),
        s.getUsername(),
        s.getFullName(),
        s.getRole().name(),
        b == null ? null : b.getId(),
        b == null ? null : b.getCode(),
        s.getEmail(),
        s.isActive(),
        s.isLockedAt(now));
  }
}
