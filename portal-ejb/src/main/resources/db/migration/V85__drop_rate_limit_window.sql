-- Rate limits are counted in the cluster's memory since issue 12 (application.ratelimit.RateLimits,
-- implemented over Payara's Hazelcast): no node of this version or the one before reads or writes
-- this table. The release before it stopped writing it, so a rolling deploy from there is safe.
DROP TABLE rate_limit_window;
