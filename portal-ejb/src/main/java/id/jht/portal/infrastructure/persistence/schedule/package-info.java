/**
 * The service calendar's data over JDBC: branches with their sessions, quotas and places taken
 * ({@link id.jht.portal.application.schedule.BranchSchedules}) and the one holiday lookup ({@link
 * id.jht.portal.domain.model.branch.HolidayCalendar}). JDBC rather than JPA because the queue's
 * allocation reads them in the same unit of work as its counter-row lock, which also runs on a
 * plain connection outside the container (the concurrency test, the bench).
 */
package id.jht.portal.infrastructure.persistence.schedule;
