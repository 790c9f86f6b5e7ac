/**
 * Endpoints for the integration tests only, under {@code /api/test}: move the clock, run the
 * scheduled jobs now, drive services that have no page yet. They live in the test tree and never
 * ship in {@code portal.war}: the Arquillian deployment adds them to the WAR under test ({@code
 * PortalDeployment}), and the build packages a separate {@code portal-test.war} with them for the
 * benchmark and cluster scripts. As a second line, every one still answers 404 unless the run was
 * started with {@code portal.clock.adjustable=true}.
 */
package id.jht.portal.interfaces.rest.testsupport;
