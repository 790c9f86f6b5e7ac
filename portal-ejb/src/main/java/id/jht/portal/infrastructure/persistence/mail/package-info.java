/** The repository of {@code domain.model.mail} (the outbox the mail sender drains) over JPA. */
package id.jht.portal.infrastructure.persistence.mail;
