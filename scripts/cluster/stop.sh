#!/usr/bin/env bash
# Stops what scripts/cluster/start.sh started (nginx, both nodes, the cluster's own MariaDB), by
# their pid files only.
#   CLUSTER_DROP_DB=1 scripts/cluster/stop.sh   also deletes that MariaDB's data directory
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/cluster/common.sh

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
if [ -n "$(private_db_pid)" ] && kill -0 "$(private_db_pid)" 2> /dev/null; then
  private_db_stop
  log "the cluster's MariaDB (port $PRIVATE_DB_PORT) stopped"
fi
if [ -n "${CLUSTER_DROP_DB:-}" ]; then
  rm -rf "$PRIVATE_DB_DIR"
  log "its data directory deleted"
fi
