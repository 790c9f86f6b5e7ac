/** Repositories of {@code domain.model.participant} over JPA. */
package id.jht.portal.infrastructure.persistence.participant;
