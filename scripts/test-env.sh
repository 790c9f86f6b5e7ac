#!/usr/bin/env bash
# Makes this machine ready for the test suite, idempotently: Debian's Chromium and chromedriver,
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
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian..."
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" > /dev/null
fi

# ClamAV's daemon. Its package would start clamd and freshclam (which downloads signatures): a
# policy-rc.d forbids starting any service during this install; the tests run their own clamd.
if [ ! -x /usr/sbin/clamd ]; then
  echo "Installing clamav-daemon from Debian (services not started, no signature download)..."
  policy=/usr/sbin/policy-rc.d
  created_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" > /dev/null
    $SUDO chmod 755 "$policy"
    created_policy=yes
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq clamav-daemon > /dev/null
  if [ -n "$created_policy" ]; then $SUDO rm -f "$policy"; fi
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
