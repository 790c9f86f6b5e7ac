/**
 * Use case: queue numbers. Allocating a ticket (next number of a branch, day and session within its
 * quota, with an unguessable booking code, one active booking per person) in one transaction whose
 * invariants the database enforces with a row lock and unique constraints; rescheduling; offering
 * alternatives when a session is full; and the officers' queue board (call next, no-show) and the
 * public display.
 */
package id.jht.portal.application.queue;
