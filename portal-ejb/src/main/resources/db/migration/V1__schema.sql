-- JHT claim portal: the whole schema. Portable SQL for MySQL 8, MariaDB 10.11 and H2 2.2 (MODE=LEGACY).
-- Conventions: surrogate BIGINT ids; timestamps are UTC DATETIME (whole seconds are enough: MariaDB with
-- Connector/J drops fractions, so nothing orders or de-duplicates by time); invariants are constraints.
-- A nullable column with a UNIQUE index holds "at most one open X per person": it carries the person's id
-- while the row is open and NULL afterwards (NULLs never collide in these three databases).

CREATE TABLE branch_office (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(8) NOT NULL,
  name VARCHAR(120) NOT NULL,
  address VARCHAR(255) NOT NULL,
  city VARCHAR(80) NOT NULL,
  province VARCHAR(80) NOT NULL,
  time_zone VARCHAR(40) NOT NULL,
  latitude DECIMAL(9, 6) NOT NULL,
  longitude DECIMAL(9, 6) NOT NULL,
  active BOOLEAN NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_branch_code UNIQUE (code)
);
CREATE INDEX ix_branch_city ON branch_office (city);
CREATE INDEX ix_branch_province ON branch_office (province);

-- The sessions a branch serves each working day, with the default quota of each.
CREATE TABLE service_session (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  branch_id BIGINT NOT NULL,
  session_code CHAR(1) NOT NULL,
  start_time TIME NOT NULL,
  end_time TIME NOT NULL,
  default_quota INT NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_session UNIQUE (branch_id, session_code),
  CONSTRAINT fk_session_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id),
  CONSTRAINT ck_session_quota CHECK (default_quota >= 0)
);

-- A different quota for one branch, date and session (surge days, staff leave).
CREATE TABLE quota_override (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  branch_id BIGINT NOT NULL,
  service_date DATE NOT NULL,
  session_code CHAR(1) NOT NULL,
  quota INT NOT NULL,
  CONSTRAINT uq_quota_override UNIQUE (branch_id, service_date, session_code),
  CONSTRAINT fk_quota_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id),
  CONSTRAINT ck_quota_override CHECK (quota >= 0)
);

-- National holidays: no bookings on these dates in any branch.
CREATE TABLE holiday (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  holiday_date DATE NOT NULL,
  name_id VARCHAR(120) NOT NULL,
  name_en VARCHAR(120) NOT NULL,
  CONSTRAINT uq_holiday_date UNIQUE (holiday_date)
);

-- The participant registry (in production fed by the agency's core system).
CREATE TABLE participant (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  nik CHAR(16) NOT NULL,
  full_name VARCHAR(120) NOT NULL,
  birth_place VARCHAR(80) NOT NULL,
  birth_date DATE NOT NULL,
  gender CHAR(1) NOT NULL,
  mother_maiden_name VARCHAR(120) NOT NULL,
  email VARCHAR(160),
  phone VARCHAR(20),
  home_branch_id BIGINT NOT NULL,
  failed_attempts INT NOT NULL,
  locked_until DATETIME,
  version INT NOT NULL,
  CONSTRAINT uq_participant_nik UNIQUE (nik),
  CONSTRAINT fk_participant_branch FOREIGN KEY (home_branch_id) REFERENCES branch_office (id)
);

-- One membership card (KPJ) of a participant, each with its own JHT balance.
CREATE TABLE membership (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  participant_id BIGINT NOT NULL,
  kpj CHAR(11) NOT NULL,
  employer_name VARCHAR(160) NOT NULL,
  membership_start DATE NOT NULL,
  status VARCHAR(12) NOT NULL,
  non_active_since DATE,
  balance BIGINT NOT NULL,
  partial_other_taken BOOLEAN NOT NULL,
  partial_housing_taken BOOLEAN NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_membership_kpj UNIQUE (kpj),
  CONSTRAINT fk_membership_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_membership_participant ON membership (participant_id);

-- A claim from its first saved step (DRAFT) to its end (PAID, REJECTED, CANCELLED).
-- open_participant_id = participant_id while the claim is open: one open claim per person.
CREATE TABLE claim (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  participant_id BIGINT NOT NULL,
  membership_id BIGINT NOT NULL,
  open_participant_id BIGINT,
  status VARCHAR(24) NOT NULL,
  step_reached INT NOT NULL,
  reason VARCHAR(32),
  email VARCHAR(160),
  phone VARCHAR(20),
  bank_code VARCHAR(16),
  account_number VARCHAR(24),
  account_holder VARCHAR(120),
  npwp VARCHAR(16),
  branch_id BIGINT,
  service_date DATE,
  session_code CHAR(1),
  declaration_accepted BOOLEAN NOT NULL,
  balance_at_submission BIGINT,
  payable_amount BIGINT,
  created_at DATETIME NOT NULL,
  last_activity_at DATETIME NOT NULL,
  submitted_at DATETIME,
  closed_at DATETIME,
  abandon_count INT NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_claim_open_participant UNIQUE (open_participant_id),
  CONSTRAINT fk_claim_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_claim_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
  CONSTRAINT fk_claim_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id)
);
-- The abandoned-session detector scans drafts by last activity.
CREATE INDEX ix_claim_status_activity ON claim (status, last_activity_at);
CREATE INDEX ix_claim_participant ON claim (participant_id);

-- The stages a claim went through, for the participant's timeline.
CREATE TABLE claim_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id BIGINT NOT NULL,
  event_type VARCHAR(32) NOT NULL,
  occurred_at DATETIME NOT NULL,
  actor VARCHAR(80) NOT NULL,
  note VARCHAR(500),
  CONSTRAINT fk_event_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_event_claim ON claim_event (claim_id, id);

-- An accepted upload. The file lives in the document store under storage_key, never under its own name.
CREATE TABLE claim_document (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id BIGINT NOT NULL,
  document_type VARCHAR(48) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  storage_key VARCHAR(64) NOT NULL,
  content_type VARCHAR(40) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  width INT,
  height INT,
  page_count INT,
  review_status VARCHAR(16) NOT NULL,
  review_note VARCHAR(500),
  uploaded_at DATETIME NOT NULL,
  CONSTRAINT uq_document_slot UNIQUE (claim_id, document_type),
  CONSTRAINT uq_document_storage UNIQUE (storage_key),
  CONSTRAINT fk_document_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);

-- Tickets issued so far per branch, day and session. Allocation locks this row (SELECT ... FOR UPDATE),
-- so the check against the quota and the next number are decided by one writer at a time on any node.
CREATE TABLE queue_counter (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  branch_id BIGINT NOT NULL,
  service_date DATE NOT NULL,
  session_code CHAR(1) NOT NULL,
  issued INT NOT NULL,
  CONSTRAINT uq_queue_counter UNIQUE (branch_id, service_date, session_code),
  CONSTRAINT fk_counter_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id)
);

-- A queue number. active_participant_id = participant while the booking is active: one per person.
CREATE TABLE queue_ticket (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id BIGINT NOT NULL,
  branch_id BIGINT NOT NULL,
  service_date DATE NOT NULL,
  session_code CHAR(1) NOT NULL,
  sequence_no INT NOT NULL,
  ticket_number VARCHAR(24) NOT NULL,
  booking_code VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  active_participant_id BIGINT,
  called_by VARCHAR(60),
  desk VARCHAR(20),
  called_at DATETIME,
  created_at DATETIME NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_ticket_number UNIQUE (branch_id, service_date, session_code, sequence_no),
  CONSTRAINT uq_ticket_booking UNIQUE (booking_code),
  CONSTRAINT uq_ticket_active_participant UNIQUE (active_participant_id),
  CONSTRAINT fk_ticket_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
  CONSTRAINT fk_ticket_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id)
);
CREATE INDEX ix_ticket_board ON queue_ticket (branch_id, service_date, session_code, status, sequence_no);
CREATE INDEX ix_ticket_claim ON queue_ticket (claim_id);

-- A claim left half-way in this portal: what blocks other channels, made explicit and releasable.
-- One record per abandonment of a draft: (claim_id, abandon_no) is unique, so detectors on several nodes
-- cannot record the same abandonment twice.
CREATE TABLE pending_claim (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id BIGINT NOT NULL,
  abandon_no INT NOT NULL,
  participant_id BIGINT NOT NULL,
  nik CHAR(16) NOT NULL,
  kpj CHAR(11) NOT NULL,
  reason VARCHAR(32),
  branch_id BIGINT NOT NULL,
  status VARCHAR(32) NOT NULL,
  created_at DATETIME NOT NULL,
  expires_at DATETIME NOT NULL,
  closed_at DATETIME,
  closed_by VARCHAR(80),
  close_reason VARCHAR(500),
  reminder_sent BOOLEAN NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_pending_abandonment UNIQUE (claim_id, abandon_no),
  CONSTRAINT fk_pending_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
  CONSTRAINT fk_pending_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id)
);
CREATE INDEX ix_pending_nik ON pending_claim (nik, status);
CREATE INDEX ix_pending_status_expiry ON pending_claim (status, expires_at);
CREATE INDEX ix_pending_branch ON pending_claim (branch_id, status);

-- Other channels (mobile app, branch counter, website) calling the API; keys are stored hashed.
CREATE TABLE api_channel (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  display_name_id VARCHAR(120) NOT NULL,
  display_name_en VARCHAR(120) NOT NULL,
  key_hash CHAR(64) NOT NULL,
  key_prefix VARCHAR(12) NOT NULL,
  requests_per_minute INT NOT NULL,
  active BOOLEAN NOT NULL,
  created_at DATETIME NOT NULL,
  rotated_at DATETIME,
  revoked_at DATETIME,
  version INT NOT NULL,
  CONSTRAINT uq_channel_code UNIQUE (code),
  CONSTRAINT uq_channel_key UNIQUE (key_hash)
);

-- A claim another channel holds and told us about; it blocks a new claim in this portal.
CREATE TABLE channel_claim (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  channel_id BIGINT NOT NULL,
  reference VARCHAR(64) NOT NULL,
  nik CHAR(16) NOT NULL,
  kpj CHAR(11) NOT NULL,
  full_name VARCHAR(120),
  branch_code VARCHAR(8),
  status VARCHAR(24) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_channel_reference UNIQUE (channel_id, reference),
  CONSTRAINT fk_channel_claim_channel FOREIGN KEY (channel_id) REFERENCES api_channel (id)
);
CREATE INDEX ix_channel_claim_nik ON channel_claim (nik);

-- Officers, supervisors and administrators.
CREATE TABLE staff_account (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(60) NOT NULL,
  full_name VARCHAR(120) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  role VARCHAR(16) NOT NULL,
  branch_id BIGINT,
  email VARCHAR(160),
  active BOOLEAN NOT NULL,
  failed_logins INT NOT NULL,
  locked_until DATETIME,
  created_at DATETIME NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uq_staff_username UNIQUE (username),
  CONSTRAINT fk_staff_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id)
);

-- Who did what, when and why. Rows are only ever inserted.
CREATE TABLE audit_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at DATETIME NOT NULL,
  actor VARCHAR(80) NOT NULL,
  actor_role VARCHAR(16) NOT NULL,
  action VARCHAR(48) NOT NULL,
  target_type VARCHAR(32),
  target_id VARCHAR(40),
  branch_id BIGINT,
  detail VARCHAR(1000),
  client_address VARCHAR(64)
);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor);

-- Outgoing mail, queued in the same transaction as the business change and sent (and retried) later.
CREATE TABLE outgoing_mail (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(160) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  body VARCHAR(8000) NOT NULL,
  attachment_name VARCHAR(120),
  attachment_key VARCHAR(64),
  status VARCHAR(12) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME NOT NULL,
  created_at DATETIME NOT NULL,
  sent_at DATETIME,
  last_error VARCHAR(500),
  version INT NOT NULL
);
CREATE INDEX ix_mail_due ON outgoing_mail (status, next_attempt_at);

-- One-time codes sent to a participant's registered e-mail (release of a pending claim).
CREATE TABLE one_time_code (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  participant_id BIGINT NOT NULL,
  purpose VARCHAR(24) NOT NULL,
  code_hash CHAR(64) NOT NULL,
  expires_at DATETIME NOT NULL,
  tries_left INT NOT NULL,
  used BOOLEAN NOT NULL,
  created_at DATETIME NOT NULL,
  CONSTRAINT fk_otc_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_otc_participant ON one_time_code (participant_id, purpose);

-- Fixed-window counters shared by all nodes: failed identity attempts per client, API calls per channel.
CREATE TABLE rate_limit_window (
  bucket VARCHAR(96) NOT NULL PRIMARY KEY,
  window_start DATETIME NOT NULL,
  hits INT NOT NULL
);

-- Leases for scheduled work that must run on one node at a time.
CREATE TABLE job_lease (
  job_name VARCHAR(64) NOT NULL PRIMARY KEY,
  owner VARCHAR(96),
  lease_until DATETIME NOT NULL
);

-- Marks one-off initialisation (demo data) as done; the primary key makes it happen once across nodes.
CREATE TABLE init_marker (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  done_at DATETIME NOT NULL
);
