/**
 * Delivery of queued mail: a timer on every node claims due mails through the database (so each is
 * sent once however many nodes run), sends them over SMTP with Jakarta Mail, and retries failures
 * with back-off. Without a configured SMTP host mail stays in the outbox for administrators.
 */
package id.jht.portal.infrastructure.mail;
