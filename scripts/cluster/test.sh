#!/usr/bin/env bash
# Tests on the two-node cluster (a second, documented command; not part of the CI suite because it
# needs two Payara nodes, nginx and several minutes). Starts the cluster unless it already runs.
#
#   scripts/cluster/test.sh          all four tests, then leaves the cluster as it is (one node
#                                    killed by the last test): scripts/cluster/stop.sh afterwards
#   CLUSTER_TESTS="2 3" ...          only the tests named
#
#  1. Whole claims under load through nginx across both nodes (Gatling), then SQL checks: no
#     duplicate numbers, counters equal to tickets, no gaps, one active ticket per person, one waiting
#     ticket per queued claim; and a second run where everyone books one branch whose session quota
#     is 25: never more than 25 numbers.
#  2. The pending-claim detector started on both nodes at the same moment over the same 3,000
#     abandoned drafts: every draft recorded exactly once.
#  4. Two officers of one branch press "call next" at the same time through nginx (their requests
#     alternate between the nodes) until nobody waits: every waiting ticket called exactly once.
#     (Runs before 3, which kills a node.)
#  3. A participant's wizard through nginx (round robin, so the requests alternate between the
#     nodes); the node that rendered the current page is killed (SIGKILL) before the form is sent;
#     the wizard must go on to a queue number on the other node with nothing lost and no error page.
set -uo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/portal.sh
CLUSTER_DIR=$PWD/scripts/cluster/target
OUT=$CLUSTER_DIR/test
mkdir -p "$OUT"
PASSED=() FAILED=()
pass() { PASSED+=("$1"); log "PASS $1"; }
fail() { FAILED+=("$1"); log "FAIL $1"; }

if ! { [ -f "$CLUSTER_DIR/node1.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/node1.pid")" 2> /dev/null \
    && [ -f "$CLUSTER_DIR/node2.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/node2.pid")" 2> /dev/null; }; then
  scripts/cluster/stop.sh
  scripts/cluster/start.sh || die "the cluster did not start"
fi
# shellcheck disable=SC1091
source "$CLUSTER_DIR/env"
export DB_NAME DB_USER DB_PASS DB_URL

# Test data: bench participants, upload files, compiled simulations.
if [ "$(db_value "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'bench_participant'")" = 0 ]; then
  log "loading the bench participants"
  db < bench/sql/participants.sql
fi
FILES=$PWD/bench/target/files
if [ ! -f "$FILES/scan-5mb.pdf" ]; then
  mkdir -p bench/target/harness-classes
  javac -d bench/target/harness-classes bench/harness/src/bench/BenchFiles.java
  java -cp bench/target/harness-classes bench.BenchFiles "$FILES" > /dev/null
fi
feeder() { # feeder <file> <first> <last> <branch id or "spread">
  local branch="(SELECT MIN(id) FROM branch_office) + bench_no MOD 30"
  [ "$4" = spread ] || branch=$4
  db -N -B -e "SELECT nik, kpj, full_name, DATE_FORMAT(birth_date, '%d/%m/%Y'), mother_maiden_name, $branch
      FROM bench_participant b WHERE bench_no BETWEEN $2 AND $3
        AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.participant_id = b.participant_id) ORDER BY bench_no" \
    | awk 'BEGIN { FS = "\t"; OFS = ","; print "nik,kpj,fullName,birthDate,mother,branchId" } { print $1, $2, $3, $4, $5, $6 }' > "$1"
}
gatling_claims() { # gatling_claims <feeder> <users> <seconds> <log>
  (cd bench/gatling && mvn -B -q gatling:test -Dgatling.simulationClass=bench.WholeClaimSimulation \
    -Dbench.baseUrl="$NGINX_URL" -Dbench.files="$FILES" -Dbench.feeder="$1" -Dbench.users="$2" \
    -Dbench.seconds="$3") > "$4" 2>&1
  ls -dt bench/gatling/target/gatling/wholeclaimsimulation-* | head -1
}
node_share() { # requests per node in nginx's log since line $1
  tail -n +"$1" "$CLUSTER_DIR/nginx/access.log" | grep -o 'upstream=[0-9.:]*' | sort | uniq -c | tr '\n' ' '
}

selected() { [[ " ${CLUSTER_TESTS:-1 2 3 4} " == *" $1 "* ]]; }

# --- 1. Allocation invariants under load across both nodes -----------------------------------------
if selected 1; then
log "test 1: whole claims across both nodes"
FROM_LINE=$(($(wc -l < "$CLUSTER_DIR/nginx/access.log") + 1))
feeder "$OUT/feeder-load.csv" 1 5000 spread
REPORT=$(gatling_claims "$OUT/feeder-load.csv" 16 "${CLUSTER_LOAD_SECONDS:-20}" "$OUT/gatling-load.log")
python3 bench/report.py gatling "$REPORT" "${CLUSTER_LOAD_SECONDS:-20}" > "$OUT/load.json"
SHARE=$(node_share "$FROM_LINE")
BOOKED=$(python3 -c "import json; d=json.load(open('$OUT/load.json')); print(d['requests'].get('booked GET', {}).get('ok', 0))")
FAILED_REQUESTS=$(python3 -c "import json; d=json.load(open('$OUT/load.json')); print(d.get('all', {}).get('ko', -1))")
log "queue numbers shown: $BOOKED; requests per node: $SHARE"
CHECKS=$(db -N -B -e "
  SELECT CONCAT_WS(' ',
    (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket GROUP BY branch_id, service_date, session_code, sequence_no HAVING COUNT(*) > 1) d),
    (SELECT COUNT(*) FROM queue_counter q WHERE q.issued <> (SELECT COUNT(*) FROM queue_ticket t WHERE t.branch_id = q.branch_id AND t.service_date = q.service_date AND t.session_code = q.session_code)),
    (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket GROUP BY branch_id, service_date, session_code HAVING MAX(sequence_no) <> COUNT(*)) g),
    (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket WHERE active_participant_id IS NOT NULL GROUP BY active_participant_id HAVING COUNT(*) > 1) a),
    (SELECT COUNT(*) FROM claim c WHERE c.status = 'QUEUED' AND (SELECT COUNT(*) FROM queue_ticket t WHERE t.claim_id = c.id AND t.status = 'WAITING') <> 1),
    (SELECT COUNT(*) FROM queue_ticket))")
read -r DUP MISMATCH GAPS TWO_ACTIVE WRONG_TICKETS TICKETS <<< "$CHECKS"
log "tickets $TICKETS; duplicates $DUP, counter mismatches $MISMATCH, gaps $GAPS, people with two active tickets $TWO_ACTIVE, queued claims without exactly one waiting ticket $WRONG_TICKETS"
log "failed requests (any status other than the one expected, on either node): $FAILED_REQUESTS"
if [ "$BOOKED" -gt 0 ] && [ "$FAILED_REQUESTS" = 0 ] && [ "$DUP$MISMATCH$GAPS$TWO_ACTIVE$WRONG_TICKETS" = 00000 ] \
    && [ "$(grep -o 'upstream=' <<< "$SHARE" | wc -l)" -ge 2 ]; then
  pass "1a whole claims across both nodes ($BOOKED queue numbers; $SHARE): no failed request, no duplicate, gap or counter mismatch"
else
  fail "1a whole claims across both nodes: booked $BOOKED, failed requests $FAILED_REQUESTS, duplicates $DUP, mismatches $MISMATCH, gaps $GAPS, two active $TWO_ACTIVE, wrong tickets $WRONG_TICKETS, nodes: $SHARE"
fi

log "test 1b: everyone books branch SDA, session A, with room for 10 more numbers"
SDA=$(db_value "SELECT id FROM branch_office WHERE code = 'SDA'")
# Room for ten more on every coming day, whatever earlier runs booked there.
db -e "DELETE FROM quota_override WHERE branch_id = $SDA;
  INSERT INTO quota_override (branch_id, service_date, session_code, quota)
  SELECT $SDA, d.day, 'A', 10 + (SELECT COUNT(*) FROM queue_ticket t WHERE t.branch_id = $SDA AND t.service_date = d.day AND t.session_code = 'A')
  FROM (SELECT CURDATE() + INTERVAL s.seq DAY AS day FROM seq_0_to_20 s) d;"
BEFORE_SDA=$(db_value "SELECT COUNT(*) FROM queue_ticket WHERE branch_id = $SDA AND session_code = 'A'")
feeder "$OUT/feeder-quota.csv" 5001 8000 "$SDA"
REPORT=$(gatling_claims "$OUT/feeder-quota.csv" 16 "${CLUSTER_QUOTA_SECONDS:-25}" "$OUT/gatling-quota.log")
python3 bench/report.py gatling "$REPORT" 25 > "$OUT/quota.json"
ATTEMPTS=$(python3 -c "import json; d=json.load(open('$OUT/quota.json')); print(d['requests'].get('confirm POST', {}).get('count', 0))")
read -r ISSUED MAXQ OVER <<< "$(db -N -B -e "SELECT COUNT(*), (SELECT MAX(quota) FROM quota_override WHERE branch_id = $SDA),
    (SELECT COUNT(*) FROM queue_counter q JOIN quota_override o ON o.branch_id = q.branch_id AND o.service_date = q.service_date AND o.session_code = q.session_code
      WHERE q.branch_id = $SDA AND (q.issued > o.quota OR q.issued <> (SELECT COUNT(*) FROM queue_ticket t WHERE t.branch_id = q.branch_id AND t.service_date = q.service_date AND t.session_code = q.session_code)))
    FROM queue_ticket WHERE branch_id = $SDA AND session_code = 'A'")"
NEW_SDA=$((ISSUED - BEFORE_SDA))
log "submissions $ATTEMPTS; new tickets in SDA session A: $NEW_SDA (room was 10); sessions over quota or miscounted: $OVER"
if [ "$NEW_SDA" -le 10 ] && [ "$OVER" = 0 ] && { [ "$ATTEMPTS" -le 10 ] || [ "$NEW_SDA" = 10 ]; }; then
  pass "1b quota across both nodes: $ATTEMPTS submissions for 10 free places gave $NEW_SDA numbers, none over quota"
else
  fail "1b quota: $ATTEMPTS submissions for 10 free places gave $NEW_SDA numbers ($OVER sessions over quota or miscounted)"
fi
fi

# --- 2. Detector on both nodes ---------------------------------------------------------------------
if selected 2; then
log "test 2: the detector on both nodes at once over 3,000 abandoned drafts"
BEFORE=$(db_value "SELECT COUNT(*) FROM pending_claim")
db -e "SET @total = 3000, @fresh = 3000, @active = 0, @first_no = 10001; SOURCE bench/sql/detector-drafts.sql;"
curl -s -X POST "$NODE1_URL/api/test/pending-detector/run" > "$OUT/detector-node1.json" &
P1=$!
curl -s -X POST "$NODE2_URL/api/test/pending-detector/run" > "$OUT/detector-node2.json" &
P2=$!
wait "$P1" "$P2"
D1=$(python3 -c "import json; print(json.load(open('$OUT/detector-node1.json')).get('detected', 0))" 2> /dev/null || echo "?")
D2=$(python3 -c "import json; print(json.load(open('$OUT/detector-node2.json')).get('detected', 0))" 2> /dev/null || echo "?")
NEW=$(( $(db_value "SELECT COUNT(*) FROM pending_claim") - BEFORE ))
DUPS=$(db_value "SELECT COUNT(*) FROM (SELECT 1 FROM pending_claim GROUP BY claim_id, abandon_no HAVING COUNT(*) > 1) d")
MISSING=$(db_value "SELECT COUNT(*) FROM claim c WHERE c.status = 'DRAFT' AND c.last_activity_at <= UTC_TIMESTAMP() - INTERVAL 30 MINUTE AND c.last_activity_at > UTC_TIMESTAMP() - INTERVAL 50 MINUTE AND NOT EXISTS (SELECT 1 FROM pending_claim p WHERE p.claim_id = c.id)")
log "node1 recorded $D1, node2 recorded $D2 (their timers may have recorded some too); new records $NEW, duplicates $DUPS, drafts left unrecorded $MISSING"
if [ "$NEW" = 3000 ] && [ "$DUPS" = 0 ] && [ "$MISSING" = 0 ]; then
  pass "2 detector on both nodes: 3,000 drafts, 3,000 records (node1 $D1, node2 $D2), no duplicate"
else
  fail "2 detector on both nodes: $NEW records for 3,000 drafts, $DUPS duplicates, $MISSING unrecorded"
fi
fi

# --- 4. Call next: two officers on both nodes, each ticket called once ---------------------------
if selected 4; then
log "test 4: two officers of branch SDA press 'call next' at once through nginx (both nodes)"
SDA=$(db_value "SELECT id FROM branch_office WHERE code = 'SDA'")
db -e "DELETE FROM quota_override WHERE branch_id = $SDA"
feeder "$OUT/feeder-call.csv" 13001 16000 "$SDA"
gatling_claims "$OUT/feeder-call.csv" 8 "${CLUSTER_CALL_SECONDS:-12}" "$OUT/gatling-call.log" > /dev/null
read -r DAY WAITING <<< "$(db -N -B -e "SELECT service_date, COUNT(*) FROM queue_ticket WHERE branch_id = $SDA AND status = 'WAITING'
  GROUP BY service_date ORDER BY COUNT(*) DESC, service_date LIMIT 1")"
log "SDA has $WAITING waiting tickets on $DAY; moving both nodes' clocks to 09:30 WIB that day"
TARGET=$(date -u -d "$DAY 02:30:00" +%s)
for url in "$NODE1_URL" "$NODE2_URL"; do
  NOW=$(curl -fs "$url/api/test/clock" | python3 -c 'import json,sys,datetime; print(int(datetime.datetime.fromisoformat(json.load(sys.stdin)["now"].replace("Z","+00:00")).timestamp()))')
  curl -fs -X POST "$url/api/test/clock/advance?minutes=$(( (TARGET - NOW) / 60 ))" > /dev/null
done
CALLS_BEFORE=$(db_value "SELECT COUNT(*) FROM queue_call WHERE branch_id = $SDA AND service_date = '$DAY'")
python3 scripts/cluster/officer.py "$NGINX_URL" petugas.sda 'Petugas#2026' SDA "Loket 1" 500 > "$OUT/officer-1.json" &
O1=$!
python3 scripts/cluster/officer.py "$NGINX_URL" supervisor.sda 'Supervisor#2026' SDA "Loket 2" 500 > "$OUT/officer-2.json" &
O2=$!
wait "$O1"; R1=$?
wait "$O2"; R2=$?
# Back to the real date, so that later tests book as before.
for url in "$NODE1_URL" "$NODE2_URL"; do
  OFFSET=$(curl -fs "$url/api/test/clock" | python3 -c 'import json,sys; print(json.load(sys.stdin)["offsetSeconds"])')
  curl -fs -X POST "$url/api/test/clock/advance?minutes=$(( -OFFSET / 60 ))" > /dev/null
done
cat "$OUT/officer-1.json" "$OUT/officer-2.json" >&2
MADE=$(python3 -c "import json; print(sum(json.load(open(f))['calls'] for f in ['$OUT/officer-1.json', '$OUT/officer-2.json']))" 2> /dev/null || echo 0)
NODES=$(python3 -c "import json; print(len({n for f in ['$OUT/officer-1.json', '$OUT/officer-2.json'] for n in json.load(open(f))['nodes'] if n != '?'}))" 2> /dev/null || echo 0)
read -r CALLS TWICE LEFT CALLED <<< "$(db -N -B -e "SELECT
    (SELECT COUNT(*) FROM queue_call WHERE branch_id = $SDA AND service_date = '$DAY') - $CALLS_BEFORE,
    (SELECT COUNT(*) FROM (SELECT ticket_id FROM queue_call WHERE branch_id = $SDA AND service_date = '$DAY' GROUP BY ticket_id HAVING COUNT(*) > 1) d),
    (SELECT COUNT(*) FROM queue_ticket WHERE branch_id = $SDA AND service_date = '$DAY' AND status = 'WAITING'),
    (SELECT COUNT(*) FROM queue_ticket WHERE branch_id = $SDA AND service_date = '$DAY' AND status = 'CALLED')")"
log "officers made $MADE calls over $NODES nodes; calls recorded $CALLS, tickets called twice $TWICE, still waiting $LEFT, tickets CALLED $CALLED"
if [ "$R1$R2" = 00 ] && [ "$WAITING" -gt 0 ] && [ "$MADE" = "$WAITING" ] && [ "$CALLS" = "$WAITING" ] \
    && [ "$TWICE" = 0 ] && [ "$LEFT" = 0 ] && [ "$CALLED" -ge "$WAITING" ] && [ "$NODES" -ge 2 ]; then
  pass "4 call next on both nodes: $WAITING waiting tickets, $MADE calls by two officers, each ticket called once"
else
  fail "4 call next: $WAITING waiting, $MADE calls made, $CALLS recorded, $TWICE called twice, $LEFT left, exit codes $R1 $R2, nodes $NODES"
fi
fi

# --- 3. Wizard survives the loss of its node -------------------------------------------------------
KILLED=""
if selected 3; then
log "test 3: a wizard through nginx, the node serving it killed mid-flow"
source scripts/cluster/wizard.sh
MLG=$(db_value "SELECT id FROM branch_office WHERE code = 'MLG'")
# A participant no earlier run of this test used (claims stay in the database between runs).
N=$(db_value "SELECT MAX(bench_no) FROM bench_participant b WHERE bench_no BETWEEN 8001 AND 9000 AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.participant_id = b.participant_id)")
read -r NIK KPJ BIRTH <<< "$(db -N -B -e "SELECT nik, kpj, DATE_FORMAT(birth_date, '%d/%m/%Y') FROM bench_participant WHERE bench_no = $N")"
wizard_init "$NGINX_URL" "$OUT/wizard-$N" "$NIK" "$KPJ" "Budi Hartono" "$BIRTH" "Siti Aminah" "$MLG" "$FILES"
if w_identity && w_reason && w_contact_get; then
  case "$W_LAST_NODE" in
    *:"${NODE1_URL##*:}") KILLED=node1 ;;
    *:"${NODE2_URL##*:}") KILLED=node2 ;;
  esac
  log "the contact page came from $KILLED ($W_LAST_NODE): killing it (SIGKILL) before the form is sent"
  kill -9 "$(cat "$CLUSTER_DIR/$KILLED.pid")"
  rm -f "$CLUSTER_DIR/$KILLED.pid"
  sleep 1
  if w_contact_post && w_documents && w_schedule && w_confirm && w_booked; then
    SAVED=$(db -N -B -e "SELECT CONCAT_WS(' ', c.reason, c.email, c.status) FROM claim c JOIN participant p ON p.id = c.participant_id WHERE p.nik = '$NIK' ORDER BY c.id DESC LIMIT 1")
    if grep -q "RETIREMENT_AGE budi@example.com QUEUED" <<< "$SAVED"; then
      pass "3 wizard after killing $KILLED: queue number $W_TICKET, draft intact ($SAVED)"
    else
      fail "3 wizard after killing $KILLED: booked $W_TICKET but the claim reads '$SAVED'"
    fi
  else
    fail "3 wizard after killing $KILLED: $W_FAIL"
  fi
else
  fail "3 wizard before any node was killed (round robin already needs the replicated session): $W_FAIL"
fi
log "requests of the wizard (step, status, node, redirect):"
cat "$W_DIR/trace.txt" >&2
fi

echo
echo "Cluster tests: ${#PASSED[@]} passed, ${#FAILED[@]} failed"
for t in "${PASSED[@]}"; do echo "  PASS $t"; done
for t in "${FAILED[@]}"; do echo "  FAIL $t"; done
[ -n "$KILLED" ] && echo "  ($KILLED was killed by test 3; scripts/cluster/stop.sh stops the rest)"
[ ${#FAILED[@]} -eq 0 ]
