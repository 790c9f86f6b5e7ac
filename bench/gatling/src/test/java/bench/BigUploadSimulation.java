package bench;

import static io.gatling.javaapi.core.CoreDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * 100 concurrent 6 MB uploads: bench.users participants (100) each open their documents page, then
 * all wait for the same instant (bench.startAfterSeconds after the simulation starts) and upload one
 * 6 MB file at once, JPEG and PDF alternately. bench/run.sh then checks in the database and the
 * document store that every file arrived intact, and in the log that no OutOfMemoryError occurred.
 */
public class BigUploadSimulation extends Simulation {

  private static final long START_AT =
      System.currentTimeMillis() + Integer.getInteger("bench.startAfterSeconds", 60) * 1000L;

  ScenarioBuilder big =
      scenario("100 concurrent 6 MB uploads")
          .feed(Wizard.participants())
          .group("prep")
          .on(Wizard.upToDocuments())
          .exec(session -> session.set("late", System.currentTimeMillis() > START_AT))
          .pause(session -> Duration.ofMillis(Math.max(0, START_AT - System.currentTimeMillis())))
          .doIfEqualsOrElse(session -> session.userId() % 2, 0L)
          .then(exec(Wizard.upload("upload 6MB JPEG", 0, "photo-6mb.jpg", "image/jpeg")))
          .orElse(exec(Wizard.upload("upload 6MB PDF", 0, "scan-6mb.pdf", "application/pdf")))
          .doIf(session -> session.getBoolean("late"))
          .then(exec(session -> {
            System.out.println("BENCH-LATE user " + session.userId() + " started after the barrier");
            return session;
          }));

  {
    setUp(big.injectOpen(atOnceUsers(Wizard.USERS)))
        .protocols(Wizard.protocol())
        .maxDuration(Duration.ofSeconds(600));
  }
}
