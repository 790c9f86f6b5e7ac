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
source bench/lib/portal.sh

CLUSTER_DIR=$PWD/scripts/cluster/target
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
if [ "${CLUSTER_FRESH:-1}" = 1 ]; then
  rm -rf "$CLUSTER_DIR"/node1 "$CLUSTER_DIR"/node2 "$CLUSTER_DIR"/documents "$CLUSTER_DIR"/node?.log
  create_database jht_portal_cluster
else
  if mariadb --protocol=socket -uroot -e 'SELECT 1' > /dev/null 2>&1; then
    DB_NAME=jht_portal_cluster DB_USER=jht_bench DB_PASS=jht_bench
  else
    DB_NAME=jht_portal_it_cluster DB_USER=jht_it DB_PASS=jht_it
  fi
  DB_URL="jdbc:mysql://127.0.0.1:3306/$DB_NAME"
fi
cat > "$CLUSTER_DIR/env" <<ENV
DB_NAME=$DB_NAME
DB_USER=$DB_USER
DB_PASS=$DB_PASS
DB_URL=$DB_URL
NGINX_URL=http://127.0.0.1:$NGINX_PORT
NODE1_URL=http://127.0.0.1:$PORT1
NODE2_URL=http://127.0.0.1:$PORT2
ENV

# Loopback only: the TCP member list, the interface, no multicast; host-aware partitioning off,
# because both members share one host and Hazelcast would otherwise keep no backup copies.
cluster_opts() {
  echo "--clustername jht --clustermode tcpip:$MEMBERS --interfaces 127.0.0.1 --startport $1 --nohostaware --name $2"
}

start_cluster_node() {
  local name=$1 port=$2 hz=$3 core=$4
  NODE_PREFIX=""
  if [ -n "${CLUSTER_PIN:-}" ]; then NODE_PREFIX="taskset -c $core"; fi
  NODE_PREFIX=$NODE_PREFIX NODE_HEAP=512m \
    NODE_JAVA_OPTS="-Dhazelcast.local.localAddress=127.0.0.1 -Dhazelcast.socket.bind.any=false ${CLUSTER_JAVA_OPTS:-}" \
    NODE_MICRO_OPTS="$(cluster_opts "$hz" "$name")" \
    start_node "$name" "$port" "$CLUSTER_DIR"
}

# One after the other: the first node migrates the schema and loads the demo data.
start_cluster_node node1 "$PORT1" "$HZ1" 0
READY1=$(wait_ready "$PORT1" "$NODE_PID")
log "node1 ready after $READY1 s"
start_cluster_node node2 "$PORT2" "$HZ2" 1
READY2=$(wait_ready "$PORT2" "$NODE_PID")
log "node2 ready after $READY2 s"
if grep -q "DG Name: jht DG Size: 2" "$CLUSTER_DIR/node2.log"; then
  log "Hazelcast: both nodes are members of cluster 'jht'"
else
  log "WARNING: node2's log does not show a two-member cluster (see $CLUSTER_DIR/node2.log)"
fi

# nginx in front: round robin, no stickiness. X-Upstream names the node that answered, so the
# tests (and a curious human) can see the requests alternate.
mkdir -p "$CLUSTER_DIR/nginx/tmp"
chmod 0777 "$CLUSTER_DIR/nginx/tmp"
cat > "$CLUSTER_DIR/nginx/nginx.conf" <<NGINX
# Generated by scripts/cluster/start.sh: loopback only, round robin, no sticky sessions.
worker_processes 1;
error_log $CLUSTER_DIR/nginx/error.log warn;
pid $CLUSTER_DIR/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent upstream=\$upstream_addr rt=\$request_time';
  access_log $CLUSTER_DIR/nginx/access.log upstream;
  client_body_temp_path $CLUSTER_DIR/nginx/tmp/body;
  proxy_temp_path $CLUSTER_DIR/nginx/tmp/proxy;
  fastcgi_temp_path $CLUSTER_DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $CLUSTER_DIR/nginx/tmp/uwsgi;
  scgi_temp_path $CLUSTER_DIR/nginx/tmp/scgi;
  upstream portal {
    server 127.0.0.1:$PORT1 max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT2 max_fails=1 fail_timeout=10s;
    keepalive 32;
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
      # A node that is down: try the other one (nginx never resends a POST that reached a node).
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
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
  database:         $DB_NAME on 127.0.0.1:3306 (user $DB_USER)
  Test it with scripts/cluster/test.sh; stop it with scripts/cluster/stop.sh.

BANNER
