/**
 * The audit trail of officer and administrator actions: insert-only records of who did what, when
 * and why.
 */
package id.jht.portal.domain.model.audit;
