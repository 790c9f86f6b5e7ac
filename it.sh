#!/usr/bin/env bash
# Developer shortcut: build everything (no unit tests) and run the named integration test classes,
# e.g. ./it.sh ClaimWizardIT,FoundationIT
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test="${1:-*IT}" "${@:2}"
