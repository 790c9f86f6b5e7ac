#!/usr/bin/env bash
# Builds the portal and runs it on the embedded database with demo data: http://localhost:8080/
# Data (database, uploaded documents) lives in ./.data and survives restarts; delete it to start over.
# Configure another database with PORTAL_DB_URL / PORTAL_DB_USER / PORTAL_DB_PASSWORD (see README).
set -euo pipefail
cd "$(dirname "$0")"

PORT=${PORT:-8080}
DATA_DIR=${PORTAL_DATA_DIR:-$PWD/.data}
# The embedded database, the documents and the log hold personal data: readable by this user only.
# umask 077 for everything created from now on (the JVM inherits it), and tighten what is there.
umask 077
mkdir -p "$DATA_DIR"
chmod -R go-rwx "$DATA_DIR"

echo "Building the portal (first build downloads dependencies from Maven Central)..."
mvn -B -q -DskipTests package

export PORTAL_DB_URL=${PORTAL_DB_URL:-"jdbc:h2:file:$DATA_DIR/db/portal;MODE=LEGACY"}
export PORTAL_DOCUMENTS_DIR=${PORTAL_DOCUMENTS_DIR:-$DATA_DIR/documents}

java ${JAVA_OPTS:--Xmx1g} -XX:+UnlockDiagnosticVMOptions -XX:GCLockerRetryAllocationCount=100 -Duser.timezone=UTC -Djava.io.tmpdir="$DATA_DIR/tmp" \
  -jar portal-web/target/payara-micro/payara-micro.jar \
  --deploy portal-web/target/portal.war --contextroot / --port "$PORT" --nocluster \
  --rootdir "$DATA_DIR/payara" --prebootcommandfile portal-web/src/main/payara/post-boot-commands.asadmin > "$DATA_DIR/portal.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' INT TERM EXIT
mkdir -p "$DATA_DIR/tmp"

echo "Starting Payara Micro (log: $DATA_DIR/portal.log)..."
for _ in $(seq 1 120); do
  if ! kill -0 $PID 2>/dev/null; then
    echo "The portal stopped during start-up. Last lines of the log:" >&2
    tail -n 40 "$DATA_DIR/portal.log" >&2
    exit 1
  fi
  if curl -fs "http://localhost:$PORT/health/ready" > /dev/null 2>&1; then
    break
  fi
  # Payara Micro keeps running when the application fails to deploy: say why and stop.
  if grep -q "ready in" "$DATA_DIR/portal.log" \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/index.xhtml")" = "404" ]; then
    echo "The portal could not start. The cause, from $DATA_DIR/portal.log:" >&2
    grep -E "The portal cannot start|Internal Exception|Unsupported database URL" "$DATA_DIR/portal.log" \
      | sort -u | head -n 8 >&2
    echo "Check PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD." >&2
    exit 1
  fi
  sleep 1
done
if ! curl -fs "http://localhost:$PORT/health/ready" > /dev/null 2>&1; then
  echo "The portal did not become ready. Last lines of the log:" >&2
  tail -n 40 "$DATA_DIR/portal.log" >&2
  exit 1
fi

cat <<BANNER

  JHT claim portal is running:  http://localhost:$PORT/
  Staff sign-in:                http://localhost:$PORT/staff/home.xhtml
    officer (branch Sidoarjo):  petugas.sda    / Petugas#2026
    supervisor (Sidoarjo):      supervisor.sda / Supervisor#2026
    administrator:              admin          / Admin#Portal2026
  Demo participants:            see README.md ("Demo participants")
  Health:                       http://localhost:$PORT/health/ready
  Stop with Ctrl+C. Data is kept in $DATA_DIR.

BANNER
wait $PID
