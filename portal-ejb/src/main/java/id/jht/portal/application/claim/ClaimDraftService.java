package id.jht.portal.application.claim;

import id.jht.portal.application.pendingclaim.ClaimLock;
import id.jht.portal.application.pendingclaim.ClaimLockService;
import id.jht.portal.application.pendingclaim.PendingClaimService;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimReason;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.EligibilityDecision;
import id.jht.portal.domain.model.claim.EligibilityRules;
import id.jht.portal.domain.model.claim.MembershipFacts;
import id.jht.portal.domain.model.contact.Bank;
import id.jht.portal.domain.model.contact.BankAccount;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Npwp;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.Masking;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The participant's claim as a draft saved after every completed step. Every method is one
 * transaction: a step either saves completely or leaves the draft as it was. Every method checks
 * that the claim belongs to the participant identified in the caller's session.
 */
@Stateless
public class ClaimDraftService {

  @Inject Claims claims;
  @Inject Participants participants;
  @Inject Clock clock;
  @Inject EligibilityRules rules;
  @Inject ClaimDocuments documents;
  @Inject ClaimLockService claimLocks;
  @Inject PendingClaimService pendingClaims;

  /**
   * The participant's open claim, or a new draft for the chosen membership. Two tabs or devices
   * starting at once get the same draft: the unique open-claim key lets only one insert win.
   */
  public Long startOrResume(Long participantId, Long membershipId) {
    Optional<Claim> open = openClaim(participantId);
    if (open.isPresent()) {
      Claim claim = open.get();
      if (claim.isDraft() && claim.getStepReached() <= 2 && membershipId != null) {
        claim.chooseMembership(ownMembership(participantId, membershipId));
      }
      claim.touch(clock.instant());
      if (claim.isDraft()) {
        // Coming back to an abandoned draft: its pending-claim record no longer blocks anyone.
        pendingClaims.resume(participantId);
      }
      return claim.getId();
    }
    Participant participant =
        participants.find(participantId).orElseThrow(ClaimAccessDeniedException::new);
    Membership membership = ownMembership(participantId, membershipId);
    // One claim per person across channels: another channel's open claim blocks a new one here.
    List<ClaimLock> elsewhere =
        claimLocks
            .lookup(
                participant.getNik().value(),
                membership.getKpj().value(),
                participant.getFullName().value(),
                null)
            .stream()
            .filter(lock -> !lock.heldByPortal())
            .toList();
    if (!elsewhere.isEmpty()) {
      throw new ClaimBlockedException(elsewhere);
    }
    Claim draft = Claim.startDraft(participant, membership, clock.instant());
    if (!claims.addDraft(draft)) {
      throw new ConcurrentDraftException();
    }
    return draft.getId();
  }

  /** The participant's open claim (draft or submitted), if any. */
  public Optional<Long> openClaimId(Long participantId) {
    return openClaim(participantId).map(Claim::getId);
  }

  public DraftView view(Long claimId, Long participantId) {
    Claim claim = owned(claimId, participantId, false);
    Membership membership = claim.getMembership();
    boolean npwpRequired = rules.policy().npwpThresholdRupiah() < membership.getBalance();
    List<String> required =
        claim.getReason() == null
            ? List.of()
            : claim.getReason().requiredDocuments(npwpRequired).stream().map(Enum::name).toList();
    List<String> optional =
        claim.getReason() == null
            ? List.of()
            : claim.getReason().optionalDocuments(npwpRequired).stream().map(Enum::name).toList();
    BranchOffice branch = claim.getBranch();
    BankAccount account = claim.getBankAccount();
    return new DraftView(
        claim.getId(),
        claim.getStatus(),
        claim.getStepReached(),
        claim.getParticipant().getFullName().value(),
        claim.getParticipant().getNik().masked(),
        membership.getKpj().masked(),
        membership.getEmployerName(),
        membership.getBalance(),
        claim.getReason(),
        claim.getPayableAmount(),
        npwpRequired,
        new ContactDetails(
            EmailAddress.textOf(claim.getEmail()),
            MobileNumber.textOf(claim.getPhone()),
            keptMotherMaidenName(claim),
            account == null ? null : account.bank().name(),
            account == null ? null : account.number(),
            claim.getAccountHolder() == null ? null : claim.getAccountHolder().value(),
            claim.getNpwp() == null ? null : claim.getNpwp().value()),
        branch == null ? null : branch.getId(),
        branch == null ? null : branch.getName(),
        claim.getServiceDate(),
        claim.getSessionCode(),
        documents.list(claim.getId()),
        required,
        optional);
  }

  /** Every reason with its decision for this participant today (in the branch's time zone). */
  public List<EligibilityDecision> eligibility(Long claimId, Long participantId) {
    Claim claim = owned(claimId, participantId, false);
    Map<ClaimReason, EligibilityDecision> all = rules.decideAll(facts(claim), today(claim));
    return new ArrayList<>(all.values());
  }

  /** Step 2: the reason, accepted only when the rules open it today. */
  public EligibilityDecision chooseReason(Long claimId, Long participantId, ClaimReason reason) {
    Claim claim = owned(claimId, participantId, true);
    if (reason == null) {
      throw single("reason", Message.of("wizard.reason.required"));
    }
    EligibilityDecision decision = rules.decide(reason, facts(claim), today(claim));
    if (!decision.eligible()) {
      throw single("reason", decision.refusal());
    }
    claim.chooseReason(reason, claim.getMembership().getBalance(), decision.payableAmount());
    claim.completeStep(2, clock.instant());
    return decision;
  }

  /** Step 3: contact and bank details, every field checked, all problems reported together. */
  public void saveContact(Long claimId, Long participantId, ContactDetails typed) {
    Claim claim = owned(claimId, participantId, true);
    requireStep(claim, 3);
    Participant participant = claim.getParticipant();
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    EmailAddress email = errors.check(() -> EmailAddress.of(typed.email()));
    MobileNumber phone = errors.check(() -> MobileNumber.of(typed.phone()));
    if (typed.motherMaidenName() == null || typed.motherMaidenName().isBlank()) {
      errors.add("motherMaidenName", Message.of("wizard.contact.motherMaidenName.required"));
    } else if (!typed.motherMaidenName().trim().equals(keptMotherMaidenName(claim))
        && !PersonName.of(participant.getMotherMaidenName())
            .sameAs(PersonName.of(typed.motherMaidenName()))) {
      // Left as shown (masked), the name stands: it was checked when the step was first saved.
      errors.add("motherMaidenName", Message.of("wizard.contact.motherMaidenName.mismatch"));
    }
    Bank bank = bank(typed.bankCode(), errors);
    BankAccount account =
        bank == null ? null : errors.check(() -> BankAccount.of(bank, typed.accountNumber()));
    if (typed.accountHolder() == null || typed.accountHolder().isBlank()) {
      errors.add("accountHolder", Message.of("wizard.contact.accountHolder.required"));
    } else if (!participant.getFullName().sameAs(PersonName.of(typed.accountHolder()))) {
      errors.add("accountHolder", Message.of("wizard.contact.accountHolder.notOwn"));
    }
    boolean npwpRequired =
        rules.policy().npwpThresholdRupiah() < claim.getMembership().getBalance();
    Npwp npwp = null;
    if (typed.npwp() != null && !typed.npwp().isBlank()) {
      npwp = errors.check(() -> Npwp.of(typed.npwp()));
    } else if (npwpRequired) {
      errors.add("npwp", Message.of("wizard.contact.npwp.required"));
    }
    errors.throwIfAny();
    claim.recordContact(email, phone, account, PersonName.of(typed.accountHolder()), npwp);
    claim.completeStep(3, clock.instant());
  }

  /**
   * The mother's maiden name as the contact step shows it again once it has been checked: masked
   * (it is a security answer, never sent back in clear), yet recognisable, and accepted unchanged.
   * Null before the step was first saved, so the field starts empty.
   */
  private static String keptMotherMaidenName(Claim claim) {
    return claim.getStepReached() > 3
        ? Masking.maskName(claim.getParticipant().getMotherMaidenName())
        : null;
  }

  /** Step 4 done: every required document is there. */
  public void confirmDocuments(Long claimId, Long participantId) {
    Claim claim = owned(claimId, participantId, true);
    requireStep(claim, 4);
    DraftView view = view(claimId, participantId);
    List<String> missing =
        view.requiredDocuments().stream().filter(type -> !view.hasDocument(type)).toList();
    if (!missing.isEmpty()) {
      ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
      for (String type : missing) {
        errors.add(
            "document-" + type,
            Message.of("wizard.documents.missing", new DocumentLabel("document." + type)));
      }
      errors.throwIfAny();
    }
    claim.completeStep(4, clock.instant());
  }

  /** Marks activity on the draft (the abandoned-session detector looks at it). */
  public void touch(Long claimId, Long participantId) {
    owned(claimId, participantId, false).touch(clock.instant());
  }

  /** A message argument that is itself a bundle key (a document's name, translated). */
  public record DocumentLabel(String key) {
    @Override
    public String toString() {
      return key;
    }
  }

  private Claim owned(Long claimId, Long participantId, boolean lock) {
    return lock
        ? OwnedClaims.lockDraft(claims, claimId, participantId)
        : OwnedClaims.find(claims, claimId, participantId);
  }

  static void requireStep(Claim claim, int step) {
    if (claim.getStepReached() < step) {
      throw single("step", Message.of("wizard.step.notYet"));
    }
  }

  LocalDate today(Claim claim) {
    BranchOffice branch =
        claim.getBranch() != null ? claim.getBranch() : claim.getParticipant().getHomeBranch();
    return LocalDate.now(clock.withZone(branch.getZoneId()));
  }

  private static MembershipFacts facts(Claim claim) {
    Membership m = claim.getMembership();
    return new MembershipFacts(
        claim.getParticipant().getBirthDate(),
        m.getMembershipStart(),
        m.getStatus(),
        m.getNonActiveSince(),
        m.getBalance(),
        m.isPartialOtherTaken(),
        m.isPartialHousingTaken());
  }

  private Optional<Claim> openClaim(Long participantId) {
    return claims.openOf(participantId);
  }

  private Membership ownMembership(Long participantId, Long membershipId) {
    return participants
        .membership(participantId, membershipId)
        .orElseThrow(ClaimAccessDeniedException::new);
  }

  private static Bank bank(String code, ValidationFailedException.Collector errors) {
    if (code == null || code.isBlank()) {
      errors.add(BankAccount.BANK_FIELD, Message.of("bank.required"));
      return null;
    }
    try {
      return Bank.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      errors.add(BankAccount.BANK_FIELD, Message.of("bank.required"));
      return null;
    }
  }

  static ValidationFailedException single(String field, Message message) {
    return ValidationFailedException.on(field, message);
  }
}
