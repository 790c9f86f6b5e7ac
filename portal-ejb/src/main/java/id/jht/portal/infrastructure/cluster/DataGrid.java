package id.jht.portal.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This node's member of Payara's data grid, looked up the way Payara documents it (JNDI {@code
 * payara/Hazelcast}). Payara Micro starts a member even with {@code --nocluster} (it then forms a
 * cluster of one), so the grid is there in tests and in the single-node run too; only a server
 * whose data grid was switched off has none, and then the counters stay in this node's memory.
 */
@ApplicationScoped
public class DataGrid {

  static final String JNDI_NAME = "payara/Hazelcast";

  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  private HazelcastInstance member;

  @PostConstruct
  void lookUp() {
    try {
      Object found = new InitialContext().lookup(JNDI_NAME);
      if (found instanceof HazelcastInstance instance
          && instance.getLifecycleService().isRunning()) {
        member = instance;
      }
    } catch (NamingException | RuntimeException absent) {
      LOG.log(Level.FINE, "no data grid under " + JNDI_NAME, absent);
    }
    if (member == null) {
      LOG.warning(
          "Payara's data grid is off: rate limits and API-key invalidation hold on this node only");
    }
  }

  /** A grid over the given member (tests start their own members). */
  static DataGrid of(HazelcastInstance member) {
    DataGrid grid = new DataGrid();
    grid.member = member;
    return grid;
  }

  /** The member, unless the server runs without a data grid. */
  public Optional<HazelcastInstance> member() {
    return Optional.ofNullable(member);
  }
}
