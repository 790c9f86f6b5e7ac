/** Repositories of {@code domain.model.channel} (the API channels and their claims) over JPA. */
package id.jht.portal.infrastructure.persistence.channel;
