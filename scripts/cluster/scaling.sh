#!/usr/bin/env bash
# One node against two: each node pinned to its own core (taskset), the same loads sent to node 1
# alone, to node 2 alone and to both through nginx, in one run. Writes bench/SCALING.md.
#
#   scripts/cluster/scaling.sh       (re)starts the cluster with CLUSTER_PIN=1, measures, stops it
#   SCALING_SECONDS=20 ...           length of each load run (default 15 s)
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
mkdir -p "$OUT"
: > "$RESULTS"
export BENCH_WRK_DIR=$PWD/bench/wrk

scripts/cluster/stop.sh > /dev/null 2>&1 || true
CLUSTER_PIN=1 scripts/cluster/start.sh || die "the cluster did not start"
trap 'scripts/cluster/stop.sh > /dev/null 2>&1 || true' EXIT
# shellcheck disable=SC1091
source "$CLUSTER_DIR/env"
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
# measure <target label> <url> <what> <command...>: runs the command, records its JSON line with
# both nodes' CPU seconds during the run.
measure() {
  local label=$1 url=$2 what=$3 line c1 c2
  shift 3
  c1=$(cpu "$PID1"); c2=$(cpu "$PID2")
  line=$("$@" | tail -1)
  record_line "$label" "$what" "$line" "$(python3 -c "print(round($(cpu "$PID1") - $c1, 1))")" \
    "$(python3 -c "print(round($(cpu "$PID2") - $c2, 1))")"
}
record_line() {
  python3 - "$RESULTS" "$@" <<'PY'
import json, sys
path, label, what, line, cpu1, cpu2 = sys.argv[1:7]
try:
    data = json.loads(line)
except ValueError:
    data = {"error": line[:200]}
data.update({"target": label, "what": what, "cpu_node1_s": float(cpu1), "cpu_node2_s": float(cpu2)})
with open(path, "a") as f:
    f.write(json.dumps(data) + "\n")
PY
}
wrk_json() { wrk -t2 -c16 -d"${SECS}s" --timeout 10s -s "bench/wrk/$1" "$2"; }
claims_json() { # claims_json <url> <first> <last>
  local feeder=$OUT/feeder-$2.csv report
  db -N -B -e "SELECT nik, kpj, full_name, DATE_FORMAT(birth_date, '%d/%m/%Y'), mother_maiden_name,
      (SELECT MIN(id) FROM branch_office) + bench_no MOD 30 FROM bench_participant
      WHERE bench_no BETWEEN $2 AND $3 ORDER BY bench_no" \
    | awk 'BEGIN { FS = "\t"; OFS = ","; print "nik,kpj,fullName,birthDate,mother,branchId" } { print $1, $2, $3, $4, $5, $6 }' > "$feeder"
  (cd bench/gatling && mvn -B -q gatling:test -Dgatling.simulationClass=bench.WholeClaimSimulation \
    -Dbench.baseUrl="$1" -Dbench.files="$FILES" -Dbench.feeder="$feeder" -Dbench.users=16 \
    -Dbench.seconds="$SECS") > "$OUT/gatling-$2.log" 2>&1
  report=$(ls -dt bench/gatling/target/gatling/wholeclaimsimulation-* | head -1)
  python3 bench/report.py gatling "$report" "$SECS" | python3 -c '
import json, sys
d = json.load(sys.stdin)
booked = d["requests"].get("booked GET", {}).get("ok", 0)
print(json.dumps({"claims_per_s": round(booked / d["phase_seconds"], 2), "claims": booked,
  "failed_requests": d.get("all", {}).get("ko", 0), "p95_ms": d.get("all", {}).get("p95_ms")}))'
}

log "warm-up of both nodes"
for url in "$NODE1_URL" "$NODE2_URL"; do
  wrk -t2 -c16 -d6s -s bench/wrk/get.lua "$url/api/test/clock" > /dev/null
  wrk -t2 -c16 -d6s -s bench/wrk/lookup.lua "$url" > /dev/null
done
FIRST=1001
for target in "node 1 alone (core 0)|$NODE1_URL" "node 2 alone (core 1)|$NODE2_URL" "both nodes behind nginx|$NGINX_URL"; do
  label=${target%%|*} url=${target#*|}
  log "$label: trivial GET, claim-lock lookup, whole claims"
  measure "$label" "$url" "A: GET /api/test/clock" wrk_json get.lua "$url/api/test/clock"
  measure "$label" "$url" "claim-lock lookup" wrk_json lookup.lua "$url"
  measure "$label" "$url" "whole claim (16 users)" claims_json "$url" "$FIRST" $((FIRST + 3999))
  FIRST=$((FIRST + 4000))
done

python3 - "$RESULTS" bench/SCALING.md "$SECS" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import datetime, json, sys
path, target, secs, cores, load = sys.argv[1:6]
rows = [json.loads(l) for l in open(path)]
out = ["# One node against two nodes", "",
       "Written by `scripts/cluster/scaling.sh` on %s UTC: each Payara Micro node pinned to its own core"
       " (`taskset`; node 1 on core 0, node 2 on core 1), %s-second runs, 16 connections or Gatling users,"
       " MariaDB, nginx and the load generators unpinned on the same %s cores. Load average at the end: %s." % (
           datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), secs, cores, load), "",
       "| target | load | throughput | p50 / p95 / p99 (ms) | errors | CPU s node 1 / node 2 |",
       "| --- | --- | --- | --- | --- | --- |"]
for r in rows:
    if "claims_per_s" in r:
        tp = "%s claims/s (%s claims)" % (r["claims_per_s"], r["claims"])
        lat = "p95 %s" % r.get("p95_ms")
        err = r.get("failed_requests")
    elif "rps" in r:
        tp = "%s req/s" % r["rps"]
        lat = "%s / %s / %s" % (r.get("p50_ms"), r.get("p95_ms"), r.get("p99_ms"))
        err = r.get("errors")
    else:
        tp, lat, err = "failed: %s" % r.get("error"), "-", "-"
    out.append("| %s | %s | %s | %s | %s | %s / %s |" % (
        r["target"], r["what"], tp, lat, err, r["cpu_node1_s"], r["cpu_node2_s"]))
out += ["", "Raw figures: `scripts/cluster/target/scaling/results.jsonl`. How to read them: see the"
        " scale-out section of `bench/FINDINGS.md`.", ""]
open(target, "w").write("\n".join(out))
PY
log "wrote bench/SCALING.md"
