-- Administration: participant registry imports with their per-line report, and the indexes the
-- administrators' searches and dashboard need. Portable SQL for MySQL 8, MariaDB 10.11 and H2 2.2
-- (MODE=LEGACY).

-- One upload of the participant registry (CSV). The row is the import's progress: the page polls
-- it, so any node can answer and a reload does not lose it. status: RUNNING, DONE, FAILED.
CREATE TABLE registry_import (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  file_name VARCHAR(120) NOT NULL,
  started_by VARCHAR(60) NOT NULL,
  status VARCHAR(12) NOT NULL,
  total_lines INT NOT NULL,
  processed_lines INT NOT NULL,
  written_lines INT NOT NULL,
  rejected_lines INT NOT NULL,
  new_participants INT NOT NULL,
  new_memberships INT NOT NULL,
  problems_omitted INT NOT NULL,
  started_at DATETIME NOT NULL,
  finished_at DATETIME,
  version INT NOT NULL
);

-- What is wrong with one field of one line: a message key and its arguments (tab-separated), never
-- the rejected value itself when it could be a NIK or KPJ.
CREATE TABLE registry_import_problem (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  import_id BIGINT NOT NULL,
  line_no INT NOT NULL,
  field VARCHAR(40) NOT NULL,
  message_key VARCHAR(80) NOT NULL,
  message_args VARCHAR(300),
  CONSTRAINT fk_import_problem FOREIGN KEY (import_id) REFERENCES registry_import (id)
);
CREATE INDEX ix_import_problem ON registry_import_problem (import_id, line_no, id);

-- Audit search by action and newest first; the dashboard's ranges over all branches.
CREATE INDEX ix_audit_action ON audit_event (action, id);
CREATE INDEX ix_ticket_service_date ON queue_ticket (service_date);
CREATE INDEX ix_claim_service_date ON claim (service_date);
-- The outbox page lists mails by status, newest first.
CREATE INDEX ix_mail_status ON outgoing_mail (status, id);
