package id.jht.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The settings every start of the portal gets (run-portal.sh, docker/Dockerfile, the integration
 * tests) keep a node's request threads below its database connections, so that an overloaded node
 * queues requests instead of failing them after the pool's wait; and keep a queued connection open
 * longer than the proxy waits for it (bench/FINDINGS.md, "Issue 12: overload, requests matched to
 * the pool").
 */
class RequestThreadsMatchThePoolTest {

  private static final Path SETTINGS = Path.of("src/main/payara/post-boot-commands.asadmin");

  @Test
  void fewerRequestThreadsThanDatabaseConnections() throws IOException {
    int threads = setting("thread-pool.http-thread-pool.max-thread-pool-size");
    assertTrue(
        threads < DatabaseMigrator.MAX_POOL_SIZE,
        threads + " request threads for " + DatabaseMigrator.MAX_POOL_SIZE + " connections");
  }

  @Test
  void aQueuedRequestOutlastsTheProxysWait() throws IOException {
    int idleSeconds = setting("http-listener.http.timeout-seconds");
    assertTrue(idleSeconds > 60, "idle timeout " + idleSeconds + " s; nginx waits 60 s");
  }

  private static int setting(String key) throws IOException {
    Matcher value =
        Pattern.compile("(?m)^set \\S*" + Pattern.quote(key) + "=(\\d+)$")
            .matcher(Files.readString(SETTINGS));
    assertTrue(value.find(), key + " is set in " + SETTINGS);
    return Integer.parseInt(value.group(1));
  }
}
