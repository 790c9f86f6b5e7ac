package id.jht.portal.infrastructure.persistence.pendingclaim;

/**
 * The registry's native SQL in one place, so one test can run every statement on H2 (MODE=LEGACY)
 * as the integration tests run it on MariaDB. Positional parameters as JPA writes them ({@code
 * ?1}); instants are bound as UTC {@code LocalDateTime}s.
 */
final class PendingSql {

  private PendingSql() {}

  // --- Detector --------------------------------------------------------------------------------
  static String draftsIdleIn(int limit) {
    return "SELECT id FROM claim WHERE status = 'DRAFT' AND last_activity_at > ?1"
        + " AND last_activity_at <= ?2 AND id > ?3 ORDER BY id LIMIT "
        + limit;
  }

  static final String OLDEST_DRAFT_ACTIVITY =
      "SELECT MIN(last_activity_at) FROM claim WHERE status = 'DRAFT'";
  static final String WATERMARK = "SELECT mark_at FROM job_watermark WHERE job_name = ?1";
  static final String ADVANCE_WATERMARK =
      "UPDATE job_watermark SET mark_at = ?1 WHERE job_name = ?2 AND mark_at < ?1";
  static final String INSERT_WATERMARK =
      "INSERT INTO job_watermark (job_name, mark_at) VALUES (?1, ?2)";

  static String remindersDue(int limit) {
    return "SELECT id FROM pending_claim WHERE status = 'OPEN' AND reminder_sent = FALSE"
        + " AND expires_at > ?1 AND expires_at <= ?2 AND id > ?3 ORDER BY id LIMIT "
        + limit;
  }

  static String expiriesDue(int limit) {
    return "SELECT id FROM pending_claim WHERE status = 'OPEN' AND expires_at <= ?1"
        + " AND id > ?2 ORDER BY id LIMIT "
        + limit;
  }

  // --- Drafts and records -----------------------------------------------------------------------
  static final String LOCK_DRAFT_ROW =
      "SELECT id, status, abandon_count, last_activity_at, participant_id, membership_id,"
          + " reason, branch_id FROM claim WHERE id = ?1 FOR UPDATE";
  static final String SET_ABANDON_COUNT = "UPDATE claim SET abandon_count = ?1 WHERE id = ?2";
  static final String CLAIM_OF_RECORD = "SELECT claim_id FROM pending_claim WHERE id = ?1";
  static final String OPEN_DRAFT_OF =
      "SELECT id FROM claim WHERE open_participant_id = ?1 AND status = 'DRAFT'";
  static final String CLAIMS_OF_OPEN_RECORDS =
      "SELECT DISTINCT claim_id FROM pending_claim WHERE participant_id = ?1 AND status = 'OPEN'";
  static final String HOLDER =
      "SELECT p.nik, m.kpj, p.home_branch_id FROM participant p, membership m"
          + " WHERE p.id = ?1 AND m.id = ?2";
  static final String VIEWS =
      "SELECT p.id, p.claim_id, p.participant_id, pa.full_name, p.nik, p.kpj, p.reason,"
          + " b.code, b.name, p.status, p.created_at, p.expires_at, p.closed_at,"
          + " p.closed_by, p.close_reason"
          + " FROM pending_claim p JOIN participant pa ON pa.id = p.participant_id"
          + " JOIN branch_office b ON b.id = p.branch_id ";

  // --- One-time codes ---------------------------------------------------------------------------
  static final String VOID_UNUSED_CODES =
      "UPDATE one_time_code SET used = TRUE WHERE participant_id = ?1 AND purpose = ?2"
          + " AND used = FALSE";
  static final String INSERT_CODE =
      "INSERT INTO one_time_code (participant_id, purpose, code_hash, expires_at, tries_left,"
          + " used, created_at) VALUES (?1, ?2, ?3, ?4, ?5, FALSE, ?6)";
  static final String LATEST_UNUSED_CODE =
      "SELECT MAX(id) FROM one_time_code WHERE participant_id = ?1 AND purpose = ?2"
          + " AND used = FALSE";
  static final String LOCK_CODE =
      "SELECT code_hash, expires_at, tries_left, used FROM one_time_code WHERE id = ?1 FOR UPDATE";
  static final String COUNT_TRY =
      "UPDATE one_time_code SET tries_left = ?1, used = ?2 WHERE id = ?3";
  static final String USE_CODE = "UPDATE one_time_code SET used = TRUE WHERE id = ?1";

  // --- Code challenges (the step between asking for a code and typing it) ---------------------
  static final String INSERT_CHALLENGE =
      "INSERT INTO code_challenge (id, purpose, participant_id, masked_nik, masked_kpj,"
          + " expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  static final String DROP_EXPIRED_CHALLENGES = "DELETE FROM code_challenge WHERE expires_at < ?1";
  static final String FIND_CHALLENGE =
      "SELECT participant_id, masked_nik, masked_kpj, expires_at FROM code_challenge"
          + " WHERE id = ?1 AND purpose = ?2";
  static final String REMOVE_CHALLENGE = "DELETE FROM code_challenge WHERE id = ?1";
}
