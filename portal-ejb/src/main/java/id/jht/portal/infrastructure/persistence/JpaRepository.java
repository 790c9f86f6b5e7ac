package id.jht.portal.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * Where a JPA repository gets the portal's persistence context (the container injects it here, once
 * for every repository of this kind), with the reads of native SQL several of them make: the ids of
 * a one-column query. The JDBC repositories' counterpart is {@link JdbcRepository}.
 */
public abstract class JpaRepository {

  @PersistenceContext(unitName = "portal")
  protected EntityManager em;

  /** The ids a native query of one id column selects, in its order. */
  protected static List<Long> ids(Query query) {
    return query.getResultList().stream().map(SqlValues::id).toList();
  }

  /** The first id a native query of one id column selects, if any (and not null). */
  protected static Optional<Long> firstId(Query query) {
    List<?> rows = query.getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(SqlValues.id(rows.get(0)));
  }
}
