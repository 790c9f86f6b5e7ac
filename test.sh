#!/usr/bin/env bash
# Runs the whole test suite: formatting check, unit tests, the integration tests (Arquillian on
# Payara Micro against MariaDB, Selenium in headless Chromium). Prepares the machine first. Maven's
# options go to Maven, e.g. ./test.sh -Dit.http.port=...
#
# CLUSTER_TESTS=1 ./test.sh then runs the cluster and fault tests (scripts/cluster/test.sh: two nodes
# behind nginx on their own MariaDB) with the WAR that build just made; their last line says
# "cluster: N passed, M failed". They are not on by default yet: with round robin and no sticky
# sessions a participant's postback still reaches the other node before Payara has replicated the
# session there now and then ("page expired"; issue 12's stateless participant requests remove the
# cause), so they do not pass reliably enough to gate a landing.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/test-env.sh
mvn -B verify "$@"
# CLUSTER_TESTS=1 runs all of them (the cluster script itself reads CLUSTER_TESTS as a list of test
# numbers, so it gets an empty list, which means all); a list such as "2 5" runs only those.
case "${CLUSTER_TESTS:-0}" in
  0) ;;
  1) CLUSTER_TESTS="" CLUSTER_SKIP_BUILD=1 scripts/cluster/test.sh ;;
  *) CLUSTER_SKIP_BUILD=1 scripts/cluster/test.sh ;;
esac
