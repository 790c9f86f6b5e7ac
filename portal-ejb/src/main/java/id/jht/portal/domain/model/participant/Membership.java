package id.jht.portal.domain.model.participant;

import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One membership card (KPJ) of a participant, with its own employer and JHT balance. */
@Entity
@Table(name = "membership")
public class Membership extends VersionedEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  private Kpj kpj;
  private String employerName;
  private LocalDate membershipStart;

  @Enumerated(EnumType.STRING)
  private MembershipStatus status;

  private LocalDate nonActiveSince;

  /** Whole Rupiah. */
  private long balance;

  private boolean partialOtherTaken;
  private boolean partialHousingTaken;

  protected Membership() {}

  public Membership(
      Participant participant,
      Kpj kpj,
      String employerName,
      LocalDate membershipStart,
      MembershipStatus status,
      LocalDate nonActiveSince,
      long balance) {
    this.participant = participant;
    this.kpj = kpj;
    this.employerName = employerName;
    this.membershipStart = membershipStart;
    this.status = status;
    this.nonActiveSince = nonActiveSince;
    this.balance = balance;
  }

  public Participant getParticipant() {
    return participant;
  }

  public Kpj getKpj() {
    return kpj;
  }

  public String getEmployerName() {
    return employerName;
  }

  public LocalDate getMembershipStart() {
    return membershipStart;
  }

  public MembershipStatus getStatus() {
    return status;
  }

  public LocalDate getNonActiveSince() {
    return nonActiveSince;
  }

  public long getBalance() {
    return balance;
  }

  public boolean isPartialOtherTaken() {
    return partialOtherTaken;
  }

  public boolean isPartialHousingTaken() {
    return partialHousingTaken;
  }

  /** The registry learns late that the employment ended on {@code since} (a correction). */
  public void markNonActive(LocalDate since) {
    this.status = MembershipStatus.NON_ACTIVE;
    this.nonActiveSince = since;
  }

  public void markPartialTaken(boolean other, boolean housing) {
    this.partialOtherTaken |= other;
    this.partialHousingTaken |= housing;
  }
}
