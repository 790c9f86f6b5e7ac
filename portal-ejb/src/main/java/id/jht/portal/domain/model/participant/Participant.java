package id.jht.portal.domain.model.participant;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A participant (peserta) in the registry, identified by NIK, holding one or more KPJ. */
@Entity
@Table(name = "participant")
public class Participant extends VersionedEntity {

  private Nik nik;
  private PersonName fullName;
  private String birthPlace;
  private LocalDate birthDate;
  private String gender;
  private String motherMaidenName;
  private EmailAddress email;
  private MobileNumber phone;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "home_branch_id")
  private BranchOffice homeBranch;

  private int failedAttempts;
  private Instant lockedUntil;

  @OneToMany(mappedBy = "participant")
  @OrderBy("id")
  private List<Membership> memberships = new ArrayList<>();

  protected Participant() {}

  public Participant(
      Nik nik,
      PersonName fullName,
      String birthPlace,
      LocalDate birthDate,
      Gender gender,
      String motherMaidenName,
      EmailAddress email,
      MobileNumber phone,
      BranchOffice homeBranch) {
    this.nik = nik;
    this.fullName = fullName;
    this.birthPlace = birthPlace;
    this.birthDate = birthDate;
    this.gender = gender == Gender.FEMALE ? "F" : "M";
    this.motherMaidenName = motherMaidenName;
    this.email = email;
    this.phone = phone;
    this.homeBranch = homeBranch;
  }

  public Nik getNik() {
    return nik;
  }

  public PersonName getFullName() {
    return fullName;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Gender getGender() {
    return "F".equals(gender) ? Gender.FEMALE : Gender.MALE;
  }

  public String getMotherMaidenName() {
    return motherMaidenName;
  }

  public EmailAddress getEmail() {
    return email;
  }

  public MobileNumber getPhone() {
    return phone;
  }

  public BranchOffice getHomeBranch() {
    return homeBranch;
  }

  public List<Membership> getMemberships() {
    return memberships;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed identity check; the attempt that reaches {@code maxAttempts} locks the NIK for
   * {@code lockDuration}.
   *
   * @return true when this failure locked the participant
   */
  public boolean recordFailedAttempt(Instant now, int maxAttempts, Duration lockDuration) {
    failedAttempts++;
    if (failedAttempts >= maxAttempts) {
      lockedUntil = now.plus(lockDuration);
      failedAttempts = 0;
      return true;
    }
    return false;
  }

  public void recordSuccessfulIdentification() {
    failedAttempts = 0;
  }

  /** Lifts a lock (branch officer or administrator, or the lock simply expiring). */
  public void unlock() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  /**
   * The branch corrected the registry to the e-KTP (an accepted correction request). The officer
   * has seen the e-KTP, so the failed tries the wrong registry data caused are forgiven and a lock
   * they caused is lifted.
   */
  public void correctIdentity(String correctedName, LocalDate correctedBirthDate) {
    this.fullName = PersonName.of(correctedName);
    this.birthDate = Objects.requireNonNull(correctedBirthDate, "correctedBirthDate");
    unlock();
  }

  /** Used by demo data and imports to put a participant in a locked state. */
  public void lockUntil(Instant until) {
    this.lockedUntil = until;
  }
}
