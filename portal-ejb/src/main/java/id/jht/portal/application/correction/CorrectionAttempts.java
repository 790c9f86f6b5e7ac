package id.jht.portal.application.correction;

import java.time.Instant;
import java.util.Optional;

/**
 * How often anonymous visitors may send identity corrections or look one up: counted per client
 * address and per NIK, like the identity step, so that neither the request form nor the status
 * look-up can be used to probe the registry. Counts hold across portal nodes.
 */
public interface CorrectionAttempts {

  /** Until when this client or NIK must wait, if either has used up its attempts. */
  Optional<Instant> throttledUntil(String clientAddress, String nik, Instant now);

  /** Counts one attempt for the client and the NIK (committed whatever becomes of the request). */
  void count(String clientAddress, String nik, Instant now);
}
