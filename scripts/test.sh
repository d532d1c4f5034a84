#!/usr/bin/env bash
# The test command: install the test dependencies (the package with [test], and Debian's
# chromium for the browser tests when this machine can install it), then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing Debian's chromium for the browser tests" >&2
  (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }) \
    || echo "chromium could not be installed: the browser tests will be skipped" >&2
fi
.venv/bin/python -m pytest "$@"
