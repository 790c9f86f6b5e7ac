/**
 * Repositories of {@code domain.model.claim} over JPA: the claims with their timelines ({@link
 * id.jht.portal.domain.model.claim.Claims}) and their documents ({@link
 * id.jht.portal.domain.model.claim.DocumentSlots}), in the caller's persistence context. One lock
 * is native SQL, the claim row's head taken before the entity is loaded, because a decision must
 * read the entity in the state committed before its lock; its comment says why.
 */
package id.jht.portal.infrastructure.persistence.claim;
