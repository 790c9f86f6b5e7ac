package id.jht.portal.application.correction;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.application.verification.DocumentFile;
import id.jht.portal.application.verification.DocumentFileNames;
import id.jht.portal.application.verification.StaffGate;
import id.jht.portal.domain.model.correction.CorrectionEvidence;
import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.model.correction.CorrectionRequest;
import id.jht.portal.domain.model.correction.CorrectionRequests;
import id.jht.portal.domain.model.correction.CorrectionState;
import id.jht.portal.domain.model.correction.StoredEvidence;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Participants;
import id.jht.portal.domain.model.staff.StaffRole;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Correction requests from submission to decision. The participant's home branch decides; each
 * decision is audited and mailed to the participant.
 */
@Stateless
public class CorrectionRequestService {

  @Inject Clock clock;
  @Inject Participants participants;
  @Inject CorrectionRequests requests;
  @Inject CorrectionEvidence evidence;
  @Inject CorrectionMails mails;
  @Inject AuditTrail audit;
  @Inject StaffGate gate;

  /**
   * Asks the home branch to make a still-active membership non-active from the letter's date.
   *
   * @return the refusal of the document, or empty when the request is submitted
   * @throws InvalidValueException for a missing statement or date, a date out of range, or when the
   *     membership is not active or a request is already waiting
   */
  public Optional<Message> submitMembershipStatus(
      Long participantId,
      Long membershipId,
      String statement,
      LocalDate letterDate,
      String fileName,
      String declaredContentType,
      InputStream content) {
    Membership membership =
        participants
            .membership(participantId, membershipId)
            .orElseThrow(() -> InvalidValueException.of("document", "correction.notActive"));
    if (membership.getStatus() != MembershipStatus.ACTIVE) {
      throw InvalidValueException.of("document", "correction.notActive");
    }
    if (waiting(participantId, CorrectionKind.MEMBERSHIP_STATUS)) {
      throw InvalidValueException.of("document", "correction.alreadyWaiting");
    }
    Instant now = clock.instant();
    LocalDate today =
        LocalDate.ofInstant(now, membership.getParticipant().getHomeBranch().getZoneId());
    // The statement and date are checked before the file is kept, so nothing is stored in vain.
    CorrectionRequest.checkMembershipStatus(membership, statement, letterDate, today);
    CorrectionEvidence.Outcome outcome = evidence.keep(fileName, declaredContentType, content);
    if (outcome instanceof CorrectionEvidence.Refused refused) {
      return Optional.of(refused.message());
    }
    CorrectionEvidence.Kept kept = (CorrectionEvidence.Kept) outcome;
    try {
      requests.add(
          CorrectionRequest.membershipStatus(
              membership, statement, letterDate, kept.evidence(), now, today));
    } catch (RuntimeException failed) {
      evidence.discard(kept.evidence());
      throw failed;
    }
    return Optional.empty();
  }

  /** The participant's newest request of a kind, for the pages they return to. */
  public Optional<CorrectionView> latest(Long participantId, CorrectionKind kind) {
    return requests.latest(participantId, kind).map(CorrectionView::of);
  }

  /** The undecided requests of the officer's branch, oldest first. */
  public List<CorrectionView> waitingAt(StaffIdentity officer) {
    if (officer.branchId() == null) {
      return List.of();
    }
    return requests.submittedAt(officer.branchId()).stream().map(CorrectionView::of).toList();
  }

  /**
   * What the staff member may see: administrators every branch's undecided requests, or one
   * branch's when {@code branchFilter} is given; officers and supervisors their own branch's only,
   * whatever the filter says.
   */
  public List<CorrectionView> waitingFor(StaffIdentity staff, Long branchFilter) {
    if (staff.role() != StaffRole.ADMINISTRATOR) {
      return waitingAt(staff);
    }
    List<CorrectionRequest> found =
        branchFilter == null ? requests.submittedEverywhere() : requests.submittedAt(branchFilter);
    return found.stream().map(CorrectionView::of).toList();
  }

  /**
   * A request's document (paklaring or e-KTP photo) for the signed-in staff member, if the
   * request's branch is theirs (administrators: any); audited when opened, and a refusal too.
   *
   * @throws id.jht.portal.application.verification.VerificationAccessDeniedException for another
   *     branch's request
   */
  public Optional<DocumentFile> document(Long requestId, String clientAddress) {
    StaffIdentity who = gate.caller();
    Optional<CorrectionRequest> found = requests.find(requestId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CorrectionRequest request = found.get();
    gate.requireBranch(who, request.getBranchId(), "correction_request", requestId, clientAddress);
    Optional<String> fileName =
        DocumentFileNames.fileName(
            requestId, "koreksi-" + request.getKind().name(), request.getDocumentMediaType());
    Optional<CorrectionEvidence.Opened> opened =
        fileName.isEmpty()
            ? Optional.empty()
            : evidence.open(
                new StoredEvidence(
                    request.getDocumentName(),
                    request.getDocumentKey(),
                    request.getDocumentMediaType()));
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    audit.record(
        StaffGate.actor(who, clientAddress),
        "CORRECTION_DOCUMENT_VIEWED",
        "correction_request",
        requestId,
        request.getKind().name());
    return Optional.of(
        new DocumentFile(
            fileName.get(),
            request.getDocumentMediaType(),
            opened.get().sizeBytes(),
            opened.get().content()));
  }

  /** Accepts: the membership is non-active from the letter's date (audited, mailed). */
  public CorrectionDecision accept(Long requestId, StaffIdentity officer, String clientAddress) {
    return decide(
        requestId,
        officer,
        request -> {
          request.accept(officer.username(), clock.instant());
          audit.record(
              actor(officer, clientAddress),
              "CORRECTION_ACCEPT",
              "correction_request",
              request.getId(),
              acceptedDetail(request));
          mails.accepted(request);
        });
  }

  /**
   * Refuses with the reason the participant reads (audited, mailed).
   *
   * @throws InvalidValueException for a missing or too long reason
   */
  public CorrectionDecision refuse(
      Long requestId, String reason, StaffIdentity officer, String clientAddress) {
    return decide(
        requestId,
        officer,
        request -> {
          request.refuse(reason, officer.username(), clock.instant());
          audit.record(
              actor(officer, clientAddress),
              "CORRECTION_REFUSE",
              "correction_request",
              request.getId(),
              request.getRefusalReason());
          mails.refused(request);
        });
  }

  private CorrectionDecision decide(
      Long requestId, StaffIdentity officer, Consumer<CorrectionRequest> how) {
    Optional<CorrectionRequest> found = requests.findForDecision(requestId);
    if (found.isEmpty()) {
      return CorrectionDecision.NOT_FOUND;
    }
    CorrectionRequest request = found.get();
    if (!request.getBranchId().equals(officer.branchId())) {
      return CorrectionDecision.OTHER_BRANCH;
    }
    if (request.getState() != CorrectionState.SUBMITTED) {
      return CorrectionDecision.ALREADY_DECIDED;
    }
    how.accept(request);
    return CorrectionDecision.DECIDED;
  }

  /** What the registry now says, without the personal data itself. */
  private static String acceptedDetail(CorrectionRequest request) {
    if (request.getKind() == CorrectionKind.MEMBERSHIP_STATUS) {
      return request.getKind() + " non-active since " + request.getLetterDate();
    }
    CorrectionView view = CorrectionView.of(request);
    return request.getKind()
        + " corrected to the e-KTP:"
        + (view.nameDiffers() ? " name" : "")
        + (view.birthDateDiffers() ? " birth date" : "");
  }

  private boolean waiting(Long participantId, CorrectionKind kind) {
    return requests
        .latest(participantId, kind)
        .filter(r -> r.getState() == CorrectionState.SUBMITTED)
        .isPresent();
  }

  private static AuditTrail.Actor actor(StaffIdentity officer, String clientAddress) {
    return new AuditTrail.Actor(
        officer.username(), officer.role().name(), officer.branchId(), clientAddress);
  }
}
