-- Identity-data corrections (issue 14): the name and birth date as on the participant's e-KTP, and
-- the registry's at the time of the request (so the officer and the audit see both sides). Only an
-- identity request carries them, and it must carry both.
ALTER TABLE correction_request ADD COLUMN claimed_name VARCHAR(120);
ALTER TABLE correction_request ADD COLUMN claimed_birth_date DATE;
ALTER TABLE correction_request ADD COLUMN registry_name VARCHAR(120);
ALTER TABLE correction_request ADD COLUMN registry_birth_date DATE;
ALTER TABLE correction_request ADD CONSTRAINT ck_correction_identity CHECK (
  kind <> 'IDENTITY_DATA'
  OR (claimed_name IS NOT NULL AND claimed_birth_date IS NOT NULL
      AND registry_name IS NOT NULL AND registry_birth_date IS NOT NULL));
-- The participant cannot pass the identity step until the request is decided, so the request's
-- state is looked up with NIK and the reference mailed to the registry's address; only its SHA-256
-- is kept.
ALTER TABLE correction_request ADD COLUMN reference_hash CHAR(64);
CREATE UNIQUE INDEX uq_correction_reference ON correction_request (reference_hash);
