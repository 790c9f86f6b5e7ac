/**
 * Use case support: when a branch serves. Working days (Monday to Friday, not a national holiday),
 * the days a participant can book, and each session's quota, tickets issued and room left on a
 * date. Read-only; allocation itself lives in {@code application.queue}. The data comes through the
 * port {@link id.jht.portal.application.schedule.BranchSchedules} and the domain's {@code
 * HolidayCalendar}, implemented in {@code infrastructure.persistence.schedule}; no SQL here.
 */
package id.jht.portal.application.schedule;
