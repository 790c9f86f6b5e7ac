package bench;

import static io.gatling.javaapi.core.CoreDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A crowd of participants, the way a surge day looks: bench.users concurrent participants (1,000)
 * reached over bench.rampSeconds (30) and held for bench.seconds (120), closed model (whoever
 * finishes or leaves is replaced by a new participant, so the crowd stays that large). Each walks
 * the wizard as a person does: reads each page for bench.thinkMin..bench.thinkMax seconds (3-10,
 * uniform) before sending it, and a postback's redirect is followed at once by the next page.
 *
 * <p>A share bench.finishShare (0.5) of them finish: four 1 MB uploads, schedule, submission, queue
 * number. The others leave, equally often after identity, reason, contact, two of the four uploads
 * or the schedule; each leaver prints {@code BENCH-DRAFT <kpj> <min step_reached> <min documents>}
 * so that the bench can check afterwards that their draft is still there as they left it. A
 * participant whose request fails stops there (one failure is counted once, not cascaded). Every
 * participant is new (queue feeder): the feeder must hold more rows than participants start.
 */
public class CrowdSimulation extends Simulation {

  private static final int RAMP = Integer.getInteger("bench.rampSeconds", 30);
  private static final Duration THINK_MIN =
      Duration.ofSeconds(Integer.getInteger("bench.thinkMin", 3));
  private static final Duration THINK_MAX =
      Duration.ofSeconds(Integer.getInteger("bench.thinkMax", 10));
  private static final double FINISH =
      Double.parseDouble(System.getProperty("bench.finishShare", "0.5"));

  /** Where a leaver stops: after this step's request, with the draft saved so far. */
  private static final int AFTER_IDENTITY = 1;

  private static final int AFTER_REASON = 2;
  private static final int AFTER_CONTACT = 3;
  private static final int AFTER_TWO_UPLOADS = 4;
  private static final int AFTER_SCHEDULE = 5;
  private static final int FINISHES = 6;

  private static int leavePoint() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return random.nextDouble() < FINISH ? FINISHES : 1 + random.nextInt(AFTER_SCHEDULE);
  }

  private static ChainBuilder think() {
    return pause(THINK_MIN, THINK_MAX);
  }

  /** Leaves here when this is the participant's leave point: the draft must hold what is given. */
  private static ChainBuilder leaveIf(int point, int minStepReached, int minDocuments) {
    return doIf(session -> session.getInt("leaveAt") == point)
        .then(
            exec(session -> {
                  System.out.println(
                      "BENCH-DRAFT "
                          + session.getString("kpj")
                          + " "
                          + minStepReached
                          + " "
                          + minDocuments);
                  return session;
                })
                .exitHere());
  }

  ScenarioBuilder crowd =
      scenario("crowd")
          .feed(Wizard.participants())
          .exec(session -> session.set("leaveAt", leavePoint()))
          .exitBlockOnFail()
          .on(
              exec(Wizard.identityGet(), think(), Wizard.identityPost())
                  .exec(leaveIf(AFTER_IDENTITY, 2, 0))
                  .exec(Wizard.reasonGet(), think(), Wizard.reasonPost())
                  .exec(leaveIf(AFTER_REASON, 3, 0))
                  .exec(Wizard.contactGet(), think(), Wizard.contactPost())
                  .exec(leaveIf(AFTER_CONTACT, 4, 0))
                  .exec(Wizard.documentsGet(), think())
                  .exec(Wizard.upload("upload 1MB JPEG", 0, "photo-1mb.jpg", "image/jpeg"), think())
                  .exec(Wizard.upload("upload 1MB JPEG", 1, "photo-1mb.jpg", "image/jpeg"))
                  .exec(leaveIf(AFTER_TWO_UPLOADS, 4, 2))
                  .exec(think(), Wizard.upload("upload 1MB JPEG", 2, "photo-1mb.jpg", "image/jpeg"))
                  .exec(think(), Wizard.upload("upload 1MB JPEG", 3, "photo-1mb.jpg", "image/jpeg"))
                  .exec(think(), Wizard.documentsPost())
                  .exec(Wizard.scheduleGet(), think(), Wizard.scheduleBranchAjax())
                  .exec(think(), Wizard.schedulePost())
                  .exec(leaveIf(AFTER_SCHEDULE, 6, 4))
                  .exec(Wizard.confirmGet(), think(), Wizard.confirmPost(), Wizard.bookedGet()));

  {
    setUp(
            crowd.injectClosed(
                rampConcurrentUsers(0).to(Wizard.USERS).during(Duration.ofSeconds(RAMP)),
                constantConcurrentUsers(Wizard.USERS).during(Duration.ofSeconds(Wizard.SECONDS))))
        .protocols(Wizard.protocol())
        // Participants under way when the crowd stops growing finish their walk (at most ~3 min).
        .maxDuration(Duration.ofSeconds(RAMP + Wizard.SECONDS + 240L));
  }
}
