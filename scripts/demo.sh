#!/usr/bin/env bash
# The main job on the bundled example: install, then extract the seed article as a table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/onrecord extract examples/seed-article.txt "$@"
