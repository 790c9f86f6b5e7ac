package id.jht.portal.domain.model.correction;

import java.util.List;
import java.util.Optional;

/** Repository of correction requests. */
public interface CorrectionRequests {

  void add(CorrectionRequest request);

  /** The request, locked for a decision so two officers cannot decide it at once. */
  Optional<CorrectionRequest> findForDecision(Long id);

  /** The undecided requests of a branch, oldest first. */
  List<CorrectionRequest> submittedAt(Long branchId);

  /** The participant's newest request of a kind, whatever its state. */
  Optional<CorrectionRequest> latest(Long participantId, CorrectionKind kind);
}
