#!/usr/bin/env bash
# The portal's benchmark, in one command: builds the WAR, starts it on Payara Micro (512 MB heap) on a
# throw-away MariaDB database with demo data, measures every figure next to its baseline in the same
# run (wrk for single endpoints, Gatling for browser-like flows, an in-process JDBC harness for queue
# allocation, mariadb-slap for the database), and writes bench/RESULTS.md. Loopback only.
#
#   bench/run.sh                     everything, the two-node part included (about 35 minutes)
#   BENCH_SECONDS=20 bench/run.sh    longer load runs (default 15 s; Gatling phases use 8-20 s)
#   BENCH_KEEP=1 bench/run.sh        leave the node running and the database in place afterwards
#   BENCH_DRAFTS=200000 ...          fewer drafts for the detector run (default 1,000,000)
#   BENCH_PORT=18180                 the node's HTTP port
#   BENCH_DB=jht_portal_bench        the throw-away database (on the MariaDB at 127.0.0.1:3306)
#   BENCH_READY_SECONDS=180          how long the node may take to start (more on a busy machine)
#   BENCH_CLAIM_SECONDS=20           length of the whole-claim run (16 Gatling users)
#   BENCH_CLAIM_WARMUP=60            unrecorded whole claims before the browser-like flows (JIT warm-up)
#   BENCH_PROFILE_SECONDS=10         a second, shorter whole-claim run under JFR for the profile
#                                    (0: none); the recorded whole-claim figures run without JFR
#   BENCH_BIG_BARRIER=75             seconds the 100 big uploads wait for their common start
#   BENCH_PHONE=1                    the phone-upload bench at the end (0: skip it)
#   BENCH_CLUSTER=1                  after stopping its node: scripts/cluster/scaling.sh (one node
#                                    against two, each on its own core, and the 1,000-participant
#                                    crowd through nginx), whose figures and verdicts go into the
#                                    "Issue 12 targets" table too (0: skip; the table says so).
#                                    Its knobs (SCALING_SECONDS, SCALING_PAGE_SECONDS, CROWD_USERS,
#                                    CROWD_SECONDS, CROWD_RAMP, CLUSTER_*_PORT) pass through.
#
# Needs: Java 17, Maven, MariaDB running locally (root over the socket, or the jht_it user of
# scripts/test-env.sh), python3; installs Debian's wrk if missing. Results: bench/RESULTS.md, raw
# figures in bench/target/results.jsonl, Gatling reports in bench/gatling/target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/portal.sh

bench_settings 18180 15 "$PWD/bench/target"
DRAFTS=${BENCH_DRAFTS:-1000000}

mkdir -p "$OUT"
: > "$RESULTS"
rm -f "$OUT/scaling-results.jsonl"
rm -f "$OUT"/*.jfr "$OUT"/*-waits.txt "$OUT"/claims-profile.txt

# --- Tools -----------------------------------------------------------------------------------------
if ! command -v wrk > /dev/null; then
  log "installing wrk from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get install -y -qq wrk > /dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk > /dev/null; }
fi
command -v mariadb-slap > /dev/null || die "mariadb-slap is missing (Debian package mariadb-client)"
command -v python3 > /dev/null || die "python3 is missing"

# Appends one figure: record <id> <json object with the measured fields>.
record() { python3 bench/report.py add "$RESULTS" "$1" "$2"; }

# CPU seconds the node has used so far, and the load average: what each measurement costs the node
# and how busy the machine was meanwhile.
node_cpu() { python3 bench/report.py cpu-seconds "$PID"; }
# The MariaDB the node talks to is the one listening on its port: the cluster scripts run a second
# mariadbd on this machine, and pgrep would pick whichever started first.
DB_PID=$(ss -Hltnp "sport = :${DB_PORT:-3306}" 2> /dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
db_cpu() { if [ -n "$DB_PID" ]; then python3 bench/report.py cpu-seconds "$DB_PID"; else echo 0; fi; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# wrk run: wrk_run <id> <connections> <seconds> <script> <url>; prints wrk's JSON line.
wrk_run() {
  local id=$1 conns=$2 secs=$3 script=$4 url=$5 line threads=2 cpu0 cpu1 db0 db1
  [ "$conns" -ge 2 ] || threads=1
  cpu0=$(node_cpu); db0=$(db_cpu)
  line=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s -s "bench/wrk/$script" "$url" | tail -1) || true
  cpu1=$(node_cpu); db1=$(db_cpu)
  [ -n "$id" ] && record "$id" "$(echo "$line" | python3 bench/report.py with connections="$conns" node_cpu_s="$(python3 -c "print(round($cpu1 - $cpu0, 2))")" db_cpu_s="$(python3 -c "print(round($db1 - $db0, 2))")" load="$(load1)")"
  echo "$line"
}

# --- Build -----------------------------------------------------------------------------------------
build_war
log "compiling the JDBC harness and writing the upload files"
mkdir -p "$OUT/harness-classes"
MYSQL_JAR=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | tail -1)
# portal-ejb's runtime libraries (Tika, PDFBox, ZXing...): the harness runs the document inspector
# and the receipt renderer as the node does.
{ mvn -B -o -q dependency:build-classpath -pl portal-ejb -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/ejb-classpath.txt" > /dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -pl portal-ejb -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/ejb-classpath.txt" > /dev/null; } \
  || die "cannot list portal-ejb's libraries for the harness"
HARNESS_CP="$OUT/harness-classes:portal-ejb/target/classes:$MYSQL_JAR:$(cat "$OUT/ejb-classpath.txt")"
javac -d "$OUT/harness-classes" -cp "$HARNESS_CP" bench/harness/src/bench/*.java
java -cp "$HARNESS_CP" bench.BenchFiles "$OUT/files" > /dev/null
log "compiling the Gatling simulations (first time: downloads Gatling from Maven Central)"
mvn -B -q -f bench/gatling/pom.xml test-compile > "$OUT/gatling-compile.log" 2>&1 \
  || { tail -20 "$OUT/gatling-compile.log"; die "the Gatling simulations do not compile"; }

# --- Database and node -----------------------------------------------------------------------------
create_database "${BENCH_DB:-jht_portal_bench}"
log "database $DB_NAME (user $DB_USER)"
rm -rf "$WORK"
mkdir -p "$WORK"
cleanup() {
  [ -n "${SAMPLER_PID:-}" ] && kill "$SAMPLER_PID" 2> /dev/null || true
  if [ -z "${BENCH_KEEP:-}" ]; then
    stop_node_pidfile "$WORK/node1.pid"
  fi
}
trap cleanup EXIT
# The detector's own timer is pushed out of the way: the bench triggers it itself, once.
NODE_HEAP=512m NODE_JAVA_OPTS="-Dportal.pending.detector-interval-seconds=86400 -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=$WORK" \
  start_node node1 "$PORT" "$WORK"
PID=$NODE_PID
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
COLD=$(wait_ready "$PORT" "$PID" "" "${BENCH_READY_SECONDS:-180}")
CPU_AT_READY=$(python3 bench/report.py cpu-seconds "$PID")
log "ready after $COLD s (process CPU $CPU_AT_READY s, load average at start $LOAD_AT_START)"
record cold_start "{\"seconds\":$COLD,\"cpu_seconds\":$CPU_AT_READY,\"load\":\"$LOAD_AT_START\"}"
sleep 3
record rss_idle "{\"rss_mb\":$(rss_mb "$PID")}"

log "bench participants (30,000) and quotas"
db < bench/sql/participants.sql
# API channels for the bench (the test endpoints exist because the clock is adjustable on this node):
# one for the measured runs, sixteen more to show what the per-channel rate-limit row costs.
new_channel() {
  curl -fs -X POST "$BASE/api/test/channels" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$1\",\"nameId\":\"Bench\",\"nameEn\":\"Bench\",\"requestsPerMinute\":\"100000\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])'
}
export BENCH_API_KEY
BENCH_API_KEY=$(new_channel bench)
KEYS=""
for i in $(seq -w 1 16); do KEYS="$KEYS${KEYS:+,}$(new_channel "bench-$i")"; done
db -N -B -e "SELECT nik, kpj FROM bench_participant WHERE bench_no BETWEEN 29001 AND 30000" > "$OUT/lookup-people.txt"
export BENCH_LOOKUP_FILE=$OUT/lookup-people.txt

# Feeders for Gatling: one row per participant, disjoint ranges per simulation.
feeder() {
  db -N -B -e "SELECT nik, kpj, full_name, DATE_FORMAT(birth_date, '%d/%m/%Y'), mother_maiden_name,
      (SELECT MIN(id) FROM branch_office) + bench_no MOD 30
      FROM bench_participant WHERE bench_no BETWEEN $2 AND $3 ORDER BY bench_no" \
    | awk 'BEGIN { FS = "\t"; OFS = ","; print "nik,kpj,fullName,birthDate,mother,branchId" } { print $1, $2, $3, $4, $5, $6 }' \
    > "$OUT/feeder-$1.csv"
}
feeder pages 18001 18100
feeder uploads 18101 18200
feeder claims 18201 21900
feeder big 22001 22100
feeder profile 25001 26000
feeder claimwarm 26001 28000

gatling() {
  local simulation=$1 cpu0; shift
  log "Gatling $simulation $*"
  cpu0=$(node_cpu)
  (cd bench/gatling && mvn -B -q gatling:test -Dgatling.simulationClass="bench.$simulation" \
    -Dbench.baseUrl="$BASE" -Dbench.files="$OUT/files" "$@") > "$OUT/gatling-$simulation.log" 2>&1 || true
  # The node's CPU for the whole simulation (prep included), for the cost per operation.
  python3 -c "print(round($(node_cpu) - $cpu0, 2))" > "$OUT/gatling-$simulation.cpu"
  ls -dt bench/gatling/target/gatling/"$(echo "$simulation" | tr '[:upper:]' '[:lower:]')"-* 2> /dev/null | head -1
}
# gatling_record <id> <report dir> <phase seconds> <simulation>
gatling_record() {
  record "$1" "$(python3 bench/report.py gatling "$2" "$3" | python3 bench/report.py with node_cpu_s="$(cat "$OUT/gatling-$4.cpu" 2> /dev/null || echo 0)" load="$(load1)")"
}

# --- Warm-up (not recorded) ------------------------------------------------------------------------
log "warm-up"
COOKIE=$(curl -s -D - -o /dev/null "$BASE/index.xhtml" | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/pI' | head -1)
export BENCH_COOKIE=$COOKIE
wrk_run "" 16 "$WARMUP" get.lua "$BASE/api/test/clock" > /dev/null
wrk_run "" 16 "$WARMUP" get.lua "$BASE/index.xhtml" > /dev/null
wrk_run "" 16 "$WARMUP" lookup.lua "$BASE" > /dev/null
wrk_run "" 16 "$WARMUP" channel-put.lua "$BASE" > /dev/null
jit_settled() { local waited; waited=$(settle_jit "$PID"); log "JIT settled ($1): $waited"; record "jit_$1" "{\"waited_s\":${waited% *},\"queued\":${waited#* }}"; }
jit_settled after_warmup

# --- Baselines and the endpoints measured against them ---------------------------------------------
# From here on a failed measurement is recorded as missing; it never stops the run.
set +e
log "A: trivial JAX-RS GET /api/test/clock"
wrk_run A_jaxrs_get 16 "$SECONDS_RUN" get.lua "$BASE/api/test/clock"
log "claim-lock lookup, 16 connections, one channel"
wrk_run lookup_16 16 "$SECONDS_RUN" lookup.lua "$BASE"
log "A again (the lookup's neighbour in time)"
wrk_run A_jaxrs_get_2 16 "$SECONDS_RUN" get.lua "$BASE/api/test/clock"
log "claim-lock lookup spread over 16 channels (diagnostic: the rate-limit row)"
BENCH_API_KEYS=$KEYS wrk_run lookup_16_channels 16 "$SECONDS_RUN" lookup.lua "$BASE"
log "claim-lock lookup under JFR (diagnostic, not a figure: where the requests wait)"
jcmd "$PID" JFR.start name=lookup settings=profile > /dev/null 2>&1
wrk_run "" 16 10 lookup.lua "$BASE" > /dev/null
jcmd "$PID" JFR.dump name=lookup filename="$OUT/lookup.jfr" > /dev/null 2>&1
jcmd "$PID" JFR.stop name=lookup > /dev/null 2>&1
python3 bench/report.py jfr-waits "$OUT/lookup.jfr" > "$OUT/lookup-waits.txt" 2> /dev/null

log "B: bare page GET /index.xhtml with the session cookie kept"
wrk_run B_page_get 16 "$SECONDS_RUN" get.lua "$BASE/index.xhtml"
log "B0: the bare stateless page, GET /index.xhtml without cookies (issue 12's CPU baseline)"
BENCH_COOKIE= wrk_run B_page_get_nocookie 16 "$SECONDS_RUN" get.lua "$BASE/index.xhtml"

log "C: JAX-RS PUT inserting one row (channel claim, random references)"
wrk_run C_jaxrs_insert 16 "$SECONDS_RUN" channel-put.lua "$BASE"
wrk_run C_jaxrs_insert_1 1 10 channel-put.lua "$BASE"
log "C with sequential references (diagnostic: gap-lock deadlocks)"
BENCH_REF_ORDER=sequential wrk_run C_jaxrs_insert_sequential 16 10 channel-put.lua "$BASE"
record deadlocks_log "{\"count\":$(grep -c 'Deadlock found' "$WORK/node1.log" || true),\"log_lines\":$(wc -l < "$WORK/node1.log")}"

log "D: MariaDB single-row commits (mariadb-slap)"
db -e "CREATE TABLE IF NOT EXISTS bench_commit (id BIGINT AUTO_INCREMENT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB"
slap() {
  local conns=$1 queries=$2 secs
  secs=$(mariadb-slap -h 127.0.0.1 -u "$DB_USER" -p"$DB_PASS" --create-schema="$DB_NAME" --no-drop \
    --concurrency="$conns" --iterations=1 --number-of-queries="$queries" \
    --query="INSERT INTO bench_commit (v) VALUES (1)" 2>&1 \
    | awk '/Average number of seconds/ { print $(NF - 1) }')
  record "D_db_commit_$conns" "{\"tool\":\"mariadb-slap\",\"connections\":$conns,\"requests\":$queries,\"seconds\":$secs,\"rps\":$(python3 -c "print(round($queries/$secs,1))")}"
}
slap 1 5000
slap 16 40000

# --- Queue allocation (in-process JDBC harness on the portal's TicketAllocator) --------------------
log "C again (allocation's neighbour in time)"
wrk_run C_jaxrs_insert_2 16 "$SECONDS_RUN" channel-put.lua "$BASE"
alloc() {
  local id=$1 first=$2 last=$3 branches=$4 line
  line=$(java -cp "$HARNESS_CP" bench.AllocationBench "$DB_URL" "$DB_USER" "$DB_PASS" 16 "$SECONDS_RUN" "$first" "$last" "$branches")
  record "$id" "$line"
  echo "$line"
}
log "allocation, one branch-session, 16 threads"
alloc alloc_one_session 1 9000 1
log "allocation, one branch-session, 4 threads (diagnostic: fewer lock waiters)"
record alloc_one_session_4 "$(java -cp "$HARNESS_CP" bench.AllocationBench "$DB_URL" "$DB_USER" "$DB_PASS" 4 10 22101 25000 1 B)"
log "allocation spread over 30 branches, 16 threads"
alloc alloc_30_branches 9001 18000 30
log "document inspection of the claim's four files and one receipt, in-process (CPU per set / receipt)"
record claim_parts "$(java -Xmx512m -cp "$HARNESS_CP" bench.ClaimPartsBench "$OUT/files" "$SECONDS_RUN" 2> /dev/null | tail -1)"
record alloc_invariants "$(db -N -B -e "
  SELECT JSON_OBJECT(
    'duplicate_numbers', (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket GROUP BY branch_id, service_date, session_code, sequence_no HAVING COUNT(*) > 1) d),
    'counter_mismatch', (SELECT COUNT(*) FROM queue_counter q WHERE q.issued <> (SELECT COUNT(*) FROM queue_ticket t WHERE t.branch_id = q.branch_id AND t.service_date = q.service_date AND t.session_code = q.session_code)),
    'gaps', (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket GROUP BY branch_id, service_date, session_code HAVING MAX(sequence_no) <> COUNT(*)) g),
    'tickets', (SELECT COUNT(*) FROM queue_ticket))")"

# --- Browser-like flows (Gatling) ------------------------------------------------------------------
# Whole claims first, unrecorded, so that every flow below (pages, uploads, claims) is measured on
# code the JIT has compiled, as on a node that has been serving for a while.
CLAIM_WARMUP=${BENCH_CLAIM_WARMUP:-60}
gatling WholeClaimSimulation -Dbench.feeder="$OUT/feeder-claimwarm.csv" -Dbench.users=16 -Dbench.seconds="$CLAIM_WARMUP" > /dev/null
jit_settled after_claim_warmup
REPORT=$(gatling WizardPagesSimulation -Dbench.feeder="$OUT/feeder-pages.csv" -Dbench.users=16 -Dbench.seconds=8)
gatling_record wizard_pages "$REPORT" 8 WizardPagesSimulation

REPORT=$(gatling UploadSimulation -Dbench.feeder="$OUT/feeder-uploads.csv" -Dbench.users=8 -Dbench.seconds="$SECONDS_RUN" -Dbench.nodePid="$PID")
gatling_record uploads "$REPORT" "$SECONDS_RUN" UploadSimulation
# The node's CPU during each upload phase alone (marks printed by the simulation at its barriers).
record upload_phases "$(python3 bench/report.py cpu-marks "$OUT/gatling-UploadSimulation.log")"

log "B0 again, the stateless page next to the whole claim (both on settled code)"
jit_settled before_claims
BENCH_COOKIE= wrk_run B_page_get_nocookie_2 16 "$SECONDS_RUN" get.lua "$BASE/index.xhtml"
jit_settled after_b0
log "whole claim: RSS sampled every second (no profiler attached: its CPU is a figure)"
( while kill -0 "$PID" 2> /dev/null; do rss_mb "$PID"; sleep 1; done ) > "$OUT/rss-claims.txt" &
SAMPLER_PID=$!
CLAIM_SECONDS=${BENCH_CLAIM_SECONDS:-20}
REPORT=$(gatling WholeClaimSimulation -Dbench.feeder="$OUT/feeder-claims.csv" -Dbench.users=16 -Dbench.seconds="$CLAIM_SECONDS")
kill "$SAMPLER_PID" 2> /dev/null || true; SAMPLER_PID=
gatling_record whole_claim "$REPORT" "$CLAIM_SECONDS" WholeClaimSimulation
PROFILE_SECONDS=${BENCH_PROFILE_SECONDS:-10}
if [ "$PROFILE_SECONDS" -gt 0 ]; then
  log "whole claim again under JFR (profile settings; diagnostic, not a figure)"
  jcmd "$PID" JFR.start name=claims settings=profile > /dev/null 2>&1 || true
  gatling WholeClaimSimulation -Dbench.feeder="$OUT/feeder-profile.csv" -Dbench.users=16 -Dbench.seconds="$PROFILE_SECONDS" > /dev/null
  jcmd "$PID" JFR.dump name=claims filename="$OUT/claims.jfr" > /dev/null 2>&1 || true
  jcmd "$PID" JFR.stop name=claims > /dev/null 2>&1 || true
fi
record rss_claims "{\"rss_mb\":$(sort -n "$OUT/rss-claims.txt" | tail -1),\"samples\":$(wc -l < "$OUT/rss-claims.txt")}"
[ -f "$OUT/claims.jfr" ] && python3 bench/report.py jfr-top "$OUT/claims.jfr" > "$OUT/claims-profile.txt" 2> /dev/null
[ -f "$OUT/claims.jfr" ] && python3 bench/report.py jfr-waits "$OUT/claims.jfr" >> "$OUT/claims-profile.txt" 2> /dev/null
record claim_invariants "$(db -N -B -e "
  SELECT JSON_OBJECT(
    'queued_claims', (SELECT COUNT(*) FROM claim c JOIN bench_participant b ON b.participant_id = c.participant_id WHERE b.bench_no BETWEEN 18201 AND 21900 AND c.status = 'QUEUED'),
    'tickets', (SELECT COUNT(*) FROM queue_ticket t JOIN claim c ON c.id = t.claim_id JOIN bench_participant b ON b.participant_id = c.participant_id WHERE b.bench_no BETWEEN 18201 AND 21900),
    'documents', (SELECT COUNT(*) FROM claim_document d JOIN claim c ON c.id = d.claim_id JOIN bench_participant b ON b.participant_id = c.participant_id WHERE b.bench_no BETWEEN 18201 AND 21900 AND c.status = 'QUEUED'),
    'duplicate_numbers', (SELECT COUNT(*) FROM (SELECT 1 FROM queue_ticket GROUP BY branch_id, service_date, session_code, sequence_no HAVING COUNT(*) > 1) d))")"

LOG_BEFORE=$(wc -l < "$WORK/node1.log")
REPORT=$(gatling BigUploadSimulation -Dbench.feeder="$OUT/feeder-big.csv" -Dbench.users=100 -Dbench.startAfterSeconds=${BENCH_BIG_BARRIER:-75})
gatling_record big_uploads "$REPORT" 1 BigUploadSimulation
JPEG_SHA=$(sha256sum "$OUT/files/photo-6mb.jpg" | cut -d' ' -f1)
PDF_SHA=$(sha256sum "$OUT/files/scan-6mb.pdf" | cut -d' ' -f1)
INTACT=0; STORED=0
while read -r key sha; do
  STORED=$((STORED + 1))
  file="$WORK/documents/${key:0:2}/${key:2:2}/$key"
  if [ -f "$file" ] && [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$sha" ] && { [ "$sha" = "$JPEG_SHA" ] || [ "$sha" = "$PDF_SHA" ]; }; then
    INTACT=$((INTACT + 1))
  fi
done < <(db -N -B -e "SELECT d.storage_key, d.sha256 FROM claim_document d JOIN claim c ON c.id = d.claim_id
  JOIN bench_participant b ON b.participant_id = c.participant_id WHERE b.bench_no BETWEEN 22001 AND 22100")
OOM=$(tail -n +"$((LOG_BEFORE + 1))" "$WORK/node1.log" | grep -c OutOfMemoryError || true)
OOM_RUN=$(grep -c OutOfMemoryError "$WORK/node1.log" || true)
ALIVE=$(curl -fs "$BASE/health/live" > /dev/null && echo true || echo false)
LATE=$(grep -c BENCH-LATE "$OUT/gatling-BigUploadSimulation.log" || true)
record big_uploads_check "{\"stored\":$STORED,\"intact\":$INTACT,\"oom\":$OOM,\"oom_run\":$OOM_RUN,\"alive\":$ALIVE,\"late_users\":$LATE,\"rss_mb\":$(rss_mb "$PID")}"

# --- Detector over many drafts ---------------------------------------------------------------------
log "detector: loading $DRAFTS drafts (10,000 newly abandoned)"
LOAD_START=$(date +%s)
db -e "SET @total = $DRAFTS, @fresh = 10000, @active = 10000, @first_no = 20001; SOURCE bench/sql/detector-drafts.sql;"
log "drafts loaded in $(( $(date +%s) - LOAD_START )) s; running the detector"
RUN1=$(curl -s -o "$OUT/detector-1.json" -w '%{time_total}' -X POST "$BASE/api/test/pending-detector/run")
RUN2=$(curl -s -o "$OUT/detector-2.json" -w '%{time_total}' -X POST "$BASE/api/test/pending-detector/run")
RUN3=$(curl -s -o "$OUT/detector-3.json" -w '%{time_total}' -X POST "$BASE/api/test/pending-detector/run")
record detector "{\"drafts\":$DRAFTS,\"run1_s\":$RUN1,\"run1\":$(cat "$OUT/detector-1.json"),\"run2_s\":$RUN2,\"run2\":$(cat "$OUT/detector-2.json"),\"run3_s\":$RUN3,
  \"records\":$(db_value "SELECT COUNT(*) FROM pending_claim p JOIN claim c ON c.id = p.claim_id JOIN bench_participant b ON b.participant_id = c.participant_id WHERE b.bench_no BETWEEN 20001 AND 30000 AND c.created_at < UTC_TIMESTAMP() - INTERVAL 2 DAY"),
  \"duplicates\":$(db_value "SELECT COUNT(*) FROM (SELECT claim_id FROM pending_claim GROUP BY claim_id, abandon_no HAVING COUNT(*) > 1) d")}"

# --- Sessions created by anonymous pages -----------------------------------------------------------
SESSIONS="{"
for page in /index.xhtml /signin.xhtml "/display.xhtml?branch=SDA" /error/not-found.xhtml /claim/identity.xhtml /booking/status.xhtml /pending/release.xhtml /api/test/clock /health/ready; do
  n=$(curl -s -D - -o /dev/null "$BASE$page" | grep -ci '^set-cookie: JSESSIONID=' || true)
  SESSIONS="$SESSIONS\"$page\":$n,"
done
record anonymous_sessions "${SESSIONS%,}}"
record rss_end "{\"rss_mb\":$(rss_mb "$PID")}"

# --- Report ----------------------------------------------------------------------------------------
record load_end "{\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
python3 bench/report.py render "$RESULTS" bench/RESULTS.md
log "wrote bench/RESULTS.md"
# Phone uploads on an emulated weak line, against the same node: their own section of RESULTS.md.
if [ "${BENCH_PHONE:-1}" = 1 ]; then
  BENCH_PHONE_PORT=$PORT bench/phone-upload.sh || log "the phone-upload bench failed (see bench/target/phone)"
fi
if [ -z "${BENCH_KEEP:-}" ]; then
  stop_node_pidfile "$WORK/node1.pid"
  db_root -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true
fi

# --- Two nodes: scaling and the crowd (issue 12's last two targets) --------------------------------
# After this node stopped: the cluster pins its nodes to the machine's two cores.
if [ "${BENCH_CLUSTER:-1}" = 1 ] && [ -z "${BENCH_KEEP:-}" ]; then
  log "two nodes: scripts/cluster/scaling.sh (writes bench/SCALING.md)"
  CLUSTER_SKIP_BUILD=1 scripts/cluster/scaling.sh || log "scripts/cluster/scaling.sh failed (see scripts/cluster/target)"
  cp scripts/cluster/target/scaling/results.jsonl "$OUT/scaling-results.jsonl" 2> /dev/null || true
  python3 bench/report.py render "$RESULTS" bench/RESULTS.md "$OUT/scaling-results.jsonl"
  log "wrote bench/RESULTS.md again, with the two-node figures"
fi
