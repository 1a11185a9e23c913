#!/usr/bin/env bash
# The production start time against an external PostgreSQL (issue 13; docs/performance.md, "Production start
# time"), in one command, from the repository root:
#
#   deploy/bench/start-time.sh                       # the jar in web-ui/target, 3 starts
#   RUNS=5 JAR=/tmp/app.jar deploy/bench/start-time.sh
#   BARE_JAR=/path/to/bare-vaadin-boot.jar deploy/bench/start-time.sh   # also a bare Vaadin + Boot jar, same way
#
# Starts the jar RUNS times under the prod profile (Vaadin production mode, no demo code) against the database
# $DB on the PostgreSQL at 127.0.0.1:5432, which must exist with its migrations applied (deploy/bench/
# session-weight.sh makes uitzicht_heap), and reports per start the "Started ... in" line (JVM uptime) and
# the time from launch to the first readiness UP. The load average is printed with each start: on a shared
# machine the times measure the machine as much as the application. Stops every JVM it started (by pid).
# Needs: JDK 25 (JAVA_HOME), curl. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
DB=${DB:-uitzicht_heap}
PORT=${PORT:-8211}
RUNS=${RUNS:-3}
HEAP=${HEAP:--Xmx1g}
WORK=${WORK:-/tmp/start-time}
mkdir -p "$WORK"
cp "${JAR:-web-ui/target/web-ui-0.1.0-SNAPSHOT.jar}" "$WORK/app.jar"

APP_PID=
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT

# One start of "$@" (a java command line); prints: started-after-s ready-after-s load-average
one_start() {
    local log=$1 health=$2
    shift 2
    local start i
    start=$(date +%s.%N)
    "$@" >"$log" 2>&1 &
    APP_PID=$!
    for ((i = 0; i < ${READY_TIMEOUT:-900} * 10; i++)); do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $log" >&2; return 1; }
        if curl -fs "$health" 2>/dev/null | grep -q '"UP"'; then
            local ready started
            ready=$(echo "$(date +%s.%N) - $start" | bc)
            started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' | grep -o '[0-9.]*' | head -1)
            printf '%s %.2f %s\n' "${started:-?}" "$ready" "$(cut -d' ' -f1 /proc/loadavg)"
            stop_app
            return 0
        fi
        sleep 0.1
    done
    echo "not ready after ${READY_TIMEOUT:-900} s" >&2
    return 1
}

echo "jar                run  started_s  ready_s  load_average"
for ((r = 1; r <= RUNS; r++)); do
    printf 'uitzicht-prod       %d  %s\n' "$r" "$(SPRING_PROFILES_ACTIVE=prod \
        UITZICHT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" UITZICHT_DB_APP_PASSWORD=bench-not-the-default \
        UITZICHT_SECRET_KEY=YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy0tLS0= \
        one_start "$WORK/app-$r.log" "http://127.0.0.1:$PORT/actuator/health/readiness" \
        java $HEAP -jar "$WORK/app.jar" --server.port="$PORT" \
        --spring.liquibase.parameters.app_password=uitzicht_app_dev --logging.level.root=WARN \
        --logging.level.nl.uitzicht.UitzichtApplication=INFO)"
    if [[ -n "${BARE_JAR:-}" ]]; then
        # A bare jar needs the actuator's readiness probe (management.endpoint.health.probes.enabled=true).
        printf 'bare               %d  %s\n' "$r" "$(one_start "$WORK/bare-$r.log" \
            "http://127.0.0.1:$PORT/actuator/health/readiness" \
            java $HEAP -jar "$BARE_JAR" --server.port="$PORT" --management.endpoint.health.probes.enabled=true \
            --logging.level.root=INFO)"
    fi
done
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); logs in $WORK"
