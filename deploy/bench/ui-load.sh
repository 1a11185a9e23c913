#!/usr/bin/env bash
# The UI load benchmark (issue 13; docs/performance.md, "UI load"; ADR 0076), in one command.
#
#   deploy/bench/ui-load.sh prepare          # once: region-scale data + the benchmark's accounts
#   deploy/bench/ui-load.sh run [USERS] [NODES]
#
# prepare: creates database $DB (if missing) on the local PostgreSQL, generates region PO2998 in it
#   (250 schools, 100,000 pupils, 5,000 OPPs; the application's generator), analyses it, and makes the
#   accounts (school staff, policy, trainers) with the users file $WORK/users.txt.
# run: starts NODES (1 or 2) app nodes from $JAR on ports 8206/8207 (management 9206/9207), on the same
#   database and one throwaway Redis (port 6395), runs the protocol-level driver (nl.uitzicht.demo.benchmark.UiLoad)
#   with USERS simulated people (each pinned to one node), writes the report to $WORK, stops what it started.
# Settings (environment): DB (uitzicht_load), JAR (web-ui/target/web-ui-*.jar, copied to $WORK), WORK
#   (/tmp/uitzicht-ui-load), RAMP (30 s), STEADY (60 s), THINK (2000-5000 ms), HEAP (1g), MIX, DASHBOARD_FRESHNESS
#   (1m, as the prod profile; 0s: every dashboard at the current data version), NODE_OPTS
#   (extra JVM options for the nodes, e.g. a flight recording: -XX:StartFlightRecording=filename=/tmp/n.jfr),
#   PIN (set to 1: node n runs on CPU n-1 only, via taskset, so that one node and two nodes can be compared on
#   one machine with a core per node; PostgreSQL and the driver still use every CPU).
# Only 127.0.0.1 is ever a target. Needs JAVA_HOME (JDK 25), psql, redis-server.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-uitzicht_load}
WORK=${WORK:-/tmp/uitzicht-ui-load}
RAMP=${RAMP:-30}
STEADY=${STEADY:-60}
THINK=${THINK:-2000-5000}
HEAP=${HEAP:-1g}
MIX=${MIX:-SCHOOL_STAFF=80,POLICY=15,TRAINER=5}
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"   # JDK 25: the jar does not start on an older java
JAVA=$JAVA_HOME/bin/java
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
mkdir -p "$WORK"

jar() {
  if [[ ! -f "$WORK/app.jar" || -n "${JAR:-}" ]]; then
    local src=${JAR:-$(ls web-ui/target/web-ui-*-SNAPSHOT.jar | head -1)}
    cp "$src" "$WORK/app.jar"          # a later build does not replace it under the running JVM
  fi
  # the driver: the demo module and the platform classes it uses (the application clock)
  rm -rf "$WORK/driver"
  unzip -o -q -j "$WORK/app.jar" 'BOOT-INF/lib/demo-*.jar' 'BOOT-INF/lib/platform-*.jar' -d "$WORK/driver"
}

prepare() {
  jar
  if ! psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -c "create database $DB"
  fi
  UITZICHT_DB_URL=$DB_URL UITZICHT_DEMO=false "$JAVA" -jar "$WORK/app.jar" --server.port=0 \
    --uitzicht.generate.enabled=true --uitzicht.generate.national=0 > "$WORK/generate.log" 2>&1
  psql -h 127.0.0.1 -U postgres "$DB" -c 'vacuum (analyze)'
  UITZICHT_DB_URL=$DB_URL UITZICHT_DEMO=false "$JAVA" -jar "$WORK/app.jar" --server.port=0 \
    --uitzicht.benchmark.ui-load.users-file="$WORK/users.txt" > "$WORK/seed.log" 2>&1
  wc -l "$WORK/users.txt"
}

PIDS=()
stop() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}

run() {
  local users=${1:-50} nodes=${2:-1}
  jar
  [[ -f "$WORK/users.txt" ]] || { echo "no $WORK/users.txt: run '$0 prepare' first" >&2; exit 2; }
  trap stop EXIT
  redis-server --port 6395 --bind 127.0.0.1 --save '' --appendonly no > "$WORK/redis.log" 2>&1 &
  PIDS+=($!)
  local bases=() metrics=() pids=()
  for ((n = 0; n < nodes; n++)); do
    local port=$((8206 + n)) mgmt=$((9206 + n))
    local pin=()
    [[ -n "${PIN:-}" ]] && pin=(taskset -c "$n")
    UITZICHT_DB_CONNECT_TIMEOUT_SECONDS=30 UITZICHT_DB_URL=$DB_URL UITZICHT_DEMO=false UITZICHT_REDIS_ENABLED=true UITZICHT_REDIS_URL=redis://127.0.0.1:6395 \
      "${pin[@]}" "$JAVA" -Xmx"$HEAP" ${NODE_OPTS:-} -jar "$WORK/app.jar" --server.port=$port --management.server.port=$mgmt \
      --vaadin.productionMode=true --uitzicht.dashboard.freshness="${DASHBOARD_FRESHNESS:-1m}" \
      --uitzicht.cluster.node-name=load-$((n + 1)) --spring.liquibase.enabled=$([[ $n == 0 ]] && echo true || echo false) \
      > "$WORK/node$((n + 1)).log" 2>&1 &
    PIDS+=($!)
    pids+=($!)
    bases+=("http://127.0.0.1:$port/")
    metrics+=("http://127.0.0.1:$mgmt/actuator/prometheus")
    for _ in $(seq 1 900); do
      curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && break
      kill -0 "${pids[-1]}" 2>/dev/null || { echo "node $((n + 1)) stopped; see $WORK/node$((n + 1)).log" >&2; exit 1; }
      sleep 1
    done
  done
  local IFS=,
  local out="$WORK/report-${users}u-${nodes}n-$(date -u +%H%M).md"
  "$JAVA" -cp "$(ls "$WORK"/driver/demo-*.jar | head -1):$(ls "$WORK"/driver/platform-*.jar | head -1)" \
    nl.uitzicht.demo.benchmark.UiLoad \
    --users-file "$WORK/users.txt" --users "$users" --base "${bases[*]}" --pid "${pids[*]}" \
    --metrics "${metrics[*]}" --ramp "$RAMP" --steady "$STEADY" --think "$THINK" --mix "$MIX" \
    --label "UI load: $users users, $nodes node(s), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')" \
    --out "$out" || true
  echo "report: $out"
}

case "${1:-}" in
  prepare) prepare ;;
  run) shift; run "$@" ;;
  *) sed -n '2,20p' "$0"; exit 2 ;;
esac
