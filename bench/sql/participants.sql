-- Bench participants: 30,000 people who may claim for RETIREMENT_AGE today (born 1958-1966, so at
-- least 56), one ACTIVE membership each with Rp 20 juta (below the NPWP threshold), so every claim
-- needs exactly the four common documents. Numbers live in ranges the demo data never uses:
-- NIK 35 9x 99 DDMMYY 0001 (regency 90-99), KPJ 98xxxxxxxxx. bench/run.sh and the cluster test hand
-- out disjoint ranges of bench_no to each measurement, so no two measurements share a person.
-- MariaDB's SEQUENCE engine (seq_1_to_N) generates the rows in one statement.

CREATE TABLE IF NOT EXISTS bench_participant (
  bench_no INT NOT NULL PRIMARY KEY,
  participant_id BIGINT NOT NULL,
  membership_id BIGINT,
  nik CHAR(16) NOT NULL,
  kpj CHAR(11) NOT NULL,
  full_name VARCHAR(120) NOT NULL,
  birth_date DATE NOT NULL,
  mother_maiden_name VARCHAR(120) NOT NULL
);

INSERT INTO participant (nik, full_name, birth_place, birth_date, gender, mother_maiden_name, email,
                         phone, home_branch_id, failed_attempts, locked_until, version)
SELECT CONCAT('35', 90 + (s.seq - 1) DIV 3000, '99',
              DATE_FORMAT(DATE_ADD('1958-01-01', INTERVAL (s.seq - 1) MOD 3000 DAY), '%d%m%y'),
              '0001'),
       'Budi Hartono', 'Surabaya', DATE_ADD('1958-01-01', INTERVAL (s.seq - 1) MOD 3000 DAY), 'M',
       'Siti Aminah', NULL, NULL, (SELECT MIN(id) FROM branch_office) + (s.seq MOD 47), 0, NULL, 1
FROM seq_1_to_30000 s;

INSERT INTO bench_participant (bench_no, participant_id, nik, kpj, full_name, birth_date,
                               mother_maiden_name)
SELECT s.seq, p.id, p.nik, CONCAT('98', LPAD(s.seq, 9, '0')), p.full_name, p.birth_date,
       p.mother_maiden_name
FROM seq_1_to_30000 s
JOIN participant p
  ON p.nik = CONCAT('35', 90 + (s.seq - 1) DIV 3000, '99',
                    DATE_FORMAT(DATE_ADD('1958-01-01', INTERVAL (s.seq - 1) MOD 3000 DAY), '%d%m%y'),
                    '0001');

INSERT INTO membership (participant_id, kpj, employer_name, membership_start, status, non_active_since,
                        balance, partial_other_taken, partial_housing_taken, version)
SELECT participant_id, kpj, 'PT Bench Sejahtera', '1990-01-01', 'ACTIVE', NULL, 20000000, FALSE, FALSE, 1
FROM bench_participant;

UPDATE bench_participant b JOIN membership m ON m.kpj = b.kpj SET b.membership_id = m.id;

-- Room for every booking the benchmark makes: capacity is not what is measured. The default quota
-- is 40 per session; the cluster test sets a small quota_override where it checks the quota itself.
UPDATE service_session SET default_quota = 100000;
