#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh

install_dependencies
configure_build
cmake --build build

# A second build with clang, AddressSanitizer and UBSan: the libFuzzer targets
# and a sanitized CLI for the corrupted-file test.
CC=clang CXX=clang++ cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Release -DTALLER_FUZZ=ON $(compiler_launcher) >/dev/null
cmake --build build-sanitize --target taller-abierto-cli fuzz_tabular_reader fuzz_acta_canonical
fuzz_seconds="${TALLER_FUZZ_SECONDS:-20}"
# fuzz NAME SEED…: runs build-sanitize/tests/fuzz/fuzz_NAME from the seeds for
# fuzz_seconds; a crash, a leak or a broken invariant fails the script.
fuzz() {
  local name="$1"; shift
  local corpus
  corpus=$(mktemp -d)
  cp "$@" "$corpus"/
  echo "Fuzzing $name from $(basename -a "$@" | tr '\n' ' ')for ${fuzz_seconds}s"
  if ! QT_QPA_PLATFORM=offscreen build-sanitize/tests/fuzz/fuzz_"$name" -max_total_time="$fuzz_seconds" -max_len=8192 \
      -print_final_stats=1 "$corpus" > "$corpus.log" 2>&1; then
    tail -40 "$corpus.log"
    exit 1
  fi
  grep -E "^(Done|stat::average_exec_per_sec)" "$corpus.log"
  rm -rf "$corpus" "$corpus.log"
}
# The tabular reader on its own (bytes in, a table or a refusal out): from
# text lists it runs thousands of inputs a second; workbooks (zip and XML)
# are fuzzed apart, so that their slower inputs do not starve the text.
fuzz tabular_reader tests/fuzz/corpus/csv/*.csv
fuzz tabular_reader tests/fuzz/corpus/csv/*.xlsx tests/fuzz/corpus/csv/*.ods
# The acta's canonical text.
fuzz acta_canonical tests/fuzz/corpus/acta/*

export TALLER_SANITIZED_CLI="$PWD/build-sanitize/app/taller-abierto-cli"
ctest --test-dir build --output-on-failure --timeout 900 -j "$(nproc)"
