#!/usr/bin/env bash
# Retained heap per session per screen, and the production start time (issue 13; docs/performance.md,
# "Session weight"). One command, from the repository root:
#
#   deploy/bench/session-weight.sh            # N=20 sessions per screen
#   SESSIONS=50 SKIP_BUILD=1 deploy/bench/session-weight.sh
#   ONLY='dashboard|round-comparison' DRIVER_FLAGS=--no-ack SKIP_BUILD=1 deploy/bench/session-weight.sh
#
# What it does: builds the jar (unless SKIP_BUILD=1) and copies it to $WORK; creates the database $DB on
# the PostgreSQL at $PGHOST:$PGPORT if it is missing and fills it once with the demo data (one run of the
# jar in demo mode, stopped when ready); makes one generated scoring round of PO2999 the region
# administrator's, so a demo account sees a comparison; starts the jar under the prod profile (Vaadin
# production mode, no demo code) against that database and times the start (the "Started ... in" line and
# the first readiness UP); then runs SessionWeight.java, which opens N sessions per screen and reads the
# live heap before and after with jcmd. Stops the application it started (by pid) at the end.
# Needs: JDK 25 (JAVA_HOME), psql, curl; PostgreSQL reachable as $PGUSER without a password (trust), as
# on the development machines. Traffic goes to 127.0.0.1 only.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DB=${DB:-uitzicht_heap}
PORT=${PORT:-8205}
SESSIONS=${SESSIONS:-20}
WARMUP=${WARMUP:-3}
HEAP=${HEAP:--Xmx1g}
WORK=${WORK:-/tmp/session-weight}
MVN_FLAGS=${MVN_FLAGS:-}
mkdir -p "$WORK"
export PGHOST PGPORT PGUSER

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q $MVN_FLAGS -pl web-ui -am -DskipTests package
fi
cp "${JAR:-web-ui/target/web-ui-0.1.0-SNAPSHOT.jar}" "$WORK/app.jar"

DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
# The role uitzicht_app is shared by every database of the server: the migration creates it with the
# development password when it is missing and leaves it alone otherwise. PostgreSQL here trusts local
# logins, so the datasource may carry a password of its own, which the prod profile requires.
COMMON=(--server.port="$PORT" --spring.liquibase.parameters.app_password=uitzicht_app_dev
    --logging.level.root=WARN --logging.level.nl.uitzicht.UitzichtApplication=INFO)

APP_PID=
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT

# Polls readiness until UP (or the process ends, or READY_TIMEOUT s); prints the seconds since $1 (date +%s.%N).
wait_ready() {
    local start=$1 i
    for ((i = 0; i < ${READY_TIMEOUT:-900} * 10; i++)); do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "the application stopped; see the logs in $WORK" >&2
            return 1
        fi
        if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            echo "$(date +%s.%N) - $start" | bc
            return 0
        fi
        sleep 0.1
    done
    echo "not ready after ${READY_TIMEOUT:-900} s" >&2
    return 1
}

if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    psql -d postgres -qc "create database $DB"
fi
if ! psql -d "$DB" -tAc "select count(*) from user_account where email = 'ib@waterlinie.demo'" 2>/dev/null | grep -q 1; then
    echo "filling $DB with the demo data (once; see $WORK/seed.log)"
    start=$(date +%s.%N)
    UITZICHT_DB_URL=$DB_URL UITZICHT_DEMO=true java -jar "$WORK/app.jar" "${COMMON[@]}" \
        --logging.level.nl.uitzicht.demo=INFO >"$WORK/seed.log" 2>&1 &
    APP_PID=$!
    wait_ready "$start" >/dev/null
    stop_app
fi

# A generated scoring round of PO2999 (all raters submitted), organised by the demo region administrator.
psql -d "$DB" -qc "
    update scoring_round set organiser_id = (select id from user_account where email = 'beheer@waterlinie.demo'),
           organiser_name = 'Benchmark'
     where id = (select r.id from scoring_round r join region g on g.id = r.tenant_id
                  where g.code = 'PO2999' order by r.name limit 1)"
ROUND=$(psql -d "$DB" -tAc "select r.id from scoring_round r
    join user_account a on a.id = r.organiser_id where a.email = 'beheer@waterlinie.demo' order by r.name limit 1")
# The OPP with the fullest plan of the demo school staff (most goals, factors and monitoring entries).
OPP=$(psql -d "$DB" -tAc "select o.id from opp o join school s on s.id = o.school_id
    join opp_version v on v.opp_id = o.id and v.version_no = o.current_version_no
    where s.brin || s.vestiging in ('99AA00', '99AB00')
    order by (select count(*) from opp_goal g where g.version_id = v.id)
           + (select count(*) from opp_factor f where f.version_id = v.id)
           + (select count(*) from opp_version w where w.opp_id = o.id) desc, o.id limit 1")
[[ -n "$ROUND" && -n "$OPP" ]] || { echo "no scoring round or OPP found in $DB" >&2; exit 1; }

echo "starting the production jar (prod profile) on port $PORT against $DB_URL"
start=$(date +%s.%N)
SPRING_PROFILES_ACTIVE=prod UITZICHT_DB_URL=$DB_URL UITZICHT_DB_APP_PASSWORD=bench-not-the-default \
    UITZICHT_SECRET_KEY=YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy0tLS0= \
    java $HEAP -jar "$WORK/app.jar" "${COMMON[@]}" >"$WORK/app.log" 2>&1 &
APP_PID=$!
ready=$(wait_ready "$start")
started=$(grep -o 'Started UitzichtApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' | head -1)
printf 'production start: "Started" after %s s (JVM uptime), readiness UP %.2f s after launch\n' "$started" "$ready" \
    | tee "$WORK/start.txt"

# The dashboard comes last: its data stays in the near cache for 10 minutes, and its expiry would be
# counted against the screen measured at that moment.
SCREENS=(
    "reference-home|ib@waterlinie.demo|-|"
    "opp-editor|ib@waterlinie.demo|opp/plan/$OPP|opp-tabs"
    "opp-list|ib@waterlinie.demo|opp|opp-grid"
    "achterban|trainer2@waterlinie.demo|achterban|stakeholder-grid"
    "round-comparison|beheer@waterlinie.demo|analyse/ronde/$ROUND|comparison-grid"
    "dashboard|beleid@waterlinie.demo|dashboard|rates-chart")
ARGS=()
for s in "${SCREENS[@]}"; do
    # ONLY=dashboard (an extended regular expression on the screen's name) measures some screens only.
    [[ "${s%%|*}" =~ ^(${ONLY:-.*})$ ]] && ARGS+=(--screen "$s")
done
java deploy/bench/SessionWeight.java --base "http://127.0.0.1:$PORT/" --pid "$APP_PID" \
    --sessions "$SESSIONS" --warmup "$WARMUP" --out "$WORK" ${DRIVER_FLAGS:-} "${ARGS[@]}"
echo "histograms and report: $WORK; commit $(git -C "$ROOT" rev-parse --short HEAD)"
