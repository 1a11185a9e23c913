#!/usr/bin/env bash
# Runs the fault tests (ADR 0074) and prints their measured table: a throwaway PostgreSQL 15 and Redis
# are started, broken and stopped again; nothing else on the machine is touched. Needs PostgreSQL 15's
# server binaries (/usr/lib/postgresql/15/bin, or PG_BIN=...), redis-server and Chromium, as the test
# suite does. Extra arguments go to Maven (e.g. -o, -Dmaven.repo.local=...).
# The table lands in web-ui/target/reliability/results.md; docs/reliability.md quotes it.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -pl web-ui -am verify \
  -Dgroups=own-jvm -Dtest=FaultsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpg.bin="${PG_BIN:-/usr/lib/postgresql/15/bin}" "$@"
cat web-ui/target/reliability/results.md
