#!/usr/bin/env bash
# Makes sure what the test suite talks to is present: Chromium for the GraphiQL browser test,
# and the local PostgreSQL server. Runs before `npm test`; safe to run again.
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "ensure-test-deps: installing Chromium for the GraphiQL browser test (apt-get install chromium)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "ensure-test-deps: /usr/bin/chromium is missing; install it with 'sudo apt-get install chromium'" >&2
    exit 1
  fi
fi

bash "$(dirname "$0")/ensure-postgres.sh"
