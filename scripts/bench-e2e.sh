#!/usr/bin/env bash
# End-to-end benchmark of the worktime command against a DuckDB baseline: read a generated Korean dataset from disk,
# evaluate it, write the JSON report; and, on the same files, DuckDB's weekly hour sums and naive 52-hour check
# (org.worktime.bench.DuckDbBaseline). For each size, generates the dataset once, then times RUNS rounds, each round
# running in turn DuckDB, `worktime check` and `worktime pay` (alternation spreads the machine's ups and downs over
# all three), and prints each wall time, the medians, the peak resident memory and the ratios check/DuckDB and
# pay/DuckDB.
#
#   scripts/bench-e2e.sh [--shifts N[,N...]] [--seed S] [--runs R] [--rebuild] [--keep] [--no-pay]
#                        [--baseline | --no-baseline] [--duckdb-threads T] [--heap SIZE] [--threads N] [--no-cds]
#
#   --shifts      one size or a list: 100000, 100k, 1M, "100k,1M,4M,20M" (default 1M)
#   --heap        the CLI's maximum heap (-Xmx), e.g. 1g: proves the run fits (peak RSS is reported either way)
#   --threads     the CLI's --threads (default: its own, one per processor)
#   --baseline    time DuckDB too and print the ratios (the default); --no-baseline times only worktime
#   --duckdb-threads  DuckDB's threads (default: its own, one per core)
#   --no-cds      run the CLI without the class-data archive the `worktime` launchers give it (by default it runs with
#                 one, as they do: -XX:SharedArchiveFile with -XX:+AutoCreateSharedArchive, made by an untimed run first)
#
# Environment: JAVA_HOME (else scripts/java-home.sh finds a JDK 21+), JAVA_OPTS (extra JVM options for the CLI,
# e.g. "-Xmx4g"), MVN_ARGS (extra Maven options, e.g. "-o" to build offline), CLI_JAR (another build of the CLI to
# time, e.g. main's, for a before/after on the same machine).
# Needs the bench jar (worktime-bench/target/worktime-bench.jar) and the CLI jar (worktime-cli/target/worktime.jar);
# builds them when one is missing or when --rebuild is given. See docs/BENCHMARKS.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZES=1000000
SEED=42
RUNS=5
REBUILD=0
KEEP=0
PAY=1
BASELINE=1
DUCKDB_THREADS=0
HEAP=""
THREADS=""
CDS=1

while [ $# -gt 0 ]; do
  case "$1" in
    --shifts) SIZES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --rebuild) REBUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    --no-pay) PAY=0; shift ;;
    --baseline) BASELINE=1; shift ;;
    --no-baseline) BASELINE=0; shift ;;
    --duckdb-threads) DUCKDB_THREADS=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --cds) CDS=1; shift ;;
    --no-cds) CDS=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

# 100k -> 100000, 4M -> 4000000, 1_000_000 -> 1000000.
count() {
  local n=${1//_/}
  case "$n" in
    *[kK]) echo $(( ${n%[kK]} * 1000 )) ;;
    *[mM]) echo $(( ${n%[mM]} * 1000000 )) ;;
    *) echo "$n" ;;
  esac
}
SHIFT_COUNTS=()
IFS=',' read -r -a size_args <<<"$SIZES"
for s in "${size_args[@]}"; do
  n=$(count "$s")
  if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "--shifts: not a number of shifts: $s" >&2
    exit 2
  fi
  SHIFT_COUNTS+=("$n")
done
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "--runs: not a positive number: $RUNS" >&2
  exit 2
fi

JAVA_HOME=$("$ROOT/scripts/java-home.sh")
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
BENCH_JAR="$ROOT/worktime-bench/target/worktime-bench.jar"
CLI_JAR=${CLI_JAR:-"$ROOT/worktime-cli/target/worktime.jar"}
CLI_OPTS=()
[ -n "$HEAP" ] && CLI_OPTS+=("-Xmx$HEAP")
CLI_ARGS=()
[ -n "$THREADS" ] && CLI_ARGS+=(--threads "$THREADS")

if [ "$REBUILD" = 1 ] || [ ! -f "$BENCH_JAR" ] || [ ! -f "$CLI_JAR" ]; then
  echo "== Building the bench and CLI jars"
  (cd "$ROOT" && ./mvnw -q ${MVN_ARGS:-} -pl worktime-bench,worktime-cli -am package -DskipTests)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/worktime-e2e.XXXXXX")
if [ "$KEEP" = 0 ]; then
  trap 'rm -rf "$WORK"' EXIT
fi

if [ "$CDS" = 1 ]; then
  # As the launchers run the CLI (./worktime, the distribution's bin/worktime); the archive is made here once, untimed.
  CLI_OPTS+=("-XX:SharedArchiveFile=$WORK/worktime.jsa" -XX:+AutoCreateSharedArchive "-Xlog:cds*=off")
  "$JAVA" "${CLI_OPTS[@]}" -jar "$CLI_JAR" check "$ROOT/examples/kr-team" >/dev/null 2>&1 || true
fi

TIME_V=0
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
  TIME_V=1
fi

# Prints the median of the numbers on standard input.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# timed CMD...: runs CMD with its output in $WORK/stdout.txt and $WORK/stderr.txt; sets WALL (s), KB (peak RSS, empty
# without GNU time) and STATUS.
timed() {
  set +e
  if [ "$TIME_V" = 1 ]; then
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt"
    STATUS=$?
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; printf "%.2f", s }' "$WORK/time.txt")
    KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
  else
    local start end
    start=$(date +%s.%N)
    "$@" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt"
    STATUS=$?
    end=$(date +%s.%N)
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    KB=""
  fi
  set -e
}

# fail NAME: prints the end of the failed command's error output and stops.
fail() {
  echo "$1 failed with exit code $STATUS:" >&2
  tail -20 "$WORK/stderr.txt" >&2
  exit 1
}

# Per tool: the wall times, peak RSS (KiB) and, for DuckDB, the query time (its own clock, without the JVM and the
# unpacking of the native library), each a list of one value per run.
declare -A TIMES RSS
QUERY=""
SUMMARY=()

run_worktime() {
  local name=$1 data=$2 out="$WORK/report-$1.json"
  rm -f "$out"
  # shellcheck disable=SC2086
  timed "$JAVA" ${JAVA_OPTS:-} "${CLI_OPTS[@]}" -jar "$CLI_JAR" "$name" "$data" --format json --output "$out" "${CLI_ARGS[@]}"
  # check exits 1 when it finds violations (the generated data has some); 2 and above are failures.
  if [ "$STATUS" -gt 1 ]; then
    fail "worktime $name"
  fi
  TIMES[$name]+=" $WALL"
  RSS[$name]+=" ${KB:-0}"
  printf '   %-8s %7.2f s wall%s, exit %d\n' "$name" "$WALL" "${KB:+, peak RSS $((KB / 1024)) MiB}" "$STATUS"
}

run_duckdb() {
  local data=$1 line query
  rm -rf "$WORK/duckdb"
  timed "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$BENCH_JAR" org.worktime.bench.DuckDbBaseline "$data" --out "$WORK/duckdb" \
    --threads "$DUCKDB_THREADS"
  if [ "$STATUS" != 0 ]; then
    fail "DuckDbBaseline"
  fi
  line=$(tail -1 "$WORK/stdout.txt")
  # "... 3.013 s (of which 1.481 s loading DuckDB)": the query is the difference.
  query=$(sed -n 's/.* \([0-9.]*\) s (of which \([0-9.]*\) s loading DuckDB).*/\1 \2/p' <<<"$line" | awk '{ printf "%.3f", $1 - $2 }')
  TIMES[duckdb]+=" $WALL"
  RSS[duckdb]+=" ${KB:-0}"
  QUERY+=" $query"
  printf '   %-8s %7.2f s wall%s, query %s s\n' duckdb "$WALL" "${KB:+, peak RSS $((KB / 1024)) MiB}" "$query"
  DUCKDB_LINE=$line
}

med_of() {
  # shellcheck disable=SC2086
  printf '%s\n' $1 | median
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'
}

echo "== Machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== CLI: $CLI_JAR${HEAP:+, -Xmx$HEAP}${THREADS:+, --threads $THREADS}$([ "$CDS" = 1 ] && echo ", class-data archive")"
for SHIFTS in "${SHIFT_COUNTS[@]}"; do
  DATA="$WORK/dataset-$SHIFTS"
  echo "== Generating $SHIFTS shifts (seed $SEED) into $DATA"
  "$JAVA" -cp "$BENCH_JAR" org.worktime.bench.KoreanDatasetGenerator --shifts "$SHIFTS" --seed "$SEED" --out "$DATA"
  du -sh "$DATA"/* | sed 's/^/   /'
  TIMES=()
  RSS=()
  QUERY=""
  tools="check"
  [ "$PAY" = 1 ] && tools+=" pay"
  order="$tools"
  [ "$BASELINE" = 1 ] && order="duckdb $tools"
  echo "== $RUNS rounds of: $order (load $(cut -d' ' -f1-3 /proc/loadavg))"
  for i in $(seq 1 "$RUNS"); do
    echo "   round $i"
    if [ "$BASELINE" = 1 ]; then
      run_duckdb "$DATA"
    fi
    for t in $tools; do
      run_worktime "$t" "$DATA"
    done
  done
  if [ "$BASELINE" = 1 ]; then
    echo "   duckdb: ${DUCKDB_LINE#DuckDB }"
  fi
  echo "== Medians, $SHIFTS shifts (load now $(cut -d' ' -f1-3 /proc/loadavg))"
  row="| $SHIFTS"
  for t in $tools; do
    m=$(med_of "${TIMES[$t]}")
    printf '   %-8s %7.2f s  (%s shifts/s end to end, %s us/shift)%s  report %s\n' "$t" "$m" \
      "$(awk -v n="$SHIFTS" -v t="$m" 'BEGIN { printf "%.0f", n / t }')" \
      "$(awk -v n="$SHIFTS" -v t="$m" 'BEGIN { printf "%.2f", t * 1e6 / n }')" \
      "$([ "$TIME_V" = 1 ] && printf ', peak RSS %d MiB' "$(med_of "${RSS[$t]}" | awk '{ printf "%d", $1 / 1024 }')")" \
      "$(du -h "$WORK/report-$t.json" | cut -f1)"
    row+=" | $(printf '%.2f' "$m") s | $(med_of "${RSS[$t]}" | awk '{ printf "%d", $1 / 1024 }') MiB"
  done
  if [ "$BASELINE" = 1 ]; then
    d=$(med_of "${TIMES[duckdb]}")
    q=$(med_of "$QUERY")
    printf '   %-8s %7.2f s  (query alone %.2f s)%s\n' duckdb "$d" "$q" \
      "$([ "$TIME_V" = 1 ] && printf ', peak RSS %d MiB' "$(med_of "${RSS[duckdb]}" | awk '{ printf "%d", $1 / 1024 }')")"
    printf '   ratio check/DuckDB %s (against the query alone %s)\n' "$(ratio "$(med_of "${TIMES[check]}")" "$d")" \
      "$(ratio "$(med_of "${TIMES[check]}")" "$q")"
    row+=" | $(printf '%.2f' "$d") s ($(printf '%.2f' "$q") s) | $(med_of "${RSS[duckdb]}" | awk '{ printf "%d", $1 / 1024 }') MiB"
    row+=" | $(ratio "$(med_of "${TIMES[check]}")" "$d")"
    if [ "$PAY" = 1 ]; then
      printf '   ratio pay/DuckDB   %s (against the query alone %s)\n' "$(ratio "$(med_of "${TIMES[pay]}")" "$d")" \
        "$(ratio "$(med_of "${TIMES[pay]}")" "$q")"
      row+=" | $(ratio "$(med_of "${TIMES[pay]}")" "$d")"
    fi
  fi
  SUMMARY+=("$row |")
  if [ "$KEEP" = 0 ]; then
    rm -rf "$DATA" "$WORK"/report-*.json "$WORK/duckdb"
  fi
done

echo "== Summary (medians of $RUNS; markdown for docs/BENCHMARKS.md)"
header="| shifts"
for t in $tools; do
  header+=" | $t | $t RSS"
done
if [ "$BASELINE" = 1 ]; then
  header+=" | DuckDB (query alone) | DuckDB RSS | check/DuckDB"
  [ "$PAY" = 1 ] && header+=" | pay/DuckDB"
fi
echo "$header |"
printf '%s\n' "${SUMMARY[@]}"
if [ "$KEEP" = 1 ]; then
  echo "== Kept $WORK"
fi
