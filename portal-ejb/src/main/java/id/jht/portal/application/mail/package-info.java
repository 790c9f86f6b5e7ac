/**
 * Queuing e-mail for later delivery: {@link id.jht.portal.application.mail.MailOutbox} writes the
 * mail in the caller's transaction, so a mail exists exactly when the change it reports committed.
 * Delivery (SMTP, retries) lives in {@code id.jht.portal.infrastructure.mail}.
 */
package id.jht.portal.application.mail;
