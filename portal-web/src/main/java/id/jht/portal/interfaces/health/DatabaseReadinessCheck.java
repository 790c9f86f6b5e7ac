package id.jht.portal.interfaces.health;

import id.jht.portal.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema is migrated and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Inject DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("database").withData("migrated", migrator.isMigrated());
    if (!migrator.isMigrated()) {
      return response.down().build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return response.status(connection.isValid(VALIDATION_TIMEOUT_SECONDS)).build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
