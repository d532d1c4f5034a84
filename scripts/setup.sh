#!/usr/bin/env bash
# Create .venv and install onrecord with its pinned dependencies (all from PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[$1]" 2>/dev/null || .venv/bin/python -m pip install -q -e ".[$1]"
