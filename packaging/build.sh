#!/usr/bin/env bash
# Installs what is missing and builds Tintype (preset "dev": optimised, with tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
bash packaging/fetch-models.sh # face models and place names (npm pack, once); tests need them
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset dev >/dev/null
cmake --build --preset dev
