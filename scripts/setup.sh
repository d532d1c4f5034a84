#!/usr/bin/env bash
# Create .venv and install onrecord with its pinned dependencies (all from PyPI).
# Usage: bash scripts/setup.sh [EXTRAS]   e.g. `bash scripts/setup.sh test` adds the test tools;
# with no argument only the package and what it needs to run are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
EXTRAS=${1:-}
TARGET=.
[ -z "$EXTRAS" ] || TARGET=".[$EXTRAS]"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e "$TARGET" 2>/dev/null || .venv/bin/python -m pip install -q -e "$TARGET"
