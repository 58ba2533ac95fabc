#!/usr/bin/env bash
# The test command of crosscheck: bash scripts/test.sh
#
# On a machine with Python >= 3.10 (with pip), cargo (with rustfmt and clippy) and access to
# PyPI and crates.io, it installs what it needs (scripts/test-requirements.txt), builds and
# installs crosscheck from this checkout (release build), and runs every check, stopping at
# the first that fails.
#
# What it installs, where: the test tools and crosscheck go into the interpreter $PYTHON
# (pip install, nothing else), so point PYTHON at a virtual environment to keep them out of
# your system Python:  python3 -m venv .venv && PYTHON=.venv/bin/python bash scripts/test.sh
# When a nightly toolchain is there, the fuzz step installs cargo-fuzz into ~/.cargo/bin
# (once). Build output stays in the checkout: target/, fuzz/target/, docs/_build/.
#
# The checks:
#   Rust:   cargo fmt --check; cargo clippy (with and without the python feature, -D warnings);
#           cargo test --no-default-features (the core, with no Python)
#   Python: ruff check; ruff format --check; mypy on the package; mypy.stubtest on the
#           extension; the API reference built by Sphinx with warnings as errors; every
#           notebook in notebooks/ executed end to end; pytest
#   Fuzz:   a short run of the whole-extraction fuzz target for FUZZ_SECONDS (default 10),
#           when nightly is there (the long runs of every target: bash scripts/fuzz.sh 600)
#
# Environment: PYTHON (default python3, else python) picks the interpreter;
# SKIP_INSTALL=1 skips installing the tools (they must be there already).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

PYTHON=${PYTHON:-$(command -v python3 || command -v python)}
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore PIP_NO_INPUT=1
export JUPYTER_PLATFORM_DIRS=1 PYTHONUTF8=1
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

STEP=""
TIMINGS=()
SCRIPT_START=$SECONDS

on_exit() {
    local status=$?
    if [[ $status -ne 0 && -n $STEP ]]; then
        printf '\n!!! FAILED: %s (exit status %d)\n' "$STEP" "$status" >&2
    fi
}
trap on_exit EXIT

# step NAME COMMAND...: print a header, run the command, record how long it took.
step() {
    STEP=$1
    shift
    printf '\n=== %s\n$ %s\n' "$STEP" "$*"
    local start=$SECONDS
    "$@"
    local took=$((SECONDS - start))
    TIMINGS+=("$(printf '%5ss  %s' "$took" "$STEP")")
    printf -- '--- ok: %s (%ss)\n' "$STEP" "$took"
}

echo "crosscheck test command in $ROOT"
echo "python: $PYTHON ($("$PYTHON" --version 2>&1)); $(cargo --version)"

if [[ ${SKIP_INSTALL:-0} != 1 ]]; then
    step "install test tools (PyPI)" \
        "$PYTHON" -m pip install -q -r scripts/test-requirements.txt
fi

# Rust first: formatting and lints are cheap and fail fast.
step "cargo fmt --check" cargo fmt --all -- --check --color never
step "cargo clippy (python feature)" cargo clippy --all-targets -- -D warnings
step "cargo clippy (no default features)" \
    cargo clippy --no-default-features --all-targets -- -D warnings
step "cargo test (core, no Python)" cargo test --no-default-features

step "ruff check" "$PYTHON" -m ruff check python tests scripts notebooks
step "ruff format --check" "$PYTHON" -m ruff format --check python tests scripts notebooks

# The wheel a user gets from `pip install .` (release build, abi3), installed into this
# interpreter; --no-build-isolation reuses the maturin installed above.
step "build and install crosscheck (maturin, release)" \
    "$PYTHON" -m pip install -q --no-build-isolation --no-deps --force-reinstall .

# From here on `import crosscheck` is the installed package (python/ is not on sys.path).
step "mypy (python package)" "$PYTHON" -m mypy python/crosscheck
# stubtest passes vacuously when there is no stub, so the stub must be there.
stubtest() {
    if [[ ! -f python/crosscheck/_core.pyi ]]; then
        echo "python/crosscheck/_core.pyi is missing: stubtest would check nothing" >&2
        return 1
    fi
    local args=(crosscheck._core)
    if [[ -f scripts/stubtest-allowlist.txt ]]; then
        args+=(--allowlist scripts/stubtest-allowlist.txt)
    fi
    "$PYTHON" -m mypy.stubtest "${args[@]}"
}
step "mypy.stubtest crosscheck._core" stubtest

step "API reference (Sphinx, warnings as errors)" \
    "$PYTHON" -m sphinx -W --keep-going -q -b html docs docs/_build/html
step "notebooks (executed end to end)" "$PYTHON" scripts/run_notebooks.py
step "pytest" "$PYTHON" -m pytest -q -p no:cacheprovider
step "fuzz (short run, needs nightly)" bash scripts/fuzz.sh "${FUZZ_SECONDS:-10}" extract

STEP=""
printf '\n=== all checks passed in %ss\n' "$((SECONDS - SCRIPT_START))"
printf '%s\n' "${TIMINGS[@]}"
