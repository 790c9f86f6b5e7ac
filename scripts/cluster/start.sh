#!/usr/bin/env bash
# Two Payara Micro nodes of the portal clustered over loopback only (Hazelcast, TCP member list), on
# one MariaDB database and one document directory, behind nginx (round robin, no sticky sessions).
#
#   scripts/cluster/start.sh        build the WAR, start both nodes and nginx, print the URL
#   CLUSTER_SKIP_BUILD=1 ...         use the WAR already built
#   CLUSTER_PIN=1 ...                pin node 1 to core 0 and node 2 to core 1 (taskset)
#   CLUSTER_FRESH=0 ...              keep the database of a previous start (default: recreate it)
#   scripts/cluster/stop.sh         stop nginx and both nodes
#
# Ports (all on 127.0.0.1): nginx 18280; nodes 18281 and 18282 (HTTP), 6900 and 6901 (Hazelcast;
# when another process already holds one of them, the next free pair from 15900 on, said so).
# Everything the cluster writes lives in scripts/cluster/target/ (logs, nginx config, documents).
# Web sessions are replicated only when the WAR is marked <distributable/> and its session manager
# is Hazelcast (see the check below); every invariant (quotas, numbers, pending claims) lives in the
# database and holds either way.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/cluster/common.sh
NGINX_PORT=${CLUSTER_NGINX_PORT:-18280}
PORT1=${CLUSTER_PORT1:-18281}
PORT2=${CLUSTER_PORT2:-18282}
HZ1=${CLUSTER_HZ_PORT:-6900}
port_busy() { ss -Hltn "sport = :$1" 2> /dev/null | grep -q .; }
if port_busy "$HZ1" || port_busy $((HZ1 + 1)); then
  # Other Payara processes on this machine (even with --nocluster) bind 6900 and up.
  log "Hazelcast port $HZ1 or $((HZ1 + 1)) is taken by another process"
  HZ1=15900
  while port_busy "$HZ1" || port_busy $((HZ1 + 1)); do HZ1=$((HZ1 + 2)); done
  log "using $HZ1 and $((HZ1 + 1)) instead"
fi
HZ2=$((HZ1 + 1))
MEMBERS=127.0.0.1:$HZ1,127.0.0.1:$HZ2

if [ -f "$CLUSTER_DIR/node1.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/node1.pid")" 2> /dev/null; then
  die "the cluster is already running (scripts/cluster/stop.sh first)"
fi
command -v nginx > /dev/null || {
  log "installing nginx from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get install -y -qq nginx-light > /dev/null 2>&1 \
    || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq nginx-light > /dev/null; }
}

[ -n "${CLUSTER_SKIP_BUILD:-}" ] || build_war
[ -f "$PORTAL_WAR" ] || die "no WAR at $PORTAL_WAR"

# Session replication needs both of these in the WAR; without them each node keeps its own sessions
# and a participant whose next request lands on the other node loses the wizard.
WEB_XML=$(unzip -p "$PORTAL_WAR" WEB-INF/web.xml)
PAYARA_WEB_XML=$(unzip -p "$PORTAL_WAR" WEB-INF/payara-web.xml 2> /dev/null || true)
if ! grep -q '<distributable */>' <<< "$WEB_XML"; then
  log "WARNING: WEB-INF/web.xml has no <distributable/>: web sessions will NOT be replicated"
fi
if grep -q 'persistence-type="memory"' <<< "$PAYARA_WEB_XML"; then
  log "WARNING: WEB-INF/payara-web.xml sets <session-manager persistence-type=\"memory\">: sessions stay on their node"
fi

mkdir -p "$CLUSTER_DIR"
# The cluster's own MariaDB (never the machine's shared one on 3306): the fault test restarts it.
private_db_start
if [ "${CLUSTER_FRESH:-1}" = 1 ]; then
  rm -rf "$CLUSTER_DIR"/node1 "$CLUSTER_DIR"/node2 "$CLUSTER_DIR"/documents "$CLUSTER_DIR"/node?.log
  private_db_create jht_portal_cluster
else
  DB_NAME=jht_portal_cluster DB_USER=jht_cluster DB_PASS=jht_cluster DB_PORT=$PRIVATE_DB_PORT
  DB_URL="jdbc:mysql://127.0.0.1:$PRIVATE_DB_PORT/$DB_NAME"
fi
cat > "$CLUSTER_DIR/env" <<ENV
DB_NAME=$DB_NAME
DB_USER=$DB_USER
DB_PASS=$DB_PASS
DB_PORT=$DB_PORT
DB_URL=$DB_URL
DOCUMENTS_DIR=$CLUSTER_DIR/documents
NGINX_URL=http://127.0.0.1:$NGINX_PORT
NODE1_URL=http://127.0.0.1:$PORT1
NODE2_URL=http://127.0.0.1:$PORT2
PORT1=$PORT1
PORT2=$PORT2
HZ1=$HZ1
HZ2=$HZ2
MEMBERS=$MEMBERS
ENV

# node2 starts as soon as node1's Hazelcast member is up (a third of node1's start-up), so that it
# joins node1's cluster instead of forming its own; the rest of both start-ups overlaps. Flyway's
# lock and the demo data's marker row let only one node migrate and load.
start_cluster_node node1 "$PORT1" "$HZ1" 0
PID1=$NODE_PID STARTED1=$NODE_STARTED_NS
for _ in $(seq 1 600); do
  grep -q "DG Name: jht DG Size" "$CLUSTER_DIR/node1.log" 2> /dev/null && break
  kill -0 "$PID1" 2> /dev/null || die "node1 stopped during start-up (see $CLUSTER_DIR/node1.log)"
  sleep 0.2
done
start_cluster_node node2 "$PORT2" "$HZ2" 1
READY1=$(wait_ready "$PORT1" "$PID1" "$STARTED1" "${CLUSTER_READY_SECONDS:-420}")
log "node1 ready after $READY1 s"
READY2=$(wait_ready "$PORT2" "$NODE_PID" "$NODE_STARTED_NS" "${CLUSTER_READY_SECONDS:-420}")
log "node2 ready after $READY2 s"
wait_serving "$PORT1" 120 && wait_serving "$PORT2" 120 || die "the nodes say ready but serve no page"
if grep -q "DG Name: jht DG Size: 2" "$CLUSTER_DIR/node2.log"; then
  log "Hazelcast: both nodes are members of cluster 'jht'"
else
  log "WARNING: node2's log does not show a two-member cluster (see $CLUSTER_DIR/node2.log)"
fi

# nginx in front: round robin, no stickiness. X-Upstream names the node that answered, so the
# tests (and a curious human) can see the requests alternate.
mkdir -p "$CLUSTER_DIR/nginx/tmp" "$CLUSTER_DIR/nginx/errors"
chmod 0777 "$CLUSTER_DIR/nginx/tmp"
cp docker/nginx-errors/unavailable.html "$CLUSTER_DIR/nginx/errors/"
nginx_upstream
chmod -R a+rX "$CLUSTER_DIR/nginx/errors"
cat > "$CLUSTER_DIR/nginx/nginx.conf" <<NGINX
# Generated by scripts/cluster/start.sh: loopback only, round robin, no sticky sessions.
worker_processes 1;
# The crowd of scripts/cluster/scaling.sh holds 1,000 client connections, each with its upstream one.
worker_rlimit_nofile 8192;
error_log $CLUSTER_DIR/nginx/error.log warn;
pid $CLUSTER_DIR/nginx/nginx.pid;
events { worker_connections 4096; }
http {
  log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent upstream=\$upstream_addr rt=\$request_time';
  access_log $CLUSTER_DIR/nginx/access.log upstream;
  client_body_temp_path $CLUSTER_DIR/nginx/tmp/body;
  proxy_temp_path $CLUSTER_DIR/nginx/tmp/proxy;
  fastcgi_temp_path $CLUSTER_DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $CLUSTER_DIR/nginx/tmp/uwsgi;
  scgi_temp_path $CLUSTER_DIR/nginx/tmp/scgi;
  upstream portal {
    include $CLUSTER_DIR/nginx/upstream.conf;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    # Documents are at most 6 MB; the multipart body around them needs a little more.
    client_max_body_size 8m;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      # A node that is down or dies: try the other one. nginx resends a GET, and a POST only when it
      # never reached the node (refused connection); a POST the node may have acted on is not sent
      # twice: the participant gets the page below and retries, and the wizard is idempotent.
      # Not on a 503: the portal answers it when its database is busy or restarting, which the
      # other node shares; nginx would also hold the node out for it (max_fails), and a busy
      # moment turned into 502 for everyone (bench/FINDINGS.md, "Overload").
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 2;
      proxy_next_upstream_timeout 15s;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      add_header X-Upstream \$upstream_addr always;
    }
    # When no node can answer: a page in Bahasa Indonesia (and English) with a retry link, instead
    # of nginx's own. The link reloads the same address; a form step reopens with its saved data.
    error_page 502 503 504 /_unavailable.html;
    location = /_unavailable.html {
      internal;
      root $CLUSTER_DIR/nginx/errors;
      try_files /unavailable.html =503;
      add_header Cache-Control "no-store" always;
      add_header Retry-After 5 always;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
NGINX_USER=""
[ "$(id -u)" -eq 0 ] && NGINX_USER="user nobody nogroup;"
nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -g "$NGINX_USER" -t > /dev/null 2>&1 \
  || nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -g "$NGINX_USER" -t
nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -g "$NGINX_USER"
for _ in $(seq 1 50); do [ -s "$CLUSTER_DIR/nginx/nginx.pid" ] && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$NGINX_PORT/health/ready" > /dev/null || die "nginx does not reach the nodes"

cat <<BANNER

  Cluster running:  http://127.0.0.1:$NGINX_PORT/   (nginx, round robin, no sticky sessions)
  node1:            http://127.0.0.1:$PORT1/   log $CLUSTER_DIR/node1.log
  node2:            http://127.0.0.1:$PORT2/   log $CLUSTER_DIR/node2.log
  database:         $DB_NAME on the cluster's own MariaDB, 127.0.0.1:$PRIVATE_DB_PORT (user $DB_USER)
  Test it with scripts/cluster/test.sh; stop it with scripts/cluster/stop.sh.

BANNER
