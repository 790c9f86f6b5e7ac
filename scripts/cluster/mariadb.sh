# A private MariaDB instance for the cluster and fault tests (sourced by scripts/cluster/*.sh): its
# own data directory under scripts/cluster/target/mariadb, its own port and socket, started and
# stopped only by these scripts. The machine's shared MariaDB on 3306 is never used, so the fault
# test can restart this one while other test suites go on with theirs.
#
#   CLUSTER_DB_PORT   TCP port on 127.0.0.1 (default 13306)
#
# Defines functions only; sets PRIVATE_DB_DIR, PRIVATE_DB_PORT, PRIVATE_DB_SOCKET.

PRIVATE_DB_DIR=${CLUSTER_DIR:?}/mariadb
PRIVATE_DB_PORT=${CLUSTER_DB_PORT:-13306}
PRIVATE_DB_SOCKET=$PRIVATE_DB_DIR/mysqld.sock
PRIVATE_DB_PIDFILE=$PRIVATE_DB_DIR/mysqld.pid

# The server runs as the user who runs the tests; as root it must be told so explicitly.
_private_db_user() { id -un; }

private_db_root() { mariadb --no-defaults --protocol=socket -S "$PRIVATE_DB_SOCKET" -uroot "$@"; }

private_db_alive() {
  mariadb-admin --no-defaults --protocol=socket -S "$PRIVATE_DB_SOCKET" -uroot ping > /dev/null 2>&1
}

private_db_pid() { cat "$PRIVATE_DB_PIDFILE" 2> /dev/null; }

# Creates the data directory once (mariadb-install-db), then starts the server and waits until it
# answers (at most 60 s).
private_db_start() {
  local mariadbd
  mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
  [ -x "$mariadbd" ] || die "no mariadbd (Debian's mariadb-server): run scripts/test-env.sh"
  if [ ! -d "$PRIVATE_DB_DIR/data/mysql" ]; then
    rm -rf "$PRIVATE_DB_DIR/data"
    mkdir -p "$PRIVATE_DB_DIR/data"
    mariadb-install-db --no-defaults --datadir="$PRIVATE_DB_DIR/data" --user="$(_private_db_user)" \
      --auth-root-authentication-method=socket --skip-test-db > "$PRIVATE_DB_DIR/install.log" 2>&1 \
      || { cat "$PRIVATE_DB_DIR/install.log" >&2; die "mariadb-install-db failed"; }
  fi
  if private_db_alive; then return 0; fi
  # Small buffers: the test data is a few hundred MB at most, and the machine is shared.
  setsid "$mariadbd" --no-defaults --user="$(_private_db_user)" --datadir="$PRIVATE_DB_DIR/data" \
    --port="$PRIVATE_DB_PORT" --bind-address=127.0.0.1 --socket="$PRIVATE_DB_SOCKET" \
    --pid-file="$PRIVATE_DB_PIDFILE" --log-error="$PRIVATE_DB_DIR/error.log" \
    --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-log-file-size=128M \
    --innodb-flush-log-at-trx-commit=2 --max-connections=300 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    > /dev/null 2>&1 < /dev/null &
  local started=$!
  for _ in $(seq 1 300); do
    if private_db_alive; then return 0; fi
    kill -0 "$started" 2> /dev/null || break
    sleep 0.2
  done
  tail -20 "$PRIVATE_DB_DIR/error.log" >&2 2> /dev/null
  die "the private MariaDB on port $PRIVATE_DB_PORT did not start (see $PRIVATE_DB_DIR/error.log)"
}

# Stops it: a clean shutdown, then KILL after 30 s. Only the pid this script's server wrote.
private_db_stop() {
  local pid
  pid=$(private_db_pid)
  [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null || return 0
  mariadb-admin --no-defaults --protocol=socket -S "$PRIVATE_DB_SOCKET" -uroot shutdown > /dev/null 2>&1 \
    || kill -TERM "$pid" 2> /dev/null || true
  for _ in $(seq 1 150); do kill -0 "$pid" 2> /dev/null || return 0; sleep 0.2; done
  kill -9 "$pid" 2> /dev/null || true
}

# A fresh database and its account; sets DB_NAME, DB_USER, DB_PASS, DB_PORT, DB_URL.
private_db_create() {
  DB_NAME=$1 DB_USER=jht_cluster DB_PASS=jht_cluster DB_PORT=$PRIVATE_DB_PORT
  private_db_root <<SQL || die "cannot create $DB_NAME in the private MariaDB"
DROP DATABASE IF EXISTS \`$DB_NAME\`;
CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'jht_cluster'@'127.0.0.1' IDENTIFIED BY 'jht_cluster';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO 'jht_cluster'@'127.0.0.1';
SQL
  DB_URL="jdbc:mysql://127.0.0.1:$PRIVATE_DB_PORT/$DB_NAME"
  export DB_NAME DB_USER DB_PASS DB_PORT DB_URL
}
