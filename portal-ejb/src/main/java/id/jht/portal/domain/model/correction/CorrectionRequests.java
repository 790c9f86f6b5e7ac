package id.jht.portal.domain.model.correction;

import java.util.List;
import java.util.Optional;

/** Repository of correction requests. */
public interface CorrectionRequests {

  void add(CorrectionRequest request);

  /** The request, for reading. */
  Optional<CorrectionRequest> find(Long id);

  /** The request, locked for a decision so two officers cannot decide it at once. */
  Optional<CorrectionRequest> findForDecision(Long id);

  /** The undecided requests of a branch, oldest first. */
  List<CorrectionRequest> submittedAt(Long branchId);

  /** The undecided requests of every branch, oldest first (administrators). */
  List<CorrectionRequest> submittedEverywhere();

  /** The identity correction of this reference ({@link CorrectionReference#hash()}). */
  Optional<CorrectionRequest> byReference(String referenceHash);

  /** The participant's newest request of a kind, whatever its state. */
  Optional<CorrectionRequest> latest(Long participantId, CorrectionKind kind);
}
