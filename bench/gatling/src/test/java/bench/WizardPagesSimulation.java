package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Each wizard page, GET and postback, next to baseline B (the bare home page) in the same run. Every
 * virtual user first walks a claim of its own up to the last step (untimed "prep"), then spends
 * bench.seconds on each page in turn: B = GET /index.xhtml, then per step GET + the postback a
 * participant makes there. All users run the same phase at about the same time; the rate of a page
 * is its request count divided by bench.seconds (each user spends exactly that long in a phase). B
 * runs first and last; the wizard pages are compared with the mean of both, which evens out a machine
 * that gets busier or quieter during the run.
 */
public class WizardPagesSimulation extends Simulation {

  private static final Duration PHASE = Duration.ofSeconds(Wizard.SECONDS);

  ScenarioBuilder pages =
      scenario("wizard pages")
          .feed(Wizard.participants())
          .group("prep")
          .on(Wizard.upToConfirm())
          .during(PHASE)
          .on(exec(http("B index GET").get("/index.xhtml").check(status().is(200))))
          .during(PHASE)
          .on(exec(Wizard.identityGet(), Wizard.identityPost()))
          .during(PHASE)
          .on(exec(Wizard.reasonGet(), Wizard.reasonPost()))
          .during(PHASE)
          .on(exec(Wizard.contactGet(), Wizard.contactPost()))
          .during(PHASE)
          .on(exec(Wizard.documentsGet(), Wizard.documentsPost()))
          .during(PHASE)
          .on(exec(Wizard.scheduleGet(), Wizard.schedulePost()))
          .during(PHASE)
          .on(exec(Wizard.confirmGet(), Wizard.confirmPostRefused()))
          .during(PHASE)
          .on(exec(http("B index GET (end)").get("/index.xhtml").check(status().is(200))));

  {
    setUp(pages.injectOpen(atOnceUsers(Wizard.USERS)))
        .protocols(Wizard.protocol())
        .maxDuration(Duration.ofSeconds(Wizard.SECONDS * 8L + 240));
  }
}
