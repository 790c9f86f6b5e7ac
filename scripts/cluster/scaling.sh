#!/usr/bin/env bash
# One node against two: each node pinned to its own core (taskset), the same loads sent to node 1
# alone, to node 2 alone and to both through nginx, in one run; then a crowd of 1,000 concurrent
# participants through nginx with the database's invariants checked after it. Writes
# bench/SCALING.md with issue 12's verdicts (two nodes >= 1.8x one for whole claims and wizard pages;
# the crowd: no failed request, p95 <= 1 s, every invariant); bench/run.sh calls it at its end and
# puts the same verdicts into bench/RESULTS.md.
#
#   scripts/cluster/scaling.sh       (re)starts the cluster with CLUSTER_PIN=1, measures, stops it
#   SCALING_SECONDS=20 ...           length of each wrk and whole-claim run (default 15 s)
#   SCALING_PAGE_SECONDS=6 ...       length of each wizard page's phase (six phases per setup)
#   SCALING_SETUPS="node1 node2 both"  the setups measured before the crowd (empty: the crowd only)
#   CROWD_USERS=1000 ...             concurrent participants of the crowd (0: no crowd)
#   CROWD_SECONDS=120 CROWD_RAMP=30  how long the crowd is held at full size, and its ramp
#   CLUSTER_SKIP_BUILD=1 ...         use the WAR already built (bench/run.sh does)
#
# On a 2-core machine the load generators, MariaDB and nginx share the same two cores with the
# nodes, so "two nodes" cannot double anything here: the figures say what a second node costs and
# buys when cores, not the database, are the limit. The table gives each node's CPU seconds during
# each run, which shows how the work was shared.
set -uo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/portal.sh
CLUSTER_DIR=$PWD/scripts/cluster/target
OUT=$CLUSTER_DIR/scaling
RESULTS=$OUT/results.jsonl
SECS=${SCALING_SECONDS:-15}
PAGE_SECS=${SCALING_PAGE_SECONDS:-6}
CROWD_USERS=${CROWD_USERS:-1000}
CROWD_SECONDS=${CROWD_SECONDS:-120}
CROWD_RAMP=${CROWD_RAMP:-30}
mkdir -p "$OUT"
: > "$RESULTS"
export BENCH_WRK_DIR=$PWD/bench/wrk

scripts/cluster/stop.sh > /dev/null 2>&1 || true
CLUSTER_PIN=1 scripts/cluster/start.sh || die "the cluster did not start"
trap 'scripts/cluster/stop.sh > /dev/null 2>&1 || true' EXIT
# shellcheck disable=SC1091
source "$CLUSTER_DIR/env"
source scripts/cluster/checks.sh
export DB_NAME DB_USER DB_PASS DB_PORT DB_URL
PID1=$(cat "$CLUSTER_DIR/node1.pid")
PID2=$(cat "$CLUSTER_DIR/node2.pid")
command -v wrk > /dev/null || die "wrk is missing (bench/run.sh installs it)"

log "test data: bench participants, upload files, an API channel, Gatling"
db < bench/sql/participants.sql
FILES=$PWD/bench/target/files
mkdir -p bench/target/harness-classes
javac -d bench/target/harness-classes bench/harness/src/bench/BenchFiles.java
java -cp bench/target/harness-classes bench.BenchFiles "$FILES" > /dev/null
mvn -B -q -f bench/gatling/pom.xml test-compile > "$OUT/gatling-compile.log" 2>&1 || die "Gatling does not compile"
export BENCH_API_KEY
BENCH_API_KEY=$(curl -fs -X POST "$NODE1_URL/api/test/channels" -H 'Content-Type: application/json' \
  -d '{"code":"scaling","nameId":"Bench","nameEn":"Bench","requestsPerMinute":"100000"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
[ -n "$BENCH_API_KEY" ] || die "could not create the API channel for the lookup runs"
db -N -B -e "SELECT nik, kpj FROM bench_participant WHERE bench_no BETWEEN 29001 AND 30000" > "$OUT/lookup-people.txt"
export BENCH_LOOKUP_FILE=$OUT/lookup-people.txt

cpu() { python3 bench/report.py cpu-seconds "$1"; }
# measure <setup> <target label> <kind> <what> <command...>: runs the command, records its JSON line
# with both nodes' CPU seconds during the run. setup: node1, node2 or both; kind: get, lookup,
# claims, pages or crowd (bench/targets12.py judges by them).
measure() {
  local setup=$1 label=$2 kind=$3 what=$4 line c1 c2
  shift 4
  c1=$(cpu "$PID1"); c2=$(cpu "$PID2")
  line=$("$@" | tail -1)
  record_line "$setup" "$label" "$kind" "$what" "$line" "$(python3 -c "print(round($(cpu "$PID1") - $c1, 1))")" \
    "$(python3 -c "print(round($(cpu "$PID2") - $c2, 1))")"
}
record_line() {
  python3 - "$RESULTS" "$@" <<'PY'
import json, sys
path, setup, label, kind, what, line, cpu1, cpu2 = sys.argv[1:9]
try:
    data = json.loads(line)
except ValueError:
    data = {"error": line[:200]}
data.update({"setup": setup, "target": label, "kind": kind, "what": what,
             "cpu_node1_s": float(cpu1), "cpu_node2_s": float(cpu2)})
with open(path, "a") as f:
    f.write(json.dumps(data) + "\n")
PY
}
wrk_json() { wrk -t2 -c16 -d"${SECS}s" --timeout 10s -s "bench/wrk/$1" "$2"; }
# feeder_csv <first> <last>: bench participants of that range as a Gatling feeder; prints its path.
feeder_csv() {
  local feeder=$OUT/feeder-$1.csv
  db -N -B -e "SELECT nik, kpj, full_name, DATE_FORMAT(birth_date, '%d/%m/%Y'), mother_maiden_name,
      (SELECT MIN(id) FROM branch_office) + bench_no MOD 30 FROM bench_participant
      WHERE bench_no BETWEEN $1 AND $2 ORDER BY bench_no" \
    | awk 'BEGIN { FS = "\t"; OFS = ","; print "nik,kpj,fullName,birthDate,mother,branchId" } { print $1, $2, $3, $4, $5, $6 }' > "$feeder"
  echo "$feeder"
}
# simulation <class> <url> <feeder> <log> [-Dbench...]: runs a Gatling simulation, prints its report.
simulation() {
  local class=$1 url=$2 feeder=$3 logfile=$4
  shift 4
  (cd bench/gatling && mvn -B -q gatling:test -Dgatling.simulationClass="bench.$class" \
    -Dbench.baseUrl="$url" -Dbench.files="$FILES" -Dbench.feeder="$feeder" "$@") > "$logfile" 2>&1
  ls -dt bench/gatling/target/gatling/"$(echo "$class" | tr '[:upper:]' '[:lower:]')"-* | head -1
}
claims_json() { # claims_json <url> <first> <last>
  local report
  report=$(simulation WholeClaimSimulation "$1" "$(feeder_csv "$2" "$3")" "$OUT/gatling-$2.log" \
    -Dbench.users=16 -Dbench.seconds="$SECS")
  python3 bench/report.py gatling "$report" "$SECS" | python3 -c '
import json, sys
d = json.load(sys.stdin)
booked = d["requests"].get("booked GET", {}).get("ok", 0)
print(json.dumps({"claims_per_s": round(booked / d["phase_seconds"], 2), "claims": booked,
  "failed_requests": d.get("all", {}).get("ko", 0), "p95_ms": d.get("all", {}).get("p95_ms")}))'
}
# pages_json <url> <first> <last>: the wizard-page simulation (16 users, one phase per step); the
# rate is every wizard request of the six step phases over their seconds (prep and B left out).
pages_json() {
  local report
  report=$(simulation WizardPagesSimulation "$1" "$(feeder_csv "$2" "$3")" "$OUT/gatling-$2.log" \
    -Dbench.users=16 -Dbench.seconds="$PAGE_SECS")
  python3 bench/report.py gatling "$report" "$PAGE_SECS" | python3 -c '
import json, sys
d = json.load(sys.stdin)
steps = {k: v for k, v in d["requests"].items() if " / " not in k and not k.startswith("B index")}
ok = sum(v["ok"] for v in steps.values())
print(json.dumps({"pages_per_s": round(ok / (6 * d["phase_seconds"]), 1), "requests": ok,
  "failed_requests": d.get("all", {}).get("ko", 0), "p95_ms": max((v["p95_ms"] for v in steps.values()), default=None)}))'
}

log "warm-up of both nodes"
for url in "$NODE1_URL" "$NODE2_URL"; do
  wrk -t2 -c16 -d6s -s bench/wrk/get.lua "$url/api/test/clock" > /dev/null
  wrk -t2 -c16 -d6s -s bench/wrk/lookup.lua "$url" > /dev/null
done
# Disjoint ranges of bench participants (30,000 in bench/sql/participants.sql): whole claims
# 1001-10000 (3,000 per setup), wizard pages 10001-10900 (300 per setup, 16 used), the crowd
# 11001-29000 (18,000: a crowd of 1,000 held for 2 minutes starts about 3,000-5,000 participants),
# the lookup's people 29001-30000 (read only).
FIRST=1001
PAGES_FIRST=10001
for target in "node1|node 1 alone (core 0)|$NODE1_URL" "node2|node 2 alone (core 1)|$NODE2_URL" "both|both nodes behind nginx|$NGINX_URL"; do
  setup=${target%%|*} rest=${target#*|}
  [[ " ${SCALING_SETUPS-node1 node2 both} " == *" $setup "* ]] || continue
  label=${rest%%|*} url=${rest#*|}
  log "$label: trivial GET, claim-lock lookup, whole claims, wizard pages"
  measure "$setup" "$label" get "A: GET /api/test/clock" wrk_json get.lua "$url/api/test/clock"
  measure "$setup" "$label" lookup "claim-lock lookup" wrk_json lookup.lua "$url"
  measure "$setup" "$label" claims "whole claim (16 users)" claims_json "$url" "$FIRST" $((FIRST + 2999))
  measure "$setup" "$label" pages "wizard pages (16 users, 6 steps x $PAGE_SECS s)" pages_json "$url" "$PAGES_FIRST" $((PAGES_FIRST + 299))
  FIRST=$((FIRST + 3000))
  PAGES_FIRST=$((PAGES_FIRST + 300))
done

# --- The crowd: 1,000 concurrent participants through nginx, then the invariants -----------------
crowd_json() {
  local report started
  started=$(date +%s)
  report=$(simulation CrowdSimulation "$NGINX_URL" "$(feeder_csv 11001 29000)" "$OUT/gatling-crowd.log" \
    -Dbench.users="$CROWD_USERS" -Dbench.seconds="$CROWD_SECONDS" -Dbench.rampSeconds="$CROWD_RAMP")
  local run_s=$(( $(date +%s) - started ))
  read -r DUP MISMATCH GAPS TWO_ACTIVE WRONG_TICKETS TICKETS <<< "$(allocation_checks)"
  # Every participant who left: their draft still a draft, at least as far as they got.
  read -r DRAFTS INTACT <<< "$({
    echo "CREATE TEMPORARY TABLE crowd_draft (kpj CHAR(11) PRIMARY KEY, min_step INT NOT NULL, min_docs INT NOT NULL);"
    grep -o 'BENCH-DRAFT [0-9]* [0-9]* [0-9]*' "$OUT/gatling-crowd.log" \
      | awk '{ printf "INSERT IGNORE INTO crowd_draft VALUES (\047%s\047, %s, %s);\n", $2, $3, $4 }'
    echo "SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM claim c JOIN bench_participant b ON b.participant_id = c.participant_id
        WHERE b.kpj = d.kpj AND c.status = 'DRAFT' AND c.step_reached >= d.min_step
          AND (SELECT COUNT(*) FROM claim_document x WHERE x.claim_id = c.id) >= d.min_docs)), 0) FROM crowd_draft d;"
  } | db -N -B)"
  python3 bench/report.py gatling "$report" "$CROWD_SECONDS" | python3 -c '
import json, sys
d = json.load(sys.stdin)
a = d.get("all", {})
worst = max(d["requests"].items(), key=lambda kv: kv[1]["p95_ms"], default=("-", {"p95_ms": None}))
inv = dict(zip(["duplicates", "counter_mismatch", "gaps", "two_active", "wrong_tickets", "tickets", "over_quota",
                "drafts_checked", "drafts_intact"], [int(x) if x.isdigit() else x for x in sys.argv[5:14]]))
print(json.dumps({"users": int(sys.argv[1]), "seconds": int(sys.argv[2]), "ramp_s": int(sys.argv[3]), "run_s": int(sys.argv[4]),
  "requests": a.get("count", 0), "failed_requests": a.get("ko", 0), "p50_ms": a.get("p50_ms"), "p95_ms": a.get("p95_ms"),
  "p99_ms": a.get("p99_ms"), "worst_p95_name": worst[0], "worst_p95_ms": worst[1]["p95_ms"],
  "claims": d["requests"].get("booked GET", {}).get("ok", 0), "invariants": inv, "report": d["report"]}))' \
    "$CROWD_USERS" "$CROWD_SECONDS" "$CROWD_RAMP" "$run_s" "$DUP" "$MISMATCH" "$GAPS" "$TWO_ACTIVE" "$WRONG_TICKETS" "$TICKETS" \
    "$(over_quota_sessions)" "${DRAFTS:-x}" "${INTACT:-x}"
}
if [ "$CROWD_USERS" -gt 0 ]; then
  log "crowd: $CROWD_USERS concurrent participants through nginx (ramp $CROWD_RAMP s, held $CROWD_SECONDS s, think times 3-10 s)"
  measure both "both nodes behind nginx" crowd "crowd of $CROWD_USERS participants (CrowdSimulation)" crowd_json
fi

python3 bench/report.py render-scaling "$RESULTS" bench/SCALING.md "$SECS" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
log "wrote bench/SCALING.md"
