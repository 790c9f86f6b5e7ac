#!/usr/bin/env bash
# The lookup rows of bench/run.sh alone, short, for a before/after comparison of one change: baseline
# A (trivial JAX-RS GET), the claim-lock lookup with 16 connections, A again, baseline C (channel-claim
# PUT, random and sequential references) and the InnoDB deadlock lines the node logged meanwhile. One
# node on a database of its own; prints a table and writes bench/target/lookup/results.jsonl.
#
#   bench/lookup.sh                                      the WAR of this checkout (built if missing)
#   PORTAL_WAR=/elsewhere/portal-test.war bench/lookup.sh   another build (the "before")
#   BENCH_PORT=18181 BENCH_DB=jht_portal_bench_lookup BENCH_SECONDS=10 BENCH_OUT=...
#
# CPU per request is the node's and MariaDB's process CPU over the run divided by its requests: on
# a machine shared with other work, MariaDB's figure includes everyone's queries of that moment.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/portal.sh

bench_settings 18181 10 "${BENCH_OUT:-$PWD/bench/target/lookup}"
command -v wrk > /dev/null || die "wrk is missing (Debian package wrk; bench/run.sh installs it)"
[ -f "$PORTAL_WAR" ] || build_war

mkdir -p "$OUT"
: > "$RESULTS"
record() { python3 bench/report.py add "$RESULTS" "$1" "$2"; }
node_cpu() { python3 bench/report.py cpu-seconds "$PID"; }
# The MariaDB the node talks to is the one listening on its port: the cluster scripts run a second
# mariadbd on this machine, and pgrep would pick whichever started first.
DB_PID=$(ss -Hltnp "sport = :${DB_PORT:-3306}" 2> /dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
db_cpu() { if [ -n "$DB_PID" ]; then python3 bench/report.py cpu-seconds "$DB_PID"; else echo 0; fi; }
wrk_run() {
  local id=$1 conns=$2 secs=$3 script=$4 url=$5 line cpu0 cpu1 db0 db1
  cpu0=$(node_cpu); db0=$(db_cpu)
  line=$(wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s -s "bench/wrk/$script" "$url" | tail -1) || true
  cpu1=$(node_cpu); db1=$(db_cpu)
  [ -n "$id" ] && record "$id" "$(echo "$line" | python3 bench/report.py with node_cpu_s="$(python3 -c "print(round($cpu1 - $cpu0, 2))")" db_cpu_s="$(python3 -c "print(round($db1 - $db0, 2))")" load="$(cut -d' ' -f1 /proc/loadavg)")"
  return 0
}

create_database "${BENCH_DB:-jht_portal_bench_lookup}"
log "database $DB_NAME, WAR $PORTAL_WAR"
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'stop_node_pidfile "$WORK/node1.pid"' EXIT
NODE_JAVA_OPTS="-Dportal.pending.detector-interval-seconds=86400" start_node node1 "$PORT" "$WORK"
PID=$NODE_PID
# A loaded machine may take minutes to start a node: wait up to 10.
READY=$(wait_ready "$PORT" "$PID" "" 600)
log "ready after $READY s"
db < bench/sql/participants.sql
export BENCH_API_KEY
BENCH_API_KEY=$(curl -fs -X POST "$BASE/api/test/channels" -H 'Content-Type: application/json' \
  -d '{"code":"bench","nameId":"Bench","nameEn":"Bench","requestsPerMinute":"100000"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
db -N -B -e "SELECT nik, kpj FROM bench_participant WHERE bench_no BETWEEN 29001 AND 30000" > "$OUT/lookup-people.txt"
export BENCH_LOOKUP_FILE=$OUT/lookup-people.txt

log "warm-up"
wrk_run "" 16 "$WARMUP" get.lua "$BASE/api/test/clock"
wrk_run "" 16 "$WARMUP" lookup.lua "$BASE"
wrk_run "" 16 "$WARMUP" channel-put.lua "$BASE"
DEADLOCKS_BEFORE=$(grep -c 'Deadlock found' "$WORK/node1.log" || true)
log "measuring (${SECONDS_RUN} s each)"
wrk_run A_jaxrs_get 16 "$SECONDS_RUN" get.lua "$BASE/api/test/clock"
wrk_run lookup_16 16 "$SECONDS_RUN" lookup.lua "$BASE"
wrk_run A_jaxrs_get_2 16 "$SECONDS_RUN" get.lua "$BASE/api/test/clock"
wrk_run C_jaxrs_insert 16 "$SECONDS_RUN" channel-put.lua "$BASE"
BENCH_REF_ORDER=sequential wrk_run C_jaxrs_insert_sequential 16 "$SECONDS_RUN" channel-put.lua "$BASE"
record deadlocks_log "{\"count\":$(grep -c 'Deadlock found' "$WORK/node1.log" || true),\"in_warmup\":$DEADLOCKS_BEFORE}"


python3 - "$RESULTS" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print("| run | req/s | p50 / p99 ms | errors | node CPU ms/req | MariaDB CPU ms/req | load |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for r in rows:
    if "requests" in r and r.get("requests"):
        n = r["requests"]
        print(f"| {r['id']} | {r['rps']:,.1f} | {r['p50_ms']} / {r['p99_ms']} | {r['errors']} of {n} |"
              f" {1000 * r['node_cpu_s'] / n:.2f} | {1000 * r['db_cpu_s'] / n:.2f} | {r['load']} |")
    else:
        print(f"| {r['id']} | {json.dumps({k: v for k, v in r.items() if k != 'id'})} | | | | | |")
PY
