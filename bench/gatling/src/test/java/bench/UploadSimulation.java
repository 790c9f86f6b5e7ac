package bench;

import static io.gatling.javaapi.core.CoreDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Upload and validate: bench.users connections (8) each upload a 1 MB JPEG into the e-KTP slot of
 * their own draft again and again for bench.seconds, then a 5 MB PDF for as long. Every answer must
 * say the file was stored; the rate is the count of stored uploads divided by bench.seconds. With
 * bench.nodePid, the node's CPU is marked when every user starts and ends each phase (BENCH-CPU
 * lines in the output), so bench/run.sh gets the node's CPU per upload without the prep pages.
 */
public class UploadSimulation extends Simulation {

  private static final Duration PHASE = Duration.ofSeconds(Wizard.SECONDS);

  ScenarioBuilder uploads =
      scenario("uploads")
          .feed(Wizard.participants())
          .group("prep")
          .on(Wizard.upToDocuments())
          .exec(Wizard.cpuMark("jpeg-start"))
          .during(PHASE)
          .on(exec(Wizard.upload("upload 1MB JPEG", 0, "photo-1mb.jpg", "image/jpeg")))
          .exec(Wizard.cpuMark("jpeg-end"))
          .during(PHASE)
          .on(exec(Wizard.upload("upload 5MB PDF", 1, "scan-5mb.pdf", "application/pdf")))
          .exec(Wizard.cpuMark("pdf-end"));

  {
    setUp(uploads.injectOpen(atOnceUsers(Wizard.USERS)))
        .protocols(Wizard.protocol())
        .maxDuration(Duration.ofSeconds(Wizard.SECONDS * 2L + 240));
  }
}
