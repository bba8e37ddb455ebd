#!/usr/bin/env bash
# The answers-unchanged check (issue 16): writes what `worktime check` and `worktime pay` answer, as JSON, for the
# bundled examples (examples/kr-team, us-team, jp-team, ai-lab) and for a generated 1,000,000-shift Korean dataset
# (KoreanDatasetGenerator, seed 42) into a folder; with --compare DIR, compares that folder byte for byte with an
# earlier run's, so that a change to how the engine reads, evaluates or writes can show that the answers did not change.
#
#   scripts/answers-check.sh [--out DIR] [--compare DIR] [--shifts N] [--seed S] [--no-generated] [--rebuild]
#
#   --out DIR       where to write (default: $TMPDIR/worktime-answers-<commit>); must not exist or be empty
#   --compare DIR   afterwards, compare with DIR (an earlier --out); exit 1 if anything differs
#   --shifts N      size of the generated dataset (default 1000000; 100k and 1M forms accepted)
#   --no-generated  only the bundled examples (seconds instead of minutes)
#
# For each dataset NAME the folder holds:
#   NAME.check.json, NAME.pay.json     the reports exactly as written (--format json --output FILE; check with
#                                     --pay-lines when the CLI has it, worktime-report/3)
#   NAME.check.answers, NAME.pay.answers  the same answers one per line, with sorted keys (jq -c -S): a line for the
#                                     report's head (jurisdiction, workplace, period, as-of), then per employee its
#                                     line, its findings and its pay lines in report order, then the totals. These
#                                     survive a change of layout (pretty or compact printing, key order) that the
#                                     byte-for-byte .json comparison would flag, and a pay line's note said once in
#                                     /3's notes table is put back on the line; without jq they are not written.
#   NAME.exit                          the exit codes of check and pay
#   inputs.sha256                      SHA-256 of every input file, so a changed input is told from a changed answer
#   run.txt                            commit, date, Java: not compared
#
# Exit codes: 0 written (and, with --compare, identical); 1 differences found; 2 bad arguments; 3 a command failed.
# Environment: JAVA_HOME (else scripts/java-home.sh), JAVA_OPTS (JVM options for the CLI), MVN_ARGS (e.g. -o),
# CLI_JAR (another build of the CLI, e.g. main's, to write its answers).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=""
COMPARE=""
SHIFTS=1000000
SEED=42
GENERATED=1
REBUILD=0
EXAMPLES=(kr-team us-team jp-team ai-lab)

while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --compare) COMPARE=$2; shift 2 ;;
    --shifts) SHIFTS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --no-generated) GENERATED=0; shift ;;
    --rebuild) REBUILD=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

case "$SHIFTS" in
  *[kK]) SHIFTS=$(( ${SHIFTS%[kK]} * 1000 )) ;;
  *[mM]) SHIFTS=$(( ${SHIFTS%[mM]} * 1000000 )) ;;
esac
if ! [[ "$SHIFTS" =~ ^[1-9][0-9]*$ ]]; then
  echo "--shifts: not a number of shifts: $SHIFTS" >&2
  exit 2
fi
if [ -n "$COMPARE" ] && [ ! -d "$COMPARE" ]; then
  echo "--compare: not a folder: $COMPARE" >&2
  exit 2
fi

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  COMMIT="$COMMIT-dirty"
fi
OUT=${OUT:-"${TMPDIR:-/tmp}/worktime-answers-$COMMIT"}
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT" 2>/dev/null)" ]; then
  echo "--out: $OUT exists and is not empty (remove it or give another)" >&2
  exit 2
fi
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

JAVA_HOME=$("$ROOT/scripts/java-home.sh")
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
BENCH_JAR="$ROOT/worktime-bench/target/worktime-bench.jar"
CLI_JAR=${CLI_JAR:-"$ROOT/worktime-cli/target/worktime.jar"}
if [ "$REBUILD" = 1 ] || [ ! -f "$CLI_JAR" ] || { [ "$GENERATED" = 1 ] && [ ! -f "$BENCH_JAR" ]; }; then
  echo "== Building the bench and CLI jars"
  (cd "$ROOT" && ./mvnw -q ${MVN_ARGS:-} -pl worktime-bench,worktime-cli -am package -DskipTests)
fi
JQ=$(command -v jq || true)
# From worktime-report/3 on, check writes pay lines only when asked: ask, so that its answers hold them as before.
CHECK_PAY_LINES=""
if "$JAVA" -jar "$CLI_JAR" check --help 2>/dev/null | grep -q -- '--pay-lines'; then
  CHECK_PAY_LINES="--pay-lines"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/worktime-answers-work.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

{
  echo "commit $COMMIT"
  echo "date $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  "$JAVA" -version 2>&1 | head -1
  echo "generated $([ "$GENERATED" = 1 ] && echo "$SHIFTS shifts, seed $SEED" || echo none)"
} >"$OUT/run.txt"

# answers NAME KIND: one line per answer of NAME.KIND.json, keys sorted (see the header).
answers() {
  local json="$OUT/$1.$2.json"
  [ -n "$JQ" ] || return 0
  # worktime-report/3 says each pay line's note once, in the notes table: the line gets it back here, so that the
  # answers of /2 and /3 compare equal.
  "$JQ" -c -S '. as $r | {head: {jurisdiction, workplace, period, asOf}},
      (.employees[] | {employee: {id, name, workedMinutes}}, (.findings[]? | {finding: .}),
        (.payLines[]? | {payLine: (if has("noteId") then (del(.noteId) + $r.notes[.noteId]) else . end)})),
      {totals}' "$json" >"$OUT/$1.$2.answers"
}

# report NAME DIR: runs check and pay on DIR (a path relative to the current folder, so that no absolute path of this
# machine can enter a report) and writes NAME.check.json, NAME.pay.json, their answers and NAME.exit.
report() {
  local name=$1 dir=$2 cmd status codes=""
  for cmd in check pay; do
    set +e
    # shellcheck disable=SC2086
    "$JAVA" ${JAVA_OPTS:-} -jar "$CLI_JAR" "$cmd" "$dir" --format json --output "$OUT/$name.$cmd.json" \
      $([ "$cmd" = check ] && printf '%s' "$CHECK_PAY_LINES") 2>"$WORK/stderr.txt"
    status=$?
    set -e
    # 0 clean, 1 violations found: answers; anything else is a failure of the run, not an answer to compare.
    if [ "$status" -gt 1 ]; then
      echo "worktime $cmd $dir failed with exit code $status:" >&2
      tail -20 "$WORK/stderr.txt" >&2
      exit 3
    fi
    answers "$name" "$cmd"
    codes+="$cmd $status"$'\n'
    printf '   %-22s %-5s exit %d, %s\n' "$name" "$cmd" "$status" "$(du -h "$OUT/$name.$cmd.json" | cut -f1)"
  done
  printf '%s' "$codes" >"$OUT/$name.exit"
}

echo "== Writing the answers of commit $COMMIT into $OUT"
cd "$ROOT"
for e in "${EXAMPLES[@]}"; do
  report "$e" "examples/$e"
  (cd "$ROOT" && find "examples/$e" -type f | LC_ALL=C sort | xargs sha256sum) >>"$WORK/inputs.sha256"
done
if [ "$GENERATED" = 1 ]; then
  name="kr-generated-$SHIFTS"
  echo "   generating $SHIFTS shifts (seed $SEED)"
  (cd "$WORK" && "$JAVA" -cp "$BENCH_JAR" org.worktime.bench.KoreanDatasetGenerator --shifts "$SHIFTS" --seed "$SEED" --out "$name" 2>/dev/null)
  cd "$WORK"
  report "$name" "$name"
  (cd "$WORK" && find "$name" -type f | LC_ALL=C sort | xargs sha256sum) >>"$WORK/inputs.sha256"
  cd "$ROOT"
fi
mv "$WORK/inputs.sha256" "$OUT/inputs.sha256"
if [ -z "$JQ" ]; then
  echo "   (jq not found: the .answers files were not written; the .json files are compared as they are)"
fi

if [ -z "$COMPARE" ]; then
  echo "== Done: $OUT"
  exit 0
fi

echo "== Comparing with $COMPARE"
differ=0
answers_differ=0
inputs_differ=0
while IFS= read -r f; do
  if [ "$f" = run.txt ]; then
    continue
  fi
  if [ ! -f "$OUT/$f" ] || [ ! -f "$COMPARE/$f" ]; then
    printf '   %-36s only in %s\n' "$f" "$([ -f "$OUT/$f" ] && echo "this run" || echo "$COMPARE")"
    differ=1
    case "$f" in *.answers) answers_differ=1 ;; esac
    continue
  fi
  if where=$(cmp "$COMPARE/$f" "$OUT/$f" 2>&1); then
    printf '   %-36s same\n' "$f"
    continue
  fi
  differ=1
  case "$f" in
    *.answers) answers_differ=1 ;;
    inputs.sha256) inputs_differ=1 ;;
  esac
  printf '   %-36s DIFFERS: %s\n' "$f" "${where##*differ: }"
  line=$(sed -n 's/.* line \([0-9]*\).*/\1/p' <<<"$where")
  if [ -n "$line" ]; then
    printf '      before: %s\n      now:    %s\n' "$(sed -n "${line}p" "$COMPARE/$f" | cut -c1-300)" "$(sed -n "${line}p" "$OUT/$f" | cut -c1-300)"
  fi
done < <( (cd "$OUT" && ls -1; cd "$COMPARE" && ls -1) | LC_ALL=C sort -u)

if [ "$differ" = 0 ]; then
  echo "== Identical: the answers did not change"
  exit 0
fi
if [ "$inputs_differ" = 1 ]; then
  echo "== The inputs differ (inputs.sha256): the runs did not read the same files, so their answers cannot be compared"
elif [ "$answers_differ" = 0 ] && [ -n "$JQ" ] && ls "$COMPARE"/*.answers >/dev/null 2>&1; then
  echo "== The answers are the same (.answers files identical); only the reports' layout differs (.json files)"
else
  echo "== The answers differ"
fi
exit 1
