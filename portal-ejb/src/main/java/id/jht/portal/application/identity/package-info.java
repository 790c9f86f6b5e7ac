/**
 * Use case: a participant identifies against the registry, with lockout and rate limits that reveal
 * nothing.
 */
package id.jht.portal.application.identity;
