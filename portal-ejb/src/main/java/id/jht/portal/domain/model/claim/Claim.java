package id.jht.portal.domain.model.claim;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.contact.AccountNumber;
import id.jht.portal.domain.model.contact.Bank;
import id.jht.portal.domain.model.contact.BankAccount;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.entity.VersionedEntity;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Npwp;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.PersonName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A JHT claim, from the first saved wizard step (a draft) to payment, rejection or cancellation.
 *
 * <p>While open, {@code openParticipantId} carries the participant's id under a unique constraint:
 * the database itself guarantees one open claim per person, whichever node saves it.
 */
@Entity
@Table(name = "claim")
public class Claim extends VersionedEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "membership_id")
  private Membership membership;

  private Long openParticipantId;

  @Enumerated(EnumType.STRING)
  private ClaimStatus status;

  private int stepReached;

  @Enumerated(EnumType.STRING)
  private ClaimReason reason;

  private EmailAddress email;
  private MobileNumber phone;

  /**
   * With {@link #accountNumber}, the {@link BankAccount}: only {@link #recordContact} sets both.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "bank_code")
  private Bank bank;

  private AccountNumber accountNumber;
  private PersonName accountHolder;
  private Npwp npwp;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "branch_id")
  private BranchOffice branch;

  private LocalDate serviceDate;
  private String sessionCode;
  private boolean declarationAccepted;
  private Long balanceAtSubmission;
  private Long payableAmount;
  private Instant createdAt;
  private Instant lastActivityAt;
  private Instant submittedAt;
  private Instant closedAt;

  /**
   * How often this draft was abandoned; each abandonment yields exactly one pending-claim record.
   */
  private int abandonCount;

  protected Claim() {}

  /** Starts a draft once the participant's identity has been confirmed. */
  public static Claim startDraft(Participant participant, Membership membership, Instant now) {
    Claim claim = new Claim();
    claim.participant = participant;
    claim.membership = membership;
    claim.openParticipantId = participant.getId();
    claim.status = ClaimStatus.DRAFT;
    claim.stepReached = 2; // identity (step 1) is done when a draft starts
    claim.createdAt = now;
    claim.lastActivityAt = now;
    return claim;
  }

  public Participant getParticipant() {
    return participant;
  }

  public Membership getMembership() {
    return membership;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public int getStepReached() {
    return stepReached;
  }

  public ClaimReason getReason() {
    return reason;
  }

  public EmailAddress getEmail() {
    return email;
  }

  public MobileNumber getPhone() {
    return phone;
  }

  /** The account the benefit is paid into; {@code null} until the contact step is saved. */
  public BankAccount getBankAccount() {
    return BankAccount.stored(bank, accountNumber);
  }

  public PersonName getAccountHolder() {
    return accountHolder;
  }

  public Npwp getNpwp() {
    return npwp;
  }

  public BranchOffice getBranch() {
    return branch;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public String getSessionCode() {
    return sessionCode;
  }

  public boolean isDeclarationAccepted() {
    return declarationAccepted;
  }

  public Long getBalanceAtSubmission() {
    return balanceAtSubmission;
  }

  public Long getPayableAmount() {
    return payableAmount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public int getAbandonCount() {
    return abandonCount;
  }

  public boolean isDraft() {
    return status == ClaimStatus.DRAFT;
  }

  public void touch(Instant now) {
    lastActivityAt = now;
  }

  /** Records that the participant completed wizard step {@code step}; never moves backwards. */
  public void completeStep(int step, Instant now) {
    stepReached = Math.max(stepReached, step + 1);
    lastActivityAt = now;
  }

  public void chooseMembership(Membership membership) {
    this.membership = membership;
  }

  public void chooseReason(ClaimReason reason, long balance, long payable) {
    this.reason = reason;
    this.balanceAtSubmission = balance;
    this.payableAmount = payable;
  }

  public void recordContact(
      EmailAddress email,
      MobileNumber phone,
      BankAccount account,
      PersonName accountHolder,
      Npwp npwp) {
    this.email = email;
    this.phone = phone;
    this.bank = account.bank();
    this.accountNumber = account.accountNumber();
    this.accountHolder = accountHolder;
    this.npwp = npwp;
  }

  public void chooseSchedule(BranchOffice branch, LocalDate serviceDate, String sessionCode) {
    this.branch = branch;
    this.serviceDate = serviceDate;
    this.sessionCode = sessionCode;
  }

  public void acceptDeclaration() {
    this.declarationAccepted = true;
  }

  /**
   * The draft got its queue number: it is now a submitted claim.
   *
   * @throws IllegalClaimTransitionException unless the claim is a draft
   */
  public void submit(Instant now) {
    perform(ClaimAction.SUBMIT, now);
    submittedAt = now;
  }

  /** An officer called the ticket ({@link ClaimAction#CALL}). */
  public void call(Instant now) {
    perform(ClaimAction.CALL, now);
  }

  /** Called, missed, and waiting again with a new number ({@link ClaimAction#REQUEUE}). */
  public void requeue(Instant now) {
    perform(ClaimAction.REQUEUE, now);
  }

  /** {@link ClaimAction#START_VERIFICATION}. */
  public void startVerification(Instant now) {
    perform(ClaimAction.START_VERIFICATION, now);
  }

  /** {@link ClaimAction#REQUEST_DOCUMENTS}. */
  public void requestDocuments(Instant now) {
    perform(ClaimAction.REQUEST_DOCUMENTS, now);
  }

  /**
   * Every requested document was uploaded again ({@link ClaimAction#RECEIVE_REQUESTED_DOCUMENTS}).
   */
  public void receiveRequestedDocuments(Instant now) {
    perform(ClaimAction.RECEIVE_REQUESTED_DOCUMENTS, now);
  }

  /** {@link ClaimAction#APPROVE}. */
  public void approve(Instant now) {
    perform(ClaimAction.APPROVE, now);
  }

  /** {@link ClaimAction#REJECT}; closes the claim. */
  public void reject(Instant now) {
    perform(ClaimAction.REJECT, now);
  }

  /** {@link ClaimAction#MARK_PAID}; closes the claim. */
  public void markPaid(Instant now) {
    perform(ClaimAction.MARK_PAID, now);
  }

  /** {@link ClaimAction#CANCEL}; closes the claim. */
  public void cancel(Instant now) {
    perform(ClaimAction.CANCEL, now);
  }

  /**
   * The one place the status changes: a final status also closes the claim and frees the
   * participant for a new one.
   *
   * @throws IllegalClaimTransitionException when the action is not allowed from the status
   */
  private void perform(ClaimAction action, Instant now) {
    if (!action.isAllowedFrom(status)) {
      throw new IllegalClaimTransitionException(status, action);
    }
    ClaimStatus next = action.target();
    status = next;
    lastActivityAt = now;
    if (!next.isOpen()) {
      closedAt = now;
      openParticipantId = null;
    }
  }

  /** Counts one abandonment of this draft and returns its number (1 for the first). */
  public int recordAbandonment() {
    return ++abandonCount;
  }
}
