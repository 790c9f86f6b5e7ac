package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * A participant as the unlock page shows them: the NIK masked (first two and last two digits), the
 * name, the home branch and the lock.
 *
 * @param lockedUntil null when not locked
 */
public record ParticipantLockView(
    long id,
    String maskedNik,
    String fullName,
    String branchCode,
    String branchName,
    int failedAttempts,
    boolean locked,
    Instant lockedUntil)
    implements Serializable {}
