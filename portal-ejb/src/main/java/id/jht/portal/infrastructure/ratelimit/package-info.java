/** Rate limits kept in the database so they hold across all portal nodes. */
package id.jht.portal.infrastructure.ratelimit;
