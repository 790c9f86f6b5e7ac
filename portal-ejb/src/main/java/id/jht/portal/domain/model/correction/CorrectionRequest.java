package id.jht.portal.domain.model.correction;

import id.jht.portal.domain.model.entity.VersionedEntity;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.InvalidValueException;
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
 * One request to the participant's home branch to correct the registry, with the document that
 * proves it. Decided once: accepting a membership-status request makes the membership non-active
 * from the date on the employer's letter, so the waiting period runs from there; accepting an
 * identity-data request writes the name and birth date of the e-KTP into the registry.
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest extends VersionedEntity {

  static final int MAX_TEXT = 500;
  static final int MAX_NAME = 120;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "membership_id")
  private Membership membership;

  private Long branchId;

  @Enumerated(EnumType.STRING)
  private CorrectionKind kind;

  @Enumerated(EnumType.STRING)
  private CorrectionState state;

  private String statement;
  private LocalDate letterDate;
  private String documentName;
  private String documentKey;
  private String documentMediaType;
  private Instant submittedAt;
  private Instant decidedAt;
  private String decidedBy;
  private String refusalReason;
  private String claimedName;
  private LocalDate claimedBirthDate;
  private String registryName;
  private LocalDate registryBirthDate;
  private String referenceHash;

  /** The participant while undecided: the database allows one open request of each kind. */
  private Long openParticipantId;

  protected CorrectionRequest() {}

  /**
   * A request that the still-active membership be made non-active from the letter's date.
   *
   * @throws InvalidValueException for a missing statement or letter date, or a letter dated after
   *     today or before the membership began
   */
  public static CorrectionRequest membershipStatus(
      Membership membership,
      String statement,
      LocalDate letterDate,
      StoredEvidence evidence,
      Instant now,
      LocalDate today) {
    checkMembershipStatus(membership, statement, letterDate, today);
    CorrectionRequest request = new CorrectionRequest();
    request.participant = membership.getParticipant();
    request.membership = membership;
    request.branchId = membership.getParticipant().getHomeBranch().getId();
    request.kind = CorrectionKind.MEMBERSHIP_STATUS;
    request.state = CorrectionState.SUBMITTED;
    request.statement = statement.strip();
    request.letterDate = letterDate;
    request.documentName = evidence.displayName();
    request.documentKey = evidence.storageKey();
    request.documentMediaType = evidence.mediaType();
    request.submittedAt = now;
    request.openParticipantId = request.participant.getId();
    return request;
  }

  /**
   * The checks of {@link #membershipStatus}, on their own: made before the document is kept.
   *
   * @throws InvalidValueException as {@link #membershipStatus} does
   */
  public static void checkMembershipStatus(
      Membership membership, String statement, LocalDate letterDate, LocalDate today) {
    statement(statement);
    if (letterDate == null) {
      throw InvalidValueException.of("letterDate", "correction.letterDate.required");
    }
    if (letterDate.isAfter(today)) {
      throw InvalidValueException.of("letterDate", "correction.letterDate.future");
    }
    if (letterDate.isBefore(membership.getMembershipStart())) {
      throw InvalidValueException.of(
          "letterDate", "correction.letterDate.beforeStart", membership.getMembershipStart());
    }
  }

  /**
   * A request that the registry take the name and birth date of the e-KTP, whose photo is the
   * evidence; the registry's data of today is kept beside them for the officer and the audit.
   *
   * @throws InvalidValueException as {@link #checkIdentityData} does
   */
  public static CorrectionRequest identityData(
      Membership membership,
      EktpData ektp,
      String statement,
      StoredEvidence evidence,
      CorrectionReference reference,
      Instant now,
      LocalDate today) {
    Participant participant = membership.getParticipant();
    checkIdentityData(participant.getNik(), ektp, statement, today);
    if (!differsFromRegistry(participant, ektp)) {
      throw InvalidValueException.of("fullName", "correction.ektp.sameAsRegistry");
    }
    CorrectionRequest request = new CorrectionRequest();
    request.participant = participant;
    request.membership = membership;
    request.branchId = participant.getHomeBranch().getId();
    request.kind = CorrectionKind.IDENTITY_DATA;
    request.state = CorrectionState.SUBMITTED;
    request.statement = statement.strip();
    request.claimedName = PersonName.of(ektp.fullName()).value();
    request.claimedBirthDate = ektp.birthDate();
    request.registryName = participant.getFullName().value();
    request.registryBirthDate = participant.getBirthDate();
    request.documentName = evidence.displayName();
    request.documentKey = evidence.storageKey();
    request.documentMediaType = evidence.mediaType();
    request.submittedAt = now;
    request.openParticipantId = participant.getId();
    request.referenceHash = reference.hash();
    return request;
  }

  /**
   * The checks of {@link #identityData} that need no registry: made before the photo is kept and
   * before anyone looks the NIK up, so their answers say nothing about the registry. The birth date
   * must agree with the NIK, which encodes it on every e-KTP.
   *
   * @throws InvalidValueException for a missing or too long name or statement, a missing birth
   *     date, one after today, or one the NIK contradicts
   */
  public static void checkIdentityData(Nik nik, EktpData ektp, String statement, LocalDate today) {
    String name = ektp.fullName() == null ? "" : ektp.fullName().strip();
    if (name.isEmpty() || PersonName.normalize(name).isBlank()) {
      throw InvalidValueException.of("fullName", "correction.ektpName.required");
    }
    if (name.length() > MAX_NAME) {
      throw InvalidValueException.of("fullName", "correction.text.tooLong", MAX_NAME);
    }
    if (ektp.birthDate() == null) {
      throw InvalidValueException.of("birthDate", "correction.ektpBirthDate.required");
    }
    if (ektp.birthDate().isAfter(today)) {
      throw InvalidValueException.of("birthDate", "correction.ektpBirthDate.future");
    }
    if (!nik.matchesBirthDate(ektp.birthDate())) {
      throw InvalidValueException.of("birthDate", "correction.ektpBirthDate.notNik");
    }
    statement(statement);
  }

  /** Whether the e-KTP's data differ from the registry's, compared as the identity step does. */
  public static boolean differsFromRegistry(Participant participant, EktpData ektp) {
    return !participant.getFullName().sameAs(PersonName.of(ektp.fullName()))
        || !participant.getBirthDate().equals(ektp.birthDate());
  }

  /**
   * Whether what a participant typed at the identity step is the e-KTP data of this request: they
   * learn its state instead of a plain mismatch (they typed what they themselves asked for).
   */
  public boolean claims(String typedName, LocalDate typedBirthDate) {
    if (kind != CorrectionKind.IDENTITY_DATA || typedName == null || typedBirthDate == null) {
      return false;
    }
    String typed = PersonName.normalize(typedName);
    return !typed.isBlank()
        && PersonName.normalize(claimedName).equals(typed)
        && claimedBirthDate.equals(typedBirthDate);
  }

  /**
   * Accepts the request: the membership becomes non-active from the letter's date, or the registry
   * takes the e-KTP's name and birth date.
   *
   * @throws IllegalStateException if it is decided already
   */
  public void accept(String officer, Instant now) {
    decide(CorrectionState.ACCEPTED, officer, now);
    switch (kind) {
      case MEMBERSHIP_STATUS -> membership.markNonActive(letterDate);
      case IDENTITY_DATA -> participant.correctIdentity(claimedName, claimedBirthDate);
    }
  }

  /**
   * Refuses the request with a reason that the participant reads.
   *
   * @throws InvalidValueException for a missing or too long reason
   * @throws IllegalStateException if it is decided already
   */
  public void refuse(String reason, String officer, Instant now) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidValueException.of("refusalReason", "correction.refusal.required");
    }
    if (why.length() > MAX_TEXT) {
      throw InvalidValueException.of("refusalReason", "correction.text.tooLong", MAX_TEXT);
    }
    decide(CorrectionState.REFUSED, officer, now);
    refusalReason = why;
  }

  private void decide(CorrectionState outcome, String officer, Instant now) {
    if (state != CorrectionState.SUBMITTED) {
      throw new IllegalStateException(
          "correction request " + getId() + " is " + state + " already");
    }
    state = outcome;
    decidedBy = officer;
    decidedAt = now;
    openParticipantId = null;
  }

  private static String statement(String statement) {
    String text = statement == null ? "" : statement.strip();
    if (text.isEmpty()) {
      throw InvalidValueException.of("statement", "correction.statement.required");
    }
    if (text.length() > MAX_TEXT) {
      throw InvalidValueException.of("statement", "correction.text.tooLong", MAX_TEXT);
    }
    return text;
  }

  public Participant getParticipant() {
    return participant;
  }

  public Membership getMembership() {
    return membership;
  }

  public Long getBranchId() {
    return branchId;
  }

  public CorrectionKind getKind() {
    return kind;
  }

  public CorrectionState getState() {
    return state;
  }

  public String getStatement() {
    return statement;
  }

  public LocalDate getLetterDate() {
    return letterDate;
  }

  public String getDocumentName() {
    return documentName;
  }

  public String getDocumentKey() {
    return documentKey;
  }

  public String getDocumentMediaType() {
    return documentMediaType;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public String getClaimedName() {
    return claimedName;
  }

  public LocalDate getClaimedBirthDate() {
    return claimedBirthDate;
  }

  public String getRegistryName() {
    return registryName;
  }

  public LocalDate getRegistryBirthDate() {
    return registryBirthDate;
  }
}
