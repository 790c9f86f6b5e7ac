# The database's invariants after load on the cluster (sourced by scripts/cluster/test.sh and
# scripts/cluster/scaling.sh; needs bench/lib/portal.sh's db with the cluster's DB_* settings).

# Prints five counts, all 0 when the numbers are right, then the ticket count: duplicate numbers,
# counters unequal to their tickets, sessions with gaps, people with two active tickets, queued
# claims without exactly one waiting ticket, tickets.
allocation_checks() {
  db -N -B -e "
  SELECT CONCAT_WS(' ',
    (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket GROUP BY branch_id, service_date, session_code, sequence_no HAVING COUNT(*) > 1) d),
    (SELECT COUNT(*) FROM queue_counter q WHERE q.issued <> (SELECT COUNT(*) FROM queue_ticket t WHERE t.branch_id = q.branch_id AND t.service_date = q.service_date AND t.session_code = q.session_code)),
    (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket GROUP BY branch_id, service_date, session_code HAVING MAX(sequence_no) <> COUNT(*)) g),
    (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket WHERE active_participant_id IS NOT NULL GROUP BY active_participant_id HAVING COUNT(*) > 1) a),
    (SELECT COUNT(*) FROM claim c WHERE c.status = 'QUEUED' AND (SELECT COUNT(*) FROM queue_ticket t WHERE t.claim_id = c.id AND t.status = 'WAITING') <> 1),
    (SELECT COUNT(*) FROM queue_ticket))"
}

# Prints the count of branch-sessions holding more live tickets than their quota.
over_quota_sessions() {
  db_value "SELECT COUNT(*) FROM queue_counter q
    JOIN service_session s ON s.branch_id = q.branch_id AND s.session_code = q.session_code
    LEFT JOIN quota_override o ON o.branch_id = q.branch_id AND o.service_date = q.service_date AND o.session_code = q.session_code
    WHERE (SELECT COUNT(*) FROM queue_ticket t WHERE t.branch_id = q.branch_id AND t.service_date = q.service_date
             AND t.session_code = q.session_code AND t.status IN ('WAITING', 'CALLED')) > COALESCE(o.quota, s.default_quota)"
}
