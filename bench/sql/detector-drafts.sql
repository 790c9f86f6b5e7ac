-- Detector benchmark data: @total drafts, of which @fresh were abandoned since the detector's last
-- run (last activity 31-44 minutes ago, the 30-minute rule makes them due now) and @active are still
-- being worked on (5 minutes ago); the rest were left days ago and scanned long since. The detector's
-- mark is set 45 minutes back, as if it had run then. Drafts belong to bench participants
-- @first_no .. @first_no + 9999 with open_participant_id NULL (the one-open-claim-per-person key
-- does not matter to the detector). Set @total, @fresh, @active, @first_no before sourcing.

INSERT INTO claim (participant_id, membership_id, open_participant_id, status, step_reached, reason,
                   declaration_accepted, created_at, last_activity_at, abandon_count, version)
SELECT b.participant_id, b.membership_id, NULL, 'DRAFT', 3, 'RETIREMENT_AGE', FALSE,
       UTC_TIMESTAMP() - INTERVAL 3 DAY,
       CASE
         WHEN s.seq <= @fresh THEN UTC_TIMESTAMP() - INTERVAL (31 * 60 + s.seq MOD (13 * 60)) SECOND
         WHEN s.seq <= @fresh + @active THEN UTC_TIMESTAMP() - INTERVAL 5 MINUTE
         ELSE UTC_TIMESTAMP() - INTERVAL (2 * 86400 + s.seq MOD 86400) SECOND
       END,
       0, 1
FROM seq_1_to_1000000 s
JOIN bench_participant b ON b.bench_no = @first_no + s.seq MOD 10000
WHERE s.seq <= @total;

DELETE FROM job_watermark WHERE job_name = 'pending-claim-detector';
INSERT INTO job_watermark (job_name, mark_at)
VALUES ('pending-claim-detector', UTC_TIMESTAMP() - INTERVAL 45 MINUTE);
