-- A participant's request that the branch correct the registry (issue 14): the membership still
-- "active" because the employer reported late, or identity data that differs from the e-KTP.
-- Never a claim. open_participant_id = participant_id while SUBMITTED, NULL once decided, so the
-- unique key allows one undecided request of each kind per participant.
CREATE TABLE correction_request (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  participant_id BIGINT NOT NULL,
  membership_id BIGINT,
  branch_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  state VARCHAR(12) NOT NULL,
  statement VARCHAR(500) NOT NULL,
  letter_date DATE,
  document_name VARCHAR(160) NOT NULL,
  document_key CHAR(32) NOT NULL,
  document_media_type VARCHAR(60) NOT NULL,
  submitted_at DATETIME NOT NULL,
  decided_at DATETIME,
  decided_by VARCHAR(80),
  refusal_reason VARCHAR(500),
  open_participant_id BIGINT,
  version INT NOT NULL,
  CONSTRAINT ck_correction_kind CHECK (kind IN ('MEMBERSHIP_STATUS', 'IDENTITY_DATA')),
  CONSTRAINT ck_correction_state CHECK (state IN ('SUBMITTED', 'ACCEPTED', 'REFUSED')),
  CONSTRAINT uq_correction_open UNIQUE (open_participant_id, kind),
  CONSTRAINT fk_correction_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_correction_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
  CONSTRAINT fk_correction_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id)
);
CREATE INDEX ix_correction_branch_state ON correction_request (branch_id, state);
