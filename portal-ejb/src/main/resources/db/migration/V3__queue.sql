-- Queue calls. Portable SQL for MySQL 8, MariaDB 10.11 and H2 2.2 (MODE=LEGACY).
-- Every time an officer calls a ticket to a desk, one row. The display shows the latest call per desk:
-- "latest" is the highest id, never the time (MariaDB with Connector/J keeps whole seconds only, and
-- two desks often call within the same second).
CREATE TABLE queue_call (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  branch_id BIGINT NOT NULL,
  service_date DATE NOT NULL,
  desk VARCHAR(20) NOT NULL,
  called_by VARCHAR(60) NOT NULL,
  called_at DATETIME NOT NULL,
  CONSTRAINT fk_call_ticket FOREIGN KEY (ticket_id) REFERENCES queue_ticket (id),
  CONSTRAINT fk_call_branch FOREIGN KEY (branch_id) REFERENCES branch_office (id)
);
CREATE INDEX ix_call_display ON queue_call (branch_id, service_date, id);
