#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh

install_dependencies
configure_build
cmake --build build
ctest --test-dir build --output-on-failure --timeout 600 -j "$(nproc)"
