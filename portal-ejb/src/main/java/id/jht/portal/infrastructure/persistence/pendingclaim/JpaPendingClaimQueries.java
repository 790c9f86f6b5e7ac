package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.application.pendingclaim.PendingClaimQueries;
import id.jht.portal.application.pendingclaim.PendingClaimView;
import id.jht.portal.domain.model.pendingclaim.PendingClaimStatus;
import id.jht.portal.domain.shared.Masking;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import id.jht.portal.infrastructure.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's pages in one native join of record, participant and branch ({@link
 * PendingSql#VIEWS}).
 */
@ApplicationScoped
public class JpaPendingClaimQueries extends JpaRepository implements PendingClaimQueries {

  @Override
  public List<PendingClaimView> openRecordsOf(Long participantId) {
    return views("WHERE p.participant_id = ?1 AND p.status = 'OPEN' ORDER BY p.id", participantId);
  }

  @Override
  public List<PendingClaimView> list(
      Long branchId, PendingClaimStatus status, Instant createdAtOrBefore, int first, int max) {
    StringBuilder where = new StringBuilder("WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (branchId != null) {
      params.add(branchId);
      where.append(" AND p.branch_id = ?").append(params.size());
    }
    if (status != null) {
      params.add(status.name());
      where.append(" AND p.status = ?").append(params.size());
    }
    if (createdAtOrBefore != null) {
      params.add(SqlValues.utc(createdAtOrBefore));
      where.append(" AND p.created_at <= ?").append(params.size());
    }
    where
        .append(" ORDER BY p.id DESC LIMIT ")
        .append(Math.max(1, Math.min(max, 500)))
        .append(" OFFSET ")
        .append(Math.max(0, first));
    return views(where.toString(), params.toArray());
  }

  private List<PendingClaimView> views(String whereAndOrder, Object... params) {
    var query = em.createNativeQuery(PendingSql.VIEWS + whereAndOrder);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new PendingClaimView(
                    SqlValues.id(r[0]),
                    SqlValues.id(r[1]),
                    SqlValues.id(r[2]),
                    (String) r[3],
                    Masking.mask((String) r[4]),
                    Masking.mask((String) r[5]),
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    PendingClaimStatus.valueOf((String) r[9]),
                    SqlValues.instant(r[10]),
                    SqlValues.instant(r[11]),
                    SqlValues.instant(r[12]),
                    (String) r[13],
                    (String) r[14]))
        .toList();
  }
}
