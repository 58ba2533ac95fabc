#!/usr/bin/env bash
# Run the cargo-fuzz targets of fuzz/: bash scripts/fuzz.sh [SECONDS [TARGET...]]
# (default: every target, quantity segment extract; the test command runs extract alone)
#
# Each target runs SECONDS (default 15) from the seed corpus fuzz/seeds/ (the bundled reports
# and the grammar cases) plus what earlier runs found (fuzz/corpus/, not committed). cargo-fuzz
# needs a nightly toolchain (libFuzzer and sanitizers): when `cargo +nightly` is missing this
# script says so and exits 0; when cargo-fuzz is missing it installs it from crates.io.
# A crash stops the run with its input in fuzz/artifacts/TARGET/. See fuzz/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../fuzz"
SECONDS_EACH=${1:-15}
shift || true
TARGETS=("$@")
if [[ ${#TARGETS[@]} -eq 0 ]]; then
    TARGETS=(quantity segment extract)
fi

if [[ $SECONDS_EACH == 0 ]]; then
    # libFuzzer reads -max_total_time=0 as "no limit": 0 seconds means no fuzzing at all.
    echo "fuzz: 0 seconds: nothing fuzzed"
    exit 0
fi
if ! cargo +nightly --version > /dev/null 2>&1; then
    echo "fuzz: no nightly toolchain (rustup toolchain install nightly): nothing fuzzed"
    exit 0
fi
if ! cargo +nightly fuzz --help > /dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz from crates.io"
    cargo install cargo-fuzz --locked --quiet
fi
for target in "${TARGETS[@]}"; do
    mkdir -p "corpus/$target"
    cp -n seeds/* "corpus/$target/" 2> /dev/null || true
    echo "fuzz: $target for ${SECONDS_EACH}s"
    log=$(mktemp)
    status=0
    cargo +nightly fuzz run "$target" "corpus/$target" -- \
        -max_total_time="$SECONDS_EACH" -max_len=4096 -print_final_stats=1 > "$log" 2>&1 \
        || status=$?
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|==[0-9]+==ERROR)" "$log" || true
    if [[ $status -ne 0 ]]; then
        tail -40 "$log"
        echo "fuzz: $target failed (exit $status); the input is in fuzz/artifacts/$target/"
        exit "$status"
    fi
    rm -f "$log"
done
