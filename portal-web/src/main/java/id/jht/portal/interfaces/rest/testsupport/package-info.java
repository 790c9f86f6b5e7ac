/**
 * Endpoints for the integration tests only, under {@code /api/test}: move the clock, run the
 * scheduled jobs now, drive services that have no page yet. Every one answers 404 unless the run
 * was started with {@code portal.clock.adjustable=true}, which only test runs set.
 */
package id.jht.portal.interfaces.rest.testsupport;
