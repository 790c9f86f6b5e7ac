/**
 * The queue's repositories over JDBC: the sessions' counter rows ({@link
 * id.jht.portal.domain.model.queue.SessionCounters}), the tickets and their calls ({@link
 * id.jht.portal.domain.model.queue.QueueTickets}), the claim rows a call moves ({@link
 * id.jht.portal.domain.model.claim.ClaimTimeline}) and the board's reads ({@link
 * id.jht.portal.application.queue.QueueBoardQueries}).
 *
 * <p>JDBC, not JPA, because the database decides here: a counter row locked with {@code SELECT ...
 * FOR UPDATE}, inserts refused by unique keys and told apart by the key's name, updates guarded by
 * the status they expect, all in the caller's transaction and on any number of nodes. The same code
 * runs on a plain connection outside the container, where {@code QueueAllocationConcurrencyIT}
 * proves the invariants on MariaDB and the bench measures them.
 *
 * <p>Beside them, {@link id.jht.portal.infrastructure.persistence.queue.JpaClaimTickets} reads the
 * same tickets as JPA entities ({@link id.jht.portal.domain.model.queue.ClaimTickets}) for the use
 * cases that change a ticket together with its claim in one persistence context.
 */
package id.jht.portal.infrastructure.persistence.queue;
