#!/usr/bin/env bash
# Node CPU per whole claim, with a JFR profile, and the parts of a claim measured alone (issue 12):
# builds the WAR, starts one node as bench/run.sh does (512 MB heap, demo data, its own database),
# warms it up with whole claims, then runs Gatling's WholeClaimSimulation for CPU_SECONDS under JFR
# (settings=profile) and divides the node's process CPU by the claims that got a queue number.
# Then, on the same node: the stateless page (GET /index.xhtml without cookies, wrk), and in-process
# the inspection of one upload and one receipt (bench/harness ClaimPartsBench, as bench/run.sh), one allocation (the JDBC
# harness). Loopback only. Writes bench/target/cpu/summary.txt and profile.txt.
#
#   bench/profile-claims.sh                      BENCH_PORT=18680 by default, 60 s of claims
#   CPU_SECONDS=30 CPU_LABEL=after bench/profile-claims.sh
#   CPU_SKIP_BUILD=1 ...                         use the WAR already built
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/portal.sh
source bench/lib/claims.sh

bench_settings 18680 15 "$PWD/bench/target/cpu"
LABEL=${CPU_LABEL:-run}
SECS=${CPU_SECONDS:-60}
USERS=${CPU_USERS:-16}
mkdir -p "$OUT"
SUMMARY=$OUT/summary-$LABEL.txt
: > "$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }

[ -n "${CPU_SKIP_BUILD:-}" ] || build_war
CP_FILE=$OUT/ejb-cp.txt
mvn -o -B -q dependency:build-classpath -pl portal-ejb -Dmdep.outputFile="$CP_FILE" > /dev/null
MYSQL_JAR=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | tail -1)
rm -rf "$OUT/classes"; mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "portal-ejb/target/classes:$(cat "$CP_FILE"):$MYSQL_JAR" bench/harness/src/bench/*.java
HARNESS_CP="$OUT/classes:portal-ejb/target/classes:$(cat "$CP_FILE"):$MYSQL_JAR"
java -cp "$HARNESS_CP" bench.BenchFiles "$OUT/files" > /dev/null
copy_simulations
cleanup() { [ -n "${CPU_KEEP:-}" ] || stop_node_pidfile "$WORK/node1.pid"; }
trap cleanup EXIT
start_claim_node "${CPU_DB:-jht_portal_bench_cpu}" "${CPU_JAVA_OPTS:-}"
# Disjoint participants for the warm-up and the measured run.
{ head -1 "$OUT/feeder-all.csv"; sed -n '2,3001p' "$OUT/feeder-all.csv"; } > "$OUT/feeder-warm.csv"
{ head -1 "$OUT/feeder-all.csv"; sed -n '3002,$p' "$OUT/feeder-all.csv"; } > "$OUT/feeder-run.csv"

node_cpu() { python3 bench/report.py cpu-seconds "$PID"; }
# Per-thread CPU ticks of the node, by thread name with digits folded: GC and JIT are not sampled by JFR.
threads_cpu() {
  for t in /proc/"$PID"/task/*; do
    printf '%s\t%s\n' "$(tr -d '0-9' < "$t/comm" | tr ' ' '_')" "$(cut -d')' -f2 "$t/stat" | awk '{ print $12 + $13 }')"
  done 2> /dev/null | awk '{ s[$1] += $2 } END { for (k in s) print k "\t" s[k] }' | sort
}
queued() { db_value "SELECT COUNT(*) FROM claim WHERE status = 'QUEUED'"; }

log "warm-up: whole claims for ${CPU_WARMUP:-60} s (under a throw-away JFR recording: the first start of
# a recording makes HotSpot drop compiled code, which must happen here, not in the measured run)"
jcmd "$PID" JFR.start name=warm settings=profile > /dev/null
whole_claims "$OUT/feeder-warm.csv" "${CPU_WARMUP:-60}" warm
grep -A3 'Global Information' "$OUT/gatling-warm.log" | tail -1 >&2
jcmd "$PID" JFR.stop name=warm > /dev/null
log "JIT settled after the warm-up (seconds, methods queued): $(settle_jit "$PID")"
Q0=$(queued)
log "measured: whole claims for $SECS s under JFR"
jcmd "$PID" JFR.start name=claims settings=profile > /dev/null
threads_cpu > "$OUT/threads-0.txt"
C0=$(node_cpu); L0=$(cut -d' ' -f1-3 /proc/loadavg); T0=$(date +%s.%N)
whole_claims "$OUT/feeder-run.csv" "$SECS" run
C1=$(node_cpu); L1=$(cut -d' ' -f1-3 /proc/loadavg); T1=$(date +%s.%N)
threads_cpu > "$OUT/threads-1.txt"
jcmd "$PID" JFR.dump name=claims filename="$OUT/claims-$LABEL.jfr" > /dev/null
jcmd "$PID" JFR.stop name=claims > /dev/null
Q1=$(queued)
CLAIMS=$((Q1 - Q0))
REPORT=$(ls -dt "$OUT"/gatling/target/gatling/wholeclaimsimulation-* | head -1)
FAILED=$(python3 bench/report.py gatling "$REPORT" "$SECS" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["all"]["ko"])')
say "label $LABEL, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- portal-ejb portal-web || echo '+changes'), $(date -u '+%F %H:%M') UTC"
say "whole claims: $CLAIMS with a queue number in $(python3 -c "print(round($T1 - $T0))") s, $USERS users, failed requests $FAILED"
say "node CPU: $(python3 -c "print(round($C1 - $C0, 1))") s → $(python3 -c "print(round(1000 * ($C1 - $C0) / max(1, $CLAIMS)))") ms per claim"
say "load average at start / end: $L0 / $L1"
say "node CPU by thread group (s):"
join -t $'\t' "$OUT/threads-0.txt" "$OUT/threads-1.txt" -a 2 -e 0 -o 0,1.2,2.2 \
  | awk -F'\t' -v hz="$(getconf CLK_TCK)" '{ d = ($3 - $2) / hz; if (d >= 0.1) printf "  %7.1f  %s\n", d, $1 }' | sort -rn | tee -a "$SUMMARY"
java bench/cpu/ProfileBreakdown.java "$OUT/claims-$LABEL.jfr" > "$OUT/profile-$LABEL.txt"

# --- Parts measured alone ----------------------------------------------------------------------------
log "parts: stateless page (JIT settled first: $(settle_jit "$PID"))"
CPU_A=$(node_cpu)
PAGE=$(BENCH_COOKIE= wrk -t2 -c16 -d15s --timeout 10s -s bench/wrk/get.lua "$BASE/index.xhtml" | tail -1)
CPU_B=$(node_cpu)
PAGE_N=$(echo "$PAGE" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("requests", 0))')
say "stateless page (GET /index.xhtml, no cookie, wrk 16): $PAGE_N requests, $(python3 -c "print(round(1000 * ($CPU_B - $CPU_A) / max(1, $PAGE_N), 2))") ms node CPU each"
log "parts: inspection and receipt in-process"
say "in-process (four 1 MB photos, one receipt): $(java -Djava.awt.headless=true -cp "$HARNESS_CP" bench.ClaimPartsBench "$OUT/files" 10 | tail -1)"
log "parts: allocation (JDBC harness, 1 thread, 10 s; process CPU including its JVM start)"
/usr/bin/time -f '%U %S' -o "$OUT/alloc-time.txt" java -cp "$HARNESS_CP" bench.AllocationBench "$DB_URL" "$DB_USER" "$DB_PASS" 1 10 28001 29999 1 > "$OUT/alloc.json"
say "allocation: $(cat "$OUT/alloc.json") harness CPU $(awk '{ print $1 + $2 }' "$OUT/alloc-time.txt") s"
log "done: $SUMMARY, $OUT/profile-$LABEL.txt"
