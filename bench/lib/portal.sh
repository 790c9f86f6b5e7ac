# Shared shell functions of bench/run.sh and scripts/cluster/*: a throw-away MariaDB database, Payara
# Micro nodes on loopback, readiness, and stopping only the processes these scripts started (by pid).
# Source it; it defines functions and a few variables, it runs nothing by itself.

BENCH_REPO=${BENCH_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
# portal.war with the test hooks (/api/test: clock, detector, channels) that the scripts drive.
PORTAL_WAR=${PORTAL_WAR:-$BENCH_REPO/portal-web/target/portal-test.war}
PAYARA_JAR=${PAYARA_JAR:-$BENCH_REPO/portal-web/target/payara-micro/payara-micro.jar}
# The settings every start of the portal gets (run-portal.sh, docker/Dockerfile, the integration
# tests): the bench and cluster nodes run as production does.
PAYARA_PREBOOT=${PAYARA_PREBOOT:-$BENCH_REPO/portal-web/src/main/payara/post-boot-commands.asadmin}

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# A measuring script's settings, BENCH_* overriding the defaults it gives:
# bench_settings <port> <seconds per run and per warm-up> <output folder>
# sets PORT, BASE, SECONDS_RUN, WARMUP, OUT, RESULTS (raw figures) and WORK (the node's folder).
bench_settings() {
  PORT=${BENCH_PORT:-$1}
  BASE=http://127.0.0.1:$PORT
  SECONDS_RUN=${BENCH_SECONDS:-$2}
  WARMUP=${BENCH_WARMUP:-$2}
  OUT=$3
  RESULTS=$OUT/results.jsonl
  WORK=$OUT/node
  export BENCH_WRK_DIR=$PWD/bench/wrk
}

# Builds the WAR (never `install`: other sessions share ~/.m2).
build_war() {
  # Offline first (fast when ~/.m2 is filled); a fresh machine downloads from Maven Central.
  log "building the WAR (mvn -q -DskipTests package)"
  (cd "$BENCH_REPO" && { mvn -B -o -q -DskipTests package > /dev/null 2>&1 || mvn -B -q -DskipTests package; }) \
    || die "the build failed"
  [ -f "$PORTAL_WAR" ] || die "no $PORTAL_WAR after the build"
  [ -f "$PAYARA_JAR" ] || die "no $PAYARA_JAR after the build"
}

# Runs SQL as the database's owner: root over the socket when allowed, else the integration-test user.
db_root() {
  if mariadb --protocol=socket -uroot -e 'SELECT 1' > /dev/null 2>&1; then
    mariadb --protocol=socket -uroot "$@"
  else
    mariadb -h 127.0.0.1 -u jht_it -pjht_it "$@"
  fi
}

# Creates an empty database and sets DB_NAME, DB_USER, DB_PASS, DB_URL.
#   $1 = wanted name (jht_portal_bench); with only the jht_it user it becomes jht_portal_it_<suffix>.
create_database() {
  local wanted=$1 suffix=${1#jht_portal_}
  if mariadb --protocol=socket -uroot -e 'SELECT 1' > /dev/null 2>&1; then
    DB_NAME=$wanted DB_USER=jht_bench DB_PASS=jht_bench
    mariadb --protocol=socket -uroot <<SQL || die "cannot create $DB_NAME"
DROP DATABASE IF EXISTS \`$DB_NAME\`;
CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'jht_bench'@'127.0.0.1' IDENTIFIED BY 'jht_bench';
CREATE USER IF NOT EXISTS 'jht_bench'@'localhost' IDENTIFIED BY 'jht_bench';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO 'jht_bench'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO 'jht_bench'@'localhost';
SQL
  else
    # The integration-test account may only create jht_portal_it* databases.
    DB_NAME=jht_portal_it_$suffix DB_USER=jht_it DB_PASS=jht_it
    mariadb -h 127.0.0.1 -u jht_it -pjht_it -e "DROP DATABASE IF EXISTS \`$DB_NAME\`;
      CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" \
      || die "cannot create $DB_NAME (neither root over the socket nor jht_it works)"
  fi
  DB_URL="jdbc:mysql://127.0.0.1:3306/$DB_NAME"
  export DB_NAME DB_USER DB_PASS DB_URL
}

# SQL on the bench database as its account.
# DB_PORT: the cluster tests run their own MariaDB (scripts/cluster/mariadb.sh); 3306 otherwise.
db() { mariadb -h 127.0.0.1 -P "${DB_PORT:-3306}" -u "$DB_USER" -p"$DB_PASS" "$DB_NAME" "$@"; }
db_value() { db -N -B -e "$1"; }

# Starts one Payara Micro node in the background.
#   start_node <name> <http port> <work dir> [extra java/payara options via NODE_JAVA_OPTS / NODE_MICRO_OPTS]
# Writes <work dir>/<name>.pid and <work dir>/<name>.log; sets NODE_PID and NODE_STARTED_NS.
start_node() {
  local name=$1 port=$2 work=$3
  # A fresh Payara root each start: a root kept from an earlier start still lists the WAR as
  # deployed, and Payara Micro would deploy it, undeploy it and deploy --deploy's copy again, answering
  # 404 and 500 meanwhile (seen when the cluster's fault test restarted a killed node).
  rm -rf "$work/$name/payara"
  mkdir -p "$work/$name/tmp" "$work/documents"
  # shellcheck disable=SC2086
  # GCLockerRetryAllocationCount: see bench/FINDINGS.md (native JPEG decoding and OutOfMemoryError).
  setsid ${NODE_PREFIX:-} java -Xmx${NODE_HEAP:-512m} -XX:+UnlockDiagnosticVMOptions -XX:GCLockerRetryAllocationCount=100 -Duser.timezone=UTC \
    -Djava.io.tmpdir="$work/$name/tmp" \
    -Dportal.db.url="$DB_URL" -Dportal.db.user="$DB_USER" -Dportal.db.password="$DB_PASS" \
    -Dportal.demo.enabled=true -Dportal.clock.adjustable=true \
    -Dportal.documents.dir="$work/documents" \
    ${NODE_JAVA_OPTS:-} \
    -jar "$PAYARA_JAR" --deploy "$PORTAL_WAR" --contextroot / --port "$port" \
    --rootdir "$work/$name/payara" --prebootcommandfile "$PAYARA_PREBOOT" ${NODE_MICRO_OPTS:---nocluster} \
    > "$work/$name.log" 2>&1 < /dev/null &
  NODE_PID=$!
  NODE_STARTED_NS=$(date +%s%N)
  echo "$NODE_PID" > "$work/$name.pid"
  log "started $name (pid $NODE_PID, port $port, log $work/$name.log)"
}

# Waits until /health/ready answers UP; prints the seconds since NODE_STARTED_NS (or since $3).
wait_ready() {
  local port=$1 pid=$2 since=${3:-$NODE_STARTED_NS} limit=${4:-180}
  local deadline=$(( $(date +%s) + limit ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$pid" 2> /dev/null || die "the node on port $port (pid $pid) stopped during start-up"
    if curl -fs "http://127.0.0.1:$port/health/ready" 2> /dev/null | grep -q '"UP"'; then
      awk -v a="$since" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f\n", (b - a) / 1e9 }'
      return 0
    fi
    sleep 0.2
  done
  die "the node on port $port was not ready within $limit s"
}

# Waits, with no load on the node, until its JIT has compiled what the load before made hot: HotSpot
# on two cores has one C2 thread, which under load gets a share of a core like any request thread and
# falls hundreds of methods behind, so a figure taken then measures interpreted and C1 code (a
# long-running node's steady state is compiled). Stops when the C2 queue holds at most $2 methods
# (default 20) or after $3 seconds (default 180); prints "<seconds waited> <methods still queued>".
settle_jit() {
  local pid=$1 most=${2:-20} limit=${3:-180} start queued
  start=$(date +%s)
  while :; do
    queued=$(jcmd "$pid" Compiler.queue 2> /dev/null | grep -cE '^[0-9]+ +[0-9]' || true)
    if [ "${queued:-0}" -le "$most" ] || [ $(( $(date +%s) - start )) -ge "$limit" ]; then
      echo "$(( $(date +%s) - start )) ${queued:-0}"
      return 0
    fi
    sleep 2
  done
}

# Stops a node this script started: by its pid file, TERM first, KILL after 20 s.
stop_node_pidfile() {
  local pidfile=$1 pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2> /dev/null; then
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2> /dev/null || true
  fi
  rm -f "$pidfile"
}

# Resident set size of a process in MB.
rss_mb() { ps -o rss= -p "$1" 2> /dev/null | awk '{ printf "%d\n", $1 / 1024 }'; }
