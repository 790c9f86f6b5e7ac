/**
 * What the portal nodes share in memory through Payara's data grid (Hazelcast 5.3, the instance
 * Payara registers under JNDI {@code payara/Hazelcast}): the rate-limit counters and the message
 * that tells every node to forget the API keys it has verified. Nothing here is an invariant of the
 * business (those stay in the database): a counter lost with a member or a whole cluster restart
 * only lets a client try again sooner. Only JDK types (strings, longs) travel the grid, so no
 * member ever needs the application's classes to deserialize them, and no CP structure is used
 * (Payara leaves the CP subsystem off).
 *
 * <p>Two ways of counting share the same counters: {@code ClusterRateLimits} makes each hit on the
 * grid at once (exact across nodes, for small limits); {@code BatchedClusterRateLimits}
 * ({@code @Batched}, for the API's high limits) counts in the node's memory and merges every {@code
 * portal.rate-limits.merge-millis}, so a node sees the other nodes' hits up to one interval late.
 * The batching is hand-written: every counter the grid offers (a map entry, Hazelcast's PN counter)
 * still costs a grid operation per hit on the request thread, and that operation, with the context
 * Payara sets up around it, is what a profile of the API found costly.
 */
package id.jht.portal.infrastructure.cluster;
