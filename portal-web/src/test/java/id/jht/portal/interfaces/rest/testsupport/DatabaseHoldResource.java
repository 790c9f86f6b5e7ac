package id.jht.portal.interfaces.rest.testsupport;

import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import id.jht.portal.infrastructure.time.PortalClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A node out of database connections, on demand: every connection of the portal's pool is taken and
 * held for a while, so the tests see what a participant sees when a crowd has taken them all (the
 * pool's wait runs out and the request fails) without making the crowd.
 */
@Path("test/database")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DatabaseHoldResource {

  @Inject PortalClock clock;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  /** Answers once every connection is taken; they are given back {@code seconds} later. */
  @POST
  @Path("hold")
  @Operation(hidden = true)
  public Map<String, String> hold(@QueryParam("seconds") int seconds) throws SQLException {
    if (!clock.isAdjustable()) {
      throw new NotFoundException();
    }
    List<Connection> held = new ArrayList<>();
    try {
      while (held.size() < DatabaseMigrator.MAX_POOL_SIZE) {
        held.add(dataSource.getConnection());
      }
    } finally {
      scheduler.schedule(
          () -> giveBack(held),
          held.size() == DatabaseMigrator.MAX_POOL_SIZE ? seconds : 0,
          TimeUnit.SECONDS);
    }
    return Map.of("held", Integer.toString(held.size()));
  }

  private static void giveBack(List<Connection> held) {
    for (Connection connection : held) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // given back as far as it goes
      }
    }
  }
}
