package id.jht.portal.domain.model.correction;

import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One request to the participant's home branch to correct the registry, with the document that
 * proves it. Decided once: accepting a membership-status request makes the membership non-active
 * from the date on the employer's letter, so the waiting period runs from there.
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest {

  static final int MAX_TEXT = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "membership_id")
  private Membership membership;

  @Column(name = "branch_id")
  private Long branchId;

  @Enumerated(EnumType.STRING)
  private CorrectionKind kind;

  @Enumerated(EnumType.STRING)
  private CorrectionState state;

  private String statement;

  @Column(name = "letter_date")
  private LocalDate letterDate;

  @Column(name = "document_name")
  private String documentName;

  @Column(name = "document_key")
  private String documentKey;

  @Column(name = "document_media_type")
  private String documentMediaType;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "refusal_reason")
  private String refusalReason;

  /** The participant while undecided: the database allows one open request of each kind. */
  @Column(name = "open_participant_id")
  private Long openParticipantId;

  @Version private int version;

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
   * Accepts the request: the membership becomes non-active from the letter's date.
   *
   * @throws IllegalStateException if it is decided already
   */
  public void accept(String officer, Instant now) {
    decide(CorrectionState.ACCEPTED, officer, now);
    membership.markNonActive(letterDate);
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
      throw new IllegalStateException("correction request " + id + " is " + state + " already");
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

  public Long getId() {
    return id;
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
}
