#!/usr/bin/env bash
# Makes this machine ready for the test suite, idempotently: Debian's Chromium and chromedriver,
# nginx-light (the cluster tests; they start their own nginx and their own MariaDB, see
# scripts/cluster/test.sh),
# ClamAV's daemon (the tests start their own clamd with a signature database they write themselves:
# freshclam never runs, no signatures are downloaded), a running MariaDB, and the integration-test
# database and user. Nothing comes from outside Debian's packages, Maven Central and npm.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v mariadbd > /dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
command -v mariadb > /dev/null 2>&1 || missing+=(mariadb-client)
# The cluster and fault tests: nginx in front of two nodes (Debian's smallest nginx), curl, unzip.
command -v nginx > /dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v curl > /dev/null 2>&1 || missing+=(curl)
command -v unzip > /dev/null 2>&1 || missing+=(unzip)
command -v python3 > /dev/null 2>&1 || missing+=(python3)
command -v ss > /dev/null 2>&1 || missing+=(iproute2)
# Packages whose install would start a service (nginx on port 80, clamd, freshclam): a policy-rc.d
# forbids starting any service while they install; the tests start their own processes.
without_services() {
  local policy=/usr/sbin/policy-rc.d created=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" > /dev/null
    $SUDO chmod 755 "$policy"
    created=yes
  fi
  "$@" || { [ -z "$created" ] || $SUDO rm -f "$policy"; return 1; }
  if [ -n "$created" ]; then $SUDO rm -f "$policy"; fi
}
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian..."
  $SUDO apt-get update -qq
  without_services $SUDO apt-get install -y -qq "${missing[@]}" > /dev/null
fi

# ClamAV's daemon. Its package would start clamd and freshclam (which downloads signatures).
if [ ! -x /usr/sbin/clamd ]; then
  echo "Installing clamav-daemon from Debian (services not started, no signature download)..."
  $SUDO apt-get update -qq
  without_services $SUDO apt-get install -y -qq clamav-daemon > /dev/null
fi

# axe-core (accessibility checks injected by the Selenium tests), from the npm registry.
if ! command -v npm > /dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq nodejs npm > /dev/null
fi
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$here/portal-web/src/test/js/node_modules/axe-core/axe.min.js" ]; then
  (cd "$here/portal-web/src/test/js" && npm ci --no-audit --no-fund --loglevel=error)
fi

if ! $SUDO mariadb-admin --protocol=socket ping > /dev/null 2>&1 && ! mariadb-admin -h 127.0.0.1 -uroot ping > /dev/null 2>&1; then
  echo "Starting MariaDB..."
  $SUDO mkdir -p /run/mysqld
  $SUDO chown mysql:mysql /run/mysqld 2>/dev/null || true
  $SUDO start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do
    if $SUDO mariadb-admin --protocol=socket ping > /dev/null 2>&1; then break; fi
    sleep 1
  done
fi
$SUDO mariadb-admin --protocol=socket ping > /dev/null

# The integration tests drop and recreate this database: it must never be a real one.
$SUDO mariadb --protocol=socket -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS jht_portal_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS jht_portal_it_db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'jht_it'@'localhost' IDENTIFIED BY 'jht_it';
CREATE USER IF NOT EXISTS 'jht_it'@'127.0.0.1' IDENTIFIED BY 'jht_it';
GRANT ALL PRIVILEGES ON `jht_portal_it%`.* TO 'jht_it'@'localhost';
GRANT ALL PRIVILEGES ON `jht_portal_it%`.* TO 'jht_it'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
echo "Test environment ready: $(/usr/bin/chromium --version 2>/dev/null | head -1), MariaDB $(mariadb -V | sed 's/.*Distrib \([^,]*\).*/\1/'), $(/usr/sbin/clamd --version)"
