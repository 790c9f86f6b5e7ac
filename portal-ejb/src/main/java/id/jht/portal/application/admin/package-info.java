/**
 * Use cases of the administrators: branches, sessions, quotas and the holiday calendar; staff
 * accounts and roles; unlocking locked participants; the participant registry import; the audit
 * trail search; the dashboard figures; the mail outbox; the API channels' keys.
 *
 * <p>Every public method checks the caller again through {@link
 * id.jht.portal.application.admin.AdminAccess} (the web layer's path restriction is only the first
 * line) and records every change in the audit trail in the same transaction as the change.
 */
package id.jht.portal.application.admin;
