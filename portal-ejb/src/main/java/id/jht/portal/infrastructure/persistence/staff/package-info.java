/** Repositories of {@code domain.model.staff} over JPA. */
package id.jht.portal.infrastructure.persistence.staff;
