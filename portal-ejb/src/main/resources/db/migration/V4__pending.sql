-- Pending-claim registry: what the abandoned-draft detector, the expiry run and the lookups need.
-- Portable SQL for MySQL 8, MariaDB 10.11 and H2 2.2 (MODE=LEGACY).

-- How far each scanning job has got. The abandoned-draft detector scans only the drafts whose last
-- activity falls between its mark and "now - 30 minutes", so its cost follows the number of newly
-- abandoned drafts, not the number of drafts. Several nodes may scan the same interval: the row lock
-- on each draft and uq_pending_abandonment still record each abandonment once.
CREATE TABLE job_watermark (
  job_name VARCHAR(64) NOT NULL PRIMARY KEY,
  mark_at DATETIME NOT NULL
);

-- Reminders two days before expiry: only OPEN records not yet reminded, by expiry date.
CREATE INDEX ix_pending_reminder ON pending_claim (status, reminder_sent, expires_at);

-- Resume, cancel and release act on one participant's records.
CREATE INDEX ix_pending_participant ON pending_claim (participant_id, status);

