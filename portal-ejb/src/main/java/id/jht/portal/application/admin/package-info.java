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
 *
 * <p>CSV is read and written by Apache Commons CSV ({@code SemicolonCsv}, {@code CsvWriter}). Two
 * small pieces around it stay hand-written because the library has no option for them: the formula
 * guard of the exports (an apostrophe before a cell starting with {@code = + - @}, tab or carriage
 * return; Commons CSV 1.14 has no option for it), and the physical line number of each record in
 * the import (Commons CSV counts records, and a quoted value may span lines), which the import's
 * problem list must show as the editor does.
 */
package id.jht.portal.application.admin;
