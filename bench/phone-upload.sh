#!/usr/bin/env bash
# Phone uploads on a weak line, through the real documents step in headless Chromium (360 px mobile
# emulation, "Good 3G": 1.5 Mbit/s down, 750 kbit/s up, 40 ms; 4x CPU slowdown): a 4000 x 3000 phone
# photo (about 7.5 MB of sensor-like noise, EXIF orientation and GPS) and a 1 MB photo, each "before"
# (no photo fitting, no chunks: the step before issue 10) and "after" (fitted in the browser, sent in
# chunks) in the same run, then the 12 MP photo again with the line cut for 5 s halfway. Bytes on the
# wire are counted by a relay between Chromium and the portal; seconds run from choosing the file to
# the slot's answer. Writes its section of bench/RESULTS.md (between the phone-upload markers) and
# bench/target/phone/results.jsonl. About 4 minutes on a busy 2-core machine.
#
#   bench/phone-upload.sh                  builds, starts its own node on a throw-away database
#   BENCH_PHONE_PORT=18180 bench/phone-upload.sh   uses a node already running there (bench/run.sh)
#   BENCH_SKIP_BUILD=1 bench/phone-upload.sh       uses the WAR and test classes already built
#
# Needs what bench/run.sh needs plus Debian's chromium and chromedriver (scripts/test-env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/portal.sh

OUT=$PWD/bench/target/phone
mkdir -p "$OUT"
STARTED=""
if [ -n "${BENCH_PHONE_PORT:-}" ]; then
  PORT=$BENCH_PHONE_PORT
else
  PORT=${BENCH_PORT:-18580}
  [ -n "${BENCH_SKIP_BUILD:-}" ] || build_war
  create_database jht_portal_phone
  rm -rf "$OUT/node"
  start_node phone "$PORT" "$OUT/node"
  STARTED=$NODE_PID
  cleanup() {
    stop_node_pidfile "$OUT/node/phone.pid"
    db_root -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true
  }
  trap cleanup EXIT
  wait_ready "$PORT" "$STARTED" "$NODE_STARTED_NS" "${BENCH_READY_SECONDS:-600}" > /dev/null
fi

# The driver reuses the integration tests' page objects, browser set-up and test files.
log "compiling the phone-upload driver"
(cd portal-web && mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$OUT/classpath.txt" > "$OUT/classpath.log" 2>&1) \
  || { tail -20 "$OUT/classpath.log"; die "cannot resolve the test classpath"; }
CP="$PWD/portal-ejb/target/classes:$PWD/portal-web/target/test-classes:$PWD/portal-web/target/classes:$(cat "$OUT/classpath.txt")"
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$CP" bench/phone/src/bench/*.java
log "uploading through Chromium (port $PORT; load average $(cut -d' ' -f1 /proc/loadavg))"
# The photos are written under the driver's working folder (target/it-files).
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
(cd "$OUT" && java -cp "$OUT/classes:$CP" -Dit.chrome.binary=/usr/bin/chromium \
  bench.PhoneUploadBench "$PORT" "$OUT/results.jsonl") > "$OUT/driver.log" 2>&1 \
  || { tail -30 "$OUT/driver.log"; die "the phone-upload driver failed"; }
python3 bench/phone/report.py "$OUT/results.jsonl" "$LOAD0" "$(cut -d' ' -f1-3 /proc/loadavg)" bench/RESULTS.md
log "wrote the phone-upload section of bench/RESULTS.md"
