/** Outgoing mail, queued in the database with the change it reports and sent later with retries. */
package id.jht.portal.domain.model.mail;
