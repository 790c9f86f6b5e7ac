#!/usr/bin/env bash
# Runs the whole test suite: formatting check, unit tests, and the integration tests (Arquillian on
# Payara Micro against MariaDB, Selenium in headless Chromium). Prepares the machine first.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/test-env.sh
mvn -B verify "$@"
