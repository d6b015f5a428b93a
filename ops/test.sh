#!/usr/bin/env bash
# The default test suite: installs what it needs, then runs every test that does not read ../shared.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/ops/install-test-deps.sh"
cd "$here"
exec mvn -B -ntp test "$@"
