-- The step between asking for a one-time code and typing it (identity unlock, pending-claim release),
-- for pages that keep no HTTP session: the browser carries only this row's id, signed in a short-lived
-- cookie, and the second step reads the rest from here. A row is made for every request, whether or not
-- the typed data matched a participant (participant_id stays NULL then), so that neither the cookie nor
-- the page tells the two apart. The id is random (chosen by the application), not a sequence. No NIK,
-- KPJ or birth date is kept: only what the code step shows of them, masked. Codes, tries and lockouts
-- stay in one_time_code and participant.
CREATE TABLE code_challenge (
  id BIGINT NOT NULL PRIMARY KEY,
  purpose VARCHAR(24) NOT NULL,
  participant_id BIGINT NULL,
  masked_nik VARCHAR(24) NOT NULL,
  masked_kpj VARCHAR(24) NULL,
  expires_at DATETIME NOT NULL,
  created_at DATETIME NOT NULL,
  CONSTRAINT fk_cch_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_cch_expires ON code_challenge (expires_at);
