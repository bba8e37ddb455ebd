#!/usr/bin/env bash
# End-to-end benchmark of the worktime command: read a generated Korean dataset from disk, evaluate it, write the
# JSON report. Generates the dataset once (1,000,000 shifts by default), then times RUNS runs of `worktime check`
# and of `worktime pay`, printing each wall time, the median and the peak resident memory.
#
#   scripts/bench-e2e.sh [--shifts N] [--seed S] [--runs R] [--rebuild] [--keep] [--no-pay]
#
# Environment: JAVA_HOME (else scripts/java-home.sh finds a JDK 21+), JAVA_OPTS (extra JVM options for the CLI,
# e.g. "-Xmx4g"), MVN_ARGS (extra Maven options, e.g. "-o" to build offline).
# Needs the bench jar (worktime-bench/target/worktime-bench.jar) and the CLI jar (worktime-cli/target/worktime.jar);
# builds them when one is missing or when --rebuild is given. See docs/BENCHMARKS.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHIFTS=1000000
SEED=42
RUNS=5
REBUILD=0
KEEP=0
PAY=1

while [ $# -gt 0 ]; do
  case "$1" in
    --shifts) SHIFTS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --rebuild) REBUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    --no-pay) PAY=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

JAVA_HOME=$("$ROOT/scripts/java-home.sh")
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
BENCH_JAR="$ROOT/worktime-bench/target/worktime-bench.jar"
CLI_JAR="$ROOT/worktime-cli/target/worktime.jar"

if [ "$REBUILD" = 1 ] || [ ! -f "$BENCH_JAR" ] || [ ! -f "$CLI_JAR" ]; then
  echo "== Building the bench and CLI jars"
  (cd "$ROOT" && ./mvnw -q ${MVN_ARGS:-} -pl worktime-bench,worktime-cli -am package -DskipTests)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/worktime-e2e.XXXXXX")
if [ "$KEEP" = 0 ]; then
  trap 'rm -rf "$WORK"' EXIT
fi
DATA="$WORK/dataset"

echo "== Generating $SHIFTS shifts (seed $SEED) into $DATA"
"$JAVA" -cp "$BENCH_JAR" org.worktime.bench.KoreanDatasetGenerator --shifts "$SHIFTS" --seed "$SEED" --out "$DATA"
du -sh "$DATA"/* | sed 's/^/   /'

TIME_V=0
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
  TIME_V=1
fi

# Prints the median of the numbers on standard input.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run_command NAME: times RUNS runs of `worktime NAME DATA --format json --output FILE`.
run_command() {
  local name=$1 out="$WORK/report-$1.json" times=() rss=() i status wall kb
  echo "== worktime $name: $RUNS runs"
  for i in $(seq 1 "$RUNS"); do
    rm -f "$out"
    set +e
    if [ "$TIME_V" = 1 ]; then
      # shellcheck disable=SC2086
      /usr/bin/time -v -o "$WORK/time.txt" "$JAVA" ${JAVA_OPTS:-} -jar "$CLI_JAR" "$name" "$DATA" --format json --output "$out" \
        >"$WORK/stdout.txt" 2>"$WORK/stderr.txt"
      status=$?
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; printf "%.2f", s }' "$WORK/time.txt")
      kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
    else
      local start end
      start=$(date +%s.%N)
      # shellcheck disable=SC2086
      "$JAVA" ${JAVA_OPTS:-} -jar "$CLI_JAR" "$name" "$DATA" --format json --output "$out" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt"
      status=$?
      end=$(date +%s.%N)
      wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
      kb=""
    fi
    set -e
    # check exits 1 when it finds violations (the generated data has some); 2 and 3 are failures.
    if [ "$status" -gt 1 ]; then
      echo "worktime $name failed with exit code $status:" >&2
      tail -20 "$WORK/stderr.txt" >&2
      exit 1
    fi
    times+=("$wall")
    rss+=("${kb:-0}")
    printf '   run %d: %6.2f s wall%s, exit %d\n' "$i" "$wall" "${kb:+, peak RSS $((kb / 1024)) MiB}" "$status"
  done
  local med
  med=$(printf '%s\n' "${times[@]}" | median)
  printf '   median: %.2f s  (%s shifts: %s shifts/s end to end)  report %s\n' "$med" "$SHIFTS" \
    "$(awk -v n="$SHIFTS" -v t="$med" 'BEGIN { printf "%.0f", n / t }')" "$(du -h "$out" | cut -f1)"
  if [ "$TIME_V" = 1 ]; then
    printf '   median peak RSS: %s MiB\n' "$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%d", $1 / 1024 }')"
  fi
}

echo "== Machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
run_command check
if [ "$PAY" = 1 ]; then
  run_command pay
fi
if [ "$KEEP" = 1 ]; then
  echo "== Kept $WORK"
fi
