#!/usr/bin/env bash
# The production start time against an external PostgreSQL (issue 13; docs/performance.md, "Production start
# time"), in one command, from the repository root:
#
#   deploy/bench/start-time.sh                       # the jar in web-ui/target, 3 starts
#   RUNS=5 JAR=/tmp/app.jar deploy/bench/start-time.sh
#   BARE_JAR=deploy/bench/bare/target/bare-vaadin-boot-1.jar deploy/bench/start-time.sh   # also the bare jar
#     (a bare Vaadin + Boot application: ./mvnw -q -f deploy/bench/bare/pom.xml package -DskipTests)
#   AOT=1 deploy/bench/start-time.sh                 # also with a JDK 25 AOT cache (JEP 483/514), both jars
#   MIGRATE=false deploy/bench/start-time.sh         # without Liquibase, as the Helm chart's app pods start
#
# AOT=1: each jar is extracted (java -Djarmode=tools extract), one training run writes its AOT cache
# (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh: the context starts and stops), and every run is then
# made twice: without and with -XX:AOTCache. The training run needs the same database as the real one.
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

# The application's settings (a bare jar ignores them; it has no "prod" profile of its own)
export SPRING_PROFILES_ACTIVE=prod UITZICHT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    UITZICHT_DB_APP_PASSWORD=bench-not-the-default UITZICHT_SECRET_KEY=YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy0tLS0= \
    UITZICHT_DB_MIGRATE=${MIGRATE:-true}
APP_ARGS=(--server.port="$PORT" --spring.liquibase.parameters.app_password=uitzicht_app_dev --logging.level.root=WARN
    --logging.level.nl.uitzicht.UitzichtApplication=INFO)
# A bare jar needs the actuator's readiness probe (management.endpoint.health.probes.enabled=true).
BARE_ARGS=(--server.port="$PORT" --management.endpoint.health.probes.enabled=true --logging.level.root=INFO)
APP_RUN=$WORK/app.jar
BARE_RUN=${BARE_JAR:-}
VARIANTS=(plain)

# AOT=1: extract each jar and train its cache once (the cache belongs to exactly that jar and JDK)
if [[ -n "${AOT:-}" ]]; then
    train() { # name jar args...
        local name=$1 src=$2
        shift 2
        rm -rf "$WORK/$name-extracted" "$WORK/$name.aot"
        java -Djarmode=tools -jar "$src" extract --destination "$WORK/$name-extracted" > /dev/null
        local extracted
        extracted=$(ls "$WORK/$name-extracted"/*.jar | head -1)
        java $HEAP -XX:AOTCacheOutput="$WORK/$name.aot" -Dspring.context.exit=onRefresh -jar "$extracted" "$@" \
            > "$WORK/$name-training.log" 2>&1 || true   # the exit code after onRefresh is not the cache's
        [[ -s "$WORK/$name.aot" ]] || { echo "training $name wrote no cache; see $WORK/$name-training.log" >&2; exit 1; }
        echo "$extracted"
    }
    APP_RUN=$(train app "$WORK/app.jar" "${APP_ARGS[@]}")
    if [[ -n "$BARE_RUN" ]]; then BARE_RUN=$(train bare "$BARE_JAR" "${BARE_ARGS[@]}"); fi
    VARIANTS=(plain aot)
fi

echo "jar                run  variant  started_s  ready_s  load_average"
for ((r = 1; r <= RUNS; r++)); do
    for v in "${VARIANTS[@]}"; do
        aot=()
        [[ $v == aot ]] && aot=(-XX:AOTCache="$WORK/app.aot")
        printf 'uitzicht-prod       %d  %-7s  %s\n' "$r" "$v" "$(one_start "$WORK/app-$r-$v.log" \
            "http://127.0.0.1:$PORT/actuator/health/readiness" java $HEAP "${aot[@]}" -jar "$APP_RUN" "${APP_ARGS[@]}")"
        if [[ -n "$BARE_RUN" ]]; then
            aot=()
            [[ $v == aot ]] && aot=(-XX:AOTCache="$WORK/bare.aot")
            printf 'bare                %d  %-7s  %s\n' "$r" "$v" "$(one_start "$WORK/bare-$r-$v.log" \
                "http://127.0.0.1:$PORT/actuator/health/readiness" java $HEAP "${aot[@]}" -jar "$BARE_RUN" "${BARE_ARGS[@]}")"
        fi
    done
done
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); logs in $WORK"
