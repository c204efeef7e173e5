#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest).
# The real-world sample suite runs when TINTYPE_SAMPLES points at shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
ctest --preset dev
