package id.jht.portal.domain.model.staff;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An officer, supervisor or administrator account. The password is only ever kept as a hash. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends VersionedEntity {

  private String username;
  private String fullName;
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private StaffRole role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "branch_id")
  private BranchOffice branch;

  private String email;
  private boolean active;
  private int failedLogins;
  private Instant lockedUntil;
  private Instant createdAt;

  protected StaffAccount() {}

  public StaffAccount(
      String username,
      String fullName,
      String passwordHash,
      StaffRole role,
      BranchOffice branch,
      String email,
      Instant createdAt) {
    if (role != StaffRole.ADMINISTRATOR && branch == null) {
      throw new IllegalArgumentException("officers and supervisors belong to a branch");
    }
    this.username = username;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.branch = branch;
    this.email = email;
    this.active = true;
    this.createdAt = createdAt;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public StaffRole getRole() {
    return role;
  }

  public BranchOffice getBranch() {
    return branch;
  }

  public String getEmail() {
    return email;
  }

  public boolean isActive() {
    return active;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void recordFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockDuration);
      failedLogins = 0;
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  /**
   * After a successful sign-in with {@code password}: a hash stored in an older format is replaced
   * by one in today's, since only now is the password itself at hand.
   *
   * @return whether the stored hash was replaced
   */
  public boolean upgradePasswordHash(char[] password, StaffPasswords passwords) {
    if (!passwords.needsRehash(passwordHash)) {
      return false;
    }
    passwordHash = passwords.hash(password);
    return true;
  }

  public void assign(StaffRole role, BranchOffice branch) {
    this.role = role;
    this.branch = branch;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
