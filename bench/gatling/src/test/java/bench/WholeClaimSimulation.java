package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Whole claims, identity to queue number with four 1 MB uploads, by bench.users concurrent
 * participants for bench.seconds: each completed "claim" group is one claim with a queue number
 * (checked on the booked page). Each loop takes a new participant, so every claim is a new person.
 * A claim under way when the time is up is finished (the loop does not exit early), so the rate of
 * completed claims is the booked page's count over the whole run.
 */
public class WholeClaimSimulation extends Simulation {

  ScenarioBuilder claims =
      scenario("whole claim")
          .during(Duration.ofSeconds(Wizard.SECONDS), "claimLoop", false)
          .on(
              feed(Wizard.participants())
                  .exec(flushCookieJar())
                  .group("claim")
                  .on(
                      exitBlockOnFail()
                          .on(
                              exec(Wizard.upToConfirm())
                                  .exec(
                                      Wizard.confirmGet(),
                                      Wizard.confirmPost(),
                                      Wizard.bookedGet()))));

  {
    setUp(claims.injectOpen(atOnceUsers(Wizard.USERS)))
        .protocols(Wizard.protocol())
        .maxDuration(Duration.ofSeconds(Wizard.SECONDS + 240L));
  }
}
