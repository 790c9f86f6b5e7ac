package id.jht.portal.application.identity;

import java.time.Instant;
import java.util.List;

/** The answer to an identity check. None of them tells whether a NIK exists. */
public sealed interface IdentityOutcome extends java.io.Serializable {

  /** Identity confirmed: the participant and their memberships, KPJ masked. */
  record Confirmed(
      Long participantId,
      String fullName,
      Long membershipId,
      String maskedKpj,
      List<MembershipHint> memberships)
      implements IdentityOutcome {

    public boolean hasSeveralMemberships() {
      return memberships.size() > 1;
    }
  }

  /** The details do not match (or the NIK is unknown: the same answer). */
  record Mismatch() implements IdentityOutcome {}

  /** Locked after repeated mismatches; {@code justNow} when this attempt caused it. */
  record Locked(Instant until, boolean justNow) implements IdentityOutcome {}

  /** Too many failures from this client address. */
  record Throttled(Instant until) implements IdentityOutcome {}

  /** One KPJ of the participant, as a hint: masked number and employer. */
  record MembershipHint(Long membershipId, String maskedKpj, String employerName)
      implements java.io.Serializable {}
}
