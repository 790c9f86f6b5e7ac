package id.jht.portal.infrastructure.persistence.pendingclaim;

import id.jht.portal.application.pendingclaim.ClaimLockQueries;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.infrastructure.persistence.JpaRepository;
import id.jht.portal.infrastructure.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim-lock lookup's read over JPA: one native statement ({@link LockLookupSql}), no lock and
 * no entity built, since the lookup only tells and changes nothing.
 */
@ApplicationScoped
public class JpaClaimLockQueries extends JpaRepository implements ClaimLockQueries {

  /** No API channel has this id (ids start at 1): "leave no channel out". */
  private static final long NO_CHANNEL = 0;

  @Override
  public LockRecords locksOf(
      Nik nik,
      Kpj kpj,
      List<String> submittedStatuses,
      List<String> channelStatuses,
      Long exceptChannelId) {
    LockLookupSql.Statement statement =
        LockLookupSql.locksOf(
            nik.value(),
            kpj == null ? null : kpj.value(),
            submittedStatuses,
            channelStatuses,
            exceptChannelId == null ? NO_CHANNEL : exceptChannelId);
    Query query = em.createNativeQuery(statement.sql());
    List<Object> parameters = statement.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return records(rows);
  }

  /** Rows in the statement's column order (see {@link LockLookupSql}). */
  static LockRecords records(List<Object[]> rows) {
    String registeredName = null;
    List<LockRecord> records = new ArrayList<>();
    for (Object[] row : rows) {
      int group = ((Number) row[0]).intValue();
      if (group == LockLookupSql.NAME) {
        registeredName = text(row[13]);
        continue;
      }
      records.add(
          new LockRecord(
              source(group),
              text(row[2]),
              text(row[3]),
              text(row[4]),
              text(row[5]),
              SqlValues.instant(row[6]),
              SqlValues.instant(row[7]),
              SqlValues.id(row[8]),
              SqlValues.id(row[9]),
              text(row[10]),
              text(row[11]),
              text(row[12]),
              text(row[13])));
    }
    return new LockRecords(registeredName, List.copyOf(records));
  }

  private static Source source(int group) {
    return switch (group) {
      case LockLookupSql.PENDING -> Source.PENDING;
      case LockLookupSql.SUBMITTED -> Source.SUBMITTED;
      case LockLookupSql.CHANNEL -> Source.CHANNEL;
      default -> throw new IllegalStateException("unknown lock group " + group);
    };
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
