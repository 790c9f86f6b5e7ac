#!/usr/bin/env bash
# Runs the whole test suite: formatting check, unit tests, the integration tests (Arquillian on
# Payara Micro against MariaDB, Selenium in headless Chromium), then the cluster and fault tests
# (scripts/cluster/test.sh: two nodes behind nginx on their own MariaDB, whole claims under load,
# MariaDB restarted and a node killed; its last line says "cluster: N passed, M failed") with the
# WAR the build just made. Prepares the machine first. Maven's options go to Maven, e.g.
# ./test.sh -Dit.http.port=...
#
# CLUSTER_TESTS=0 ./test.sh leaves the cluster tests out; a list such as CLUSTER_TESTS="2 5" runs
# only those.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/test-env.sh
mvn -B verify "$@"
# The cluster script itself reads CLUSTER_TESTS as a list of test numbers, an empty list meaning all.
case "${CLUSTER_TESTS:-all}" in
  0) ;;
  all | 1) CLUSTER_TESTS="" CLUSTER_SKIP_BUILD=1 scripts/cluster/test.sh ;;
  *) CLUSTER_SKIP_BUILD=1 scripts/cluster/test.sh ;;
esac
