package id.jht.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the process can serve at all; reports heap use so an operator sees pressure coming.
 * It does not look at the database: a database outage must not get healthy nodes restarted.
 */
@Liveness
@ApplicationScoped
public class ProcessLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    return HealthCheckResponse.named("process")
        .up()
        .withData("heapUsedMb", usedMb)
        .withData("heapMaxMb", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
