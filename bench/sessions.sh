#!/usr/bin/env bash
# What replicated web sessions cost the wizard pages: the wizard-page simulation of bench/run.sh,
# run twice on fresh nodes of the same build, once with the WAR as shipped (sessions in Hazelcast,
# written and read on every request) and once with a copy whose payara-web.xml keeps sessions in
# the node's memory (no failover). Writes bench/SESSIONS.md. About 6 minutes.
#
#   bench/sessions.sh
#
# Needs what bench/run.sh needs; run it on its own (not beside bench/run.sh: both load the cores).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/portal.sh
OUT=$PWD/bench/target/sessions
PORT=${BENCH_PORT:-18480}
rm -rf "$OUT"
mkdir -p "$OUT"
build_war
mvn -B -q -f bench/gatling/pom.xml test-compile > "$OUT/gatling-compile.log" 2>&1 || die "Gatling does not compile"
mkdir -p bench/target/harness-classes
javac -d bench/target/harness-classes bench/harness/src/bench/BenchFiles.java
java -cp bench/target/harness-classes bench.BenchFiles bench/target/files > /dev/null

# The same WAR with node-local sessions: only WEB-INF/payara-web.xml differs.
MEMORY_WAR=$OUT/portal-memory-sessions.war
cp "$PORTAL_WAR" "$MEMORY_WAR"
mkdir -p "$OUT/war/WEB-INF"
unzip -p "$PORTAL_WAR" WEB-INF/payara-web.xml \
  | sed 's/persistence-type="hazelcast"/persistence-type="memory"/' > "$OUT/war/WEB-INF/payara-web.xml"
(cd "$OUT/war" && jar uf "$MEMORY_WAR" WEB-INF/payara-web.xml)
grep -q 'persistence-type="memory"' <(unzip -p "$MEMORY_WAR" WEB-INF/payara-web.xml) || die "could not patch the WAR"

measure() { # measure <label> <war>
  local label=$1 war=$2 pid cpu0 report
  create_database jht_portal_sessions
  PORTAL_WAR=$war NODE_HEAP=512m NODE_JAVA_OPTS="-Dportal.pending.detector-interval-seconds=86400" \
    start_node "$label" "$PORT" "$OUT"
  pid=$NODE_PID
  wait_ready "$PORT" "$pid" > /dev/null
  db < bench/sql/participants.sql
  db -N -B -e "SELECT nik, kpj, full_name, DATE_FORMAT(birth_date, '%d/%m/%Y'), mother_maiden_name,
      (SELECT MIN(id) FROM branch_office) + bench_no MOD 30 FROM bench_participant
      WHERE bench_no BETWEEN 18001 AND 18400 ORDER BY bench_no" \
    | awk 'BEGIN { FS = "\t"; OFS = ","; print "nik,kpj,fullName,birthDate,mother,branchId" } { print $1, $2, $3, $4, $5, $6 }' > "$OUT/feeder.csv"
  for round in warmup measured; do
    cpu0=$(python3 bench/report.py cpu-seconds "$pid")
    (cd bench/gatling && mvn -B -q gatling:test -Dgatling.simulationClass=bench.WizardPagesSimulation \
      -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.files="$PWD/../target/files" \
      -Dbench.feeder="$OUT/feeder.csv" -Dbench.users=16 -Dbench.seconds=8) > "$OUT/gatling-$label-$round.log" 2>&1 || true
    report=$(ls -dt bench/gatling/target/gatling/wizardpagessimulation-* | head -1)
    python3 bench/report.py gatling "$report" 8 \
      | python3 bench/report.py with label="$label" round="$round" \
        node_cpu_s="$(python3 -c "print(round($(python3 bench/report.py cpu-seconds "$pid") - $cpu0, 1))")" \
      >> "$OUT/results.jsonl"
    # The second round needs participants without a draft.
    sed -i '2,201d' "$OUT/feeder.csv"
  done
  stop_node_pidfile "$OUT/$label.pid"
}
log "wizard pages with sessions replicated through Hazelcast (the WAR as shipped)"
measure hazelcast "$PORTAL_WAR"
log "wizard pages with node-local sessions (payara-web.xml patched to memory)"
measure memory "$MEMORY_WAR"
db_root -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true

python3 - "$OUT/results.jsonl" bench/SESSIONS.md <<'PY'
import datetime, json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
measured = {r["label"]: r for r in rows if r.get("round") == "measured"}
pages = ["B index GET", "identity GET", "identity POST", "reason GET", "reason POST", "contact GET",
         "contact POST", "documents GET", "documents POST", "schedule GET", "schedule POST",
         "confirm GET", "confirm POST (no declaration)", "B index GET (end)"]
out = ["# What replicated sessions cost the wizard pages", "",
       "Written by `bench/sessions.sh` on %s UTC: the wizard-page simulation of `bench/run.sh` (16 users,"
       " 8 s per page, second of two rounds) on a fresh node, once with the WAR as shipped (sessions"
       " replicated through Hazelcast) and once with the same WAR whose `payara-web.xml` keeps sessions"
       " in memory. Requests per second; \"B\" is `/index.xhtml` requested by the same users, who carry"
       " their wizard session." % datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), "",
       "| request | replicated (Hazelcast) | node-local (memory) |", "| --- | --- | --- |"]
for p in pages:
    cells = []
    for label in ("hazelcast", "memory"):
        x = measured.get(label, {}).get("requests", {}).get(p)
        cells.append("%.1f/s (p95 %s ms)" % (x["phase_rps"], int(x["p95_ms"])) if x else "–")
    out.append("| %s | %s | %s |" % (p, cells[0], cells[1]))
cpu = []
for label in ("hazelcast", "memory"):
    m = measured.get(label, {})
    n = sum(v.get("ok", 0) for v in m.get("requests", {}).values())
    cpu.append("%.2f ms" % (1000.0 * m["node_cpu_s"] / n) if n else "–")
out.append("| node CPU per request (all requests of the round) | %s | %s |" % tuple(cpu))
out.append("")
open(sys.argv[2], "w").write("\n".join(out))
PY
log "wrote bench/SESSIONS.md"
