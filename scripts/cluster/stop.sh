#!/usr/bin/env bash
# Stops what scripts/cluster/start.sh started (nginx and both nodes), by their pid files only.
#   CLUSTER_DROP_DB=1 scripts/cluster/stop.sh   also drops the cluster's throw-away database
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/portal.sh
CLUSTER_DIR=$PWD/scripts/cluster/target

if [ -s "$CLUSTER_DIR/nginx/nginx.pid" ]; then
  pid=$(cat "$CLUSTER_DIR/nginx/nginx.pid")
  # QUIT: the master finishes open requests and takes its worker with it.
  kill -QUIT "$pid" 2> /dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  kill -TERM "$pid" 2> /dev/null || true
  rm -f "$CLUSTER_DIR/nginx/nginx.pid"
  log "nginx stopped"
fi
for node in node1 node2; do
  if [ -f "$CLUSTER_DIR/$node.pid" ]; then
    stop_node_pidfile "$CLUSTER_DIR/$node.pid"
    log "$node stopped"
  fi
done
if [ -n "${CLUSTER_DROP_DB:-}" ] && [ -f "$CLUSTER_DIR/env" ]; then
  # shellcheck disable=SC1091
  source "$CLUSTER_DIR/env"
  db_root -e "DROP DATABASE IF EXISTS \`$DB_NAME\`"
  log "database $DB_NAME dropped"
fi
