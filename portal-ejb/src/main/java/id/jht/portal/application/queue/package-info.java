/**
 * Use case: queue numbers. Allocating a ticket (next number of a branch, day and session within its
 * quota, with an unguessable booking code, one active booking per person) in one transaction whose
 * invariants the database enforces with a row lock and unique constraints; rescheduling; offering
 * alternatives when a session is full; and the officers' queue board (call next, no-show) and the
 * public display.
 *
 * <p>The decisions are made here; the rows are reached through the domain's repositories ({@code
 * SessionCounters} with the counter-row lock, {@code QueueTickets}, {@code ClaimTimeline}) and the
 * board's read port {@link id.jht.portal.application.queue.QueueBoardQueries}, all implemented in
 * {@code infrastructure.persistence.queue}. No SQL, JDBC or EntityManager in this package.
 */
package id.jht.portal.application.queue;
