/** Recording officer and administrator actions in the audit trail, in the caller's transaction. */
package id.jht.portal.application.audit;
