package id.jht.portal.application.admin;

import java.util.List;

/**
 * The audit trail as the search reads it, newest first: a port the persistence layer implements.
 */
public interface AuditEventQueries {

  long count(AuditFilter filter);

  /** Up to {@code max} matching events after skipping {@code first}, newest (highest id) first. */
  List<AuditRow> page(AuditFilter filter, int first, int max);

  /** The actions recorded so far, alphabetically. */
  List<String> actions();
}
