# Starting one Payara Micro node of the two-node cluster (sourced by scripts/cluster/start.sh, and by
# scripts/cluster/test.sh to start a killed node again with the same options).
# Needs CLUSTER_DIR, MEMBERS (the Hazelcast member list) and DB_* (bench/lib/portal.sh's start_node).

# Loopback only: the TCP member list, the interface, no multicast; host-aware partitioning off,
# because both members share one host and Hazelcast would otherwise keep no backup copies.
cluster_opts() {
  echo "--clustername jht --clustermode tcpip:$MEMBERS --interfaces 127.0.0.1 --startport $1 --nohostaware --name $2"
}

# start_cluster_node <name> <http port> <hazelcast port> <core for CLUSTER_PIN>
start_cluster_node() {
  local name=$1 port=$2 hz=$3 core=$4
  NODE_PREFIX=""
  if [ -n "${CLUSTER_PIN:-}" ]; then NODE_PREFIX="taskset -c $core"; fi
  # The keys both nodes share (any node answers any request; no session): the participants'
  # signed cookies, the sealed messages cookie, the one-time codes' HMAC; made once per cluster
  # directory.
  local keys="" setting file
  for setting in participant.cookie-key messages.cookie-key one-time-code.key; do
    file=$CLUSTER_DIR/${setting//./-}
    [ -s "$file" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$file")
    keys="$keys -Dportal.$setting=$(cat "$file")"
  done
  NODE_PREFIX=$NODE_PREFIX NODE_HEAP=512m \
    NODE_JAVA_OPTS="-Dhazelcast.local.localAddress=127.0.0.1 -Dhazelcast.socket.bind.any=false$keys ${CLUSTER_JAVA_OPTS:-}" \
    NODE_MICRO_OPTS="$(cluster_opts "$hz" "$name")" \
    start_node "$name" "$port" "$CLUSTER_DIR"
}

# nginx's upstream list (included by nginx.conf); nodes named in "$@" are held out ("down"), the way
# a load balancer with a readiness check holds out a node that is starting: Payara Micro opens its
# HTTP port before the WAR is deployed and answers 404 meanwhile. Needs PORT1, PORT2.
nginx_upstream() {
  local n port mark
  for n in 1 2; do
    port=PORT$n mark=""
    [[ " $* " == *" node$n "* ]] && mark=" down"
    echo "server 127.0.0.1:${!port} max_fails=1 fail_timeout=10s$mark;"
  done > "$CLUSTER_DIR/nginx/upstream.conf"
  echo "keepalive 32;" >> "$CLUSTER_DIR/nginx/upstream.conf"
}

# Makes nginx read its configuration again (graceful: open requests finish on the old workers).
nginx_reload() {
  local pid
  pid=$(cat "$CLUSTER_DIR/nginx/nginx.pid" 2> /dev/null) && kill -HUP "$pid"
  sleep 0.5
}

# Waits until the node serves a real page (at most $2 s): /health/ready says UP a little before
# Payara Micro has finished its start, and a page asked for meanwhile gets 404.
wait_serving() {
  local port=$1 deadline=$(( $(date +%s) + ${2:-60} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/claim/identity.xhtml")" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}
