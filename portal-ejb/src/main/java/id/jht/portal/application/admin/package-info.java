/**
 * Use cases of the administrators: branches ({@link
 * id.jht.portal.application.admin.BranchAdministration}), their sessions, quota overrides and the
 * holiday calendar, each in its own class; staff accounts and roles; unlocking locked participants;
 * the participant registry import; the audit trail search; the dashboard figures; the mail outbox;
 * the API channels' keys.
 *
 * <p>Every public method checks the caller again through {@link
 * id.jht.portal.application.admin.AdminAccess} (the web layer's path restriction is only the first
 * line) and records every change in the audit trail in the same transaction as the change. No query
 * text and no persistence API here: the aggregates come from the domain's repositories, the read
 * models from this package's ports ({@code AuditEventQueries}, {@code DashboardFigureSource},
 * {@code MailOutbox}, {@code RegistryImports}), all implemented in {@code
 * infrastructure.persistence}.
 */
package id.jht.portal.application.admin;
