package id.jht.portal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database; JPA never
 * generates schema. A database that is unreachable, of an unsupported kind or whose schema cannot
 * be migrated stops the deployment with a message that says which and why.
 *
 * <p>The application's data source is defined here, on a component that is always deployed, so that
 * one WAR runs on the embedded database by default and on MySQL/MariaDB by configuration ({@code
 * PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}). Connections are validated
 * before use (at most every 5 s each) and a failed one makes the pool drop them all: after the
 * database restarts, the portal serves again without being restarted.
 */
@DataSourceDefinition(
    name = DatabaseMigrator.DATA_SOURCE,
    className = "id.jht.portal.infrastructure.persistence.PortalDataSource",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 2,
    maxPoolSize = DatabaseMigrator.MAX_POOL_SIZE,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      // A connection is pinged at most once every 5 s, not on every checkout: the ping was the
      // second-largest wait of the lookup API under load (bench/FINDINGS.md). After a database
      // restart, the requests of the first few seconds may fail before the pool is refreshed.
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  public static final String DATA_SOURCE = "java:app/jdbc/portal";

  /**
   * Connections per node at most; a request waits up to 10 s for one when all are in use. A node
   * serves fewer requests at once (post-boot-commands.asadmin, RequestThreadsMatchThePoolTest).
   */
  public static final int MAX_POOL_SIZE = 40;

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    String database = describeDatabase();
    try {
      MigrateResult result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      migrated = true;
      LOG.info(
          () ->
              "Database "
                  + database
                  + " is at schema version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migration(s) applied now)");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Cannot migrate the schema of database " + database, e);
      throw new IllegalStateException(
          "The portal cannot start: the schema of database "
              + database
              + " could not be migrated ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /** Connects once, so that a wrong or unreachable database is reported as such, by name. */
  private String describeDatabase() {
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return meta.getDatabaseProductName()
          + " "
          + meta.getDatabaseProductVersion()
          + " at "
          + DatabaseUrl.parse(meta.getURL()).redacted();
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "The portal's database cannot be reached", e);
      throw new IllegalStateException(
          "The portal cannot start: its database cannot be reached ("
              + e.getMessage()
              + "). Check PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD.",
          e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }
}
