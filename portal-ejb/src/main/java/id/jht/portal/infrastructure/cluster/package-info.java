/**
 * What the portal nodes share in memory through Payara's data grid (Hazelcast 5.3, the instance
 * Payara registers under JNDI {@code payara/Hazelcast}): the rate-limit counters and the message
 * that tells every node to forget the API keys it has verified. Nothing here is an invariant of the
 * business (those stay in the database): a counter lost with a member or a whole cluster restart
 * only lets a client try again sooner. Only JDK types (strings, longs) travel the grid, so no
 * member ever needs the application's classes to deserialize them, and no CP structure is used
 * (Payara leaves the CP subsystem off).
 */
package id.jht.portal.infrastructure.cluster;
