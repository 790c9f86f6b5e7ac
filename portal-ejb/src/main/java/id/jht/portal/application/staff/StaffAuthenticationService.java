package id.jht.portal.application.staff;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.domain.model.staff.StaffAccount;
import id.jht.portal.domain.model.staff.StaffAccounts;
import id.jht.portal.domain.model.staff.StaffPasswords;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks staff credentials, counts failures and locks an account after too many of them. Every
 * outcome is audited. A failed check costs as much time for an unknown user as for a known one.
 */
@Stateless
public class StaffAuthenticationService {

  @Inject StaffAccounts accounts;
  @Inject Clock clock;
  @Inject StaffPasswords passwords;
  @Inject AuditTrail audit;
  @Inject StaffLockMail lockMails;

  @Inject
  @ConfigProperty(name = "portal.staff.max-failed-logins", defaultValue = "5")
  int maxFailedLogins;

  @Inject
  @ConfigProperty(name = "portal.staff.lock-minutes", defaultValue = "15")
  int lockMinutes;

  /** The result of a sign-in attempt. */
  public sealed interface Outcome {
    /** Signed in. */
    record Success(StaffIdentity identity) implements Outcome {}

    /**
     * Not signed in: unknown user, wrong password or locked account alike, in one answer and after
     * the same password hashing, so neither the text nor the time tells them apart. The owner of a
     * locked account learns of the lock by mail.
     */
    record Failure() implements Outcome {}
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome authenticate(String username, char[] password, String clientAddress) {
    Instant now = clock.instant();
    Optional<StaffAccount> found = findForUpdate(username);
    if (found.isEmpty() || !found.get().isActive()) {
      passwords.matchDecoy(password);
      audit.record(
          new AuditTrail.Actor(safe(username), "ANONYMOUS", null, clientAddress),
          "STAFF_LOGIN_FAILED",
          "STAFF",
          null,
          "unknown or inactive account");
      return new Outcome.Failure();
    }
    StaffAccount account = found.get();
    AuditTrail.Actor actor =
        new AuditTrail.Actor(
            account.getUsername(),
            account.getRole().name(),
            account.getBranch() == null ? null : account.getBranch().getId(),
            clientAddress);
    // Hashed in every case, a locked account included: the answer's timing must not tell.
    boolean passwordMatches = passwords.matches(password, account.getPasswordHash());
    if (account.isLockedAt(now)) {
      audit.record(actor, "STAFF_LOGIN_REFUSED_LOCKED", "STAFF", account.getId(), null);
      return new Outcome.Failure();
    }
    if (!passwordMatches) {
      account.recordFailedLogin(now, maxFailedLogins, Duration.ofMinutes(lockMinutes));
      audit.record(actor, "STAFF_LOGIN_FAILED", "STAFF", account.getId(), "wrong password");
      if (account.isLockedAt(now)) {
        lockMails.accountLocked(account, account.getLockedUntil());
      }
      return new Outcome.Failure();
    }
    account.recordSuccessfulLogin();
    account.upgradePasswordHash(password, passwords);
    audit.record(actor, "STAFF_LOGIN", "STAFF", account.getId(), null);
    return new Outcome.Success(StaffIdentity.of(account));
  }

  public Optional<StaffIdentity> identity(String username) {
    return accounts.findByUsername(username).map(StaffIdentity::of);
  }

  public void recordLogout(StaffIdentity who, String clientAddress) {
    audit.record(
        new AuditTrail.Actor(who.username(), who.role().name(), who.branchId(), clientAddress),
        "STAFF_LOGOUT",
        "STAFF",
        who.id(),
        null);
  }

  private Optional<StaffAccount> findForUpdate(String username) {
    if (username == null || username.isBlank() || username.length() > 60) {
      return Optional.empty();
    }
    return accounts.lockByUsername(username.trim());
  }

  private static String safe(String username) {
    if (username == null) {
      return "";
    }
    String cleaned = username.replaceAll("[^A-Za-z0-9._@-]", "?");
    return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
  }
}
