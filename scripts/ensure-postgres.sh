#!/usr/bin/env bash
# Starts the local PostgreSQL server the contract suites and e2e specs use (127.0.0.1:5432) if it
# is down, and waits until it accepts connections. Safe to run again.
set -euo pipefail

if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then exit 0; fi
if ! command -v pg_ctlcluster >/dev/null || [ ! -d /etc/postgresql ]; then
  echo "ensure-postgres: no PostgreSQL answers on 127.0.0.1:5432 and none is installed here (apt-get install postgresql)" >&2
  exit 1
fi
echo "ensure-postgres: starting the local PostgreSQL server"
pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then exit 0; fi
  sleep 0.5
done
echo "ensure-postgres: PostgreSQL did not accept connections on 127.0.0.1:5432 within 30 s" >&2
exit 1
