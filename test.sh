#!/usr/bin/env bash
# Runs the whole test suite: formatting check, unit tests, the integration tests (Arquillian on
# Payara Micro against MariaDB, Selenium in headless Chromium), then the cluster and fault tests
# (scripts/cluster/test.sh: two nodes behind nginx on their own MariaDB) with the WAR that build
# just made. Prepares the machine first. Maven's options go to Maven, e.g. ./test.sh -Dit.http.port=...;
# the cluster's ports come from CLUSTER_NGINX_PORT, CLUSTER_PORT1, CLUSTER_PORT2, CLUSTER_DB_PORT.
# The last line says "cluster: N passed, M failed"; the exit status is 0 only when everything passed.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/test-env.sh
mvn -B verify "$@"
CLUSTER_SKIP_BUILD=1 scripts/cluster/test.sh
