package id.jht.portal.application.pendingclaim;

import java.time.Instant;
import java.util.Optional;

/** Port: where a scheduled job stopped last time, shared by every node. */
public interface JobWatermarks {

  /** Where the job stopped last time, if it ever ran. */
  Optional<Instant> watermark(String job);

  /** Moves the mark forward only: a slower node finishing an older interval never moves it back. */
  void advance(String job, Instant mark);
}
