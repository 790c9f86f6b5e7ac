package id.jht.portal.application.ratelimit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@link RateLimits} counted in this node's memory and merged across the nodes in batches, at most
 * every {@code portal.rate-limits.merge-millis} milliseconds (default 250): a hit or a look costs
 * no call to the data grid, so they suit limits that are hit on every request of a busy path and
 * are high (hundreds a minute: an API channel's requests, a client's wrong API keys). A node sees
 * its own hits at once and the other nodes' hits up to one merge interval late, so with n nodes a
 * bucket may pass its limit by what the other n-1 nodes accept within one interval; a bucket this
 * node has never counted reads zero until the next merge has read its total.
 *
 * <p>Small limits that must hold exactly across nodes (five identity checks, booking look-ups,
 * unlock and correction codes) inject the unqualified {@link RateLimits}, which counts every hit on
 * the grid at once.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD, PARAMETER})
public @interface Batched {}
