/**
 * The port through which use cases count attempts against a limit (failed identity checks, wrong
 * booking codes, release and unlock codes, API calls). The application only declares it; the
 * counting lives in infrastructure, in the cluster's memory (see {@code infrastructure.cluster}).
 * Lockouts that are security state with an audit trail (a participant's failed identity checks, a
 * staff account's failed sign-ins) are not rate limits: they stay on their rows in the database.
 */
package id.jht.portal.application.ratelimit;
