#!/usr/bin/env bash
# Fuzzes one reader with Jazzer for a few minutes (coverage-guided; docs/FORMATS.md, "Fuzzing").
#
#   scripts/fuzz.sh READER [MINUTES]     READER is a @FuzzTest method of worktime-io's ReaderFuzzTest (workplace,
#                                        workplaceJson, employeesCsv, employeesYaml, shiftsCsv, shiftsXlsx, earnings,
#                                        attestations, bundle, parameterOverrides, ...) or "policy" (worktime-policy's
#                                        PolicyFuzzTest); MINUTES defaults to 10.
#   scripts/fuzz.sh --list               lists the readers.
#
# The normal build (./mvnw verify) only replays the committed seeds. Here JAZZER_FUZZ=1 makes Jazzer mutate them for
# MINUTES; the corpus it grows is kept in MODULE/.cifuzz-corpus/ (not committed). A finding (any exception but an
# InputException) stops the run and is written as a crash-* file into the reader's seed folder
# (src/test/resources/.../ReaderFuzzTestInputs/READER/): fix the bug at its root, rename the file to say what it
# holds, and commit it with the fix so that every build replays it. Exit code: 0 no finding, 1 a finding, 2 usage.
set -euo pipefail
cd "$(dirname "$0")/.."

# The readers are the @FuzzTest methods of ReaderFuzzTest (so that adding one there is all it takes), and "policy".
readers="$(grep -E '^ +@FuzzTest' worktime-io/src/test/java/org/worktime/io/fuzz/ReaderFuzzTest.java \
  | sed -E 's/.* void ([A-Za-z0-9]+)\(.*/\1/' | tr '\n' ' ')policy"
if [ "${1:-}" = "--list" ]; then
  tr ' ' '\n' <<<"$readers"
  exit 0
fi
reader="${1:-}"
minutes="${2:-10}"
if [ -z "$reader" ] || ! grep -qw -- "$reader" <<<"$readers" || ! [[ "$minutes" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh READER [MINUTES]   (READER: $readers)" >&2
  exit 2
fi
if [ "$reader" = policy ]; then
  module=worktime-policy test="PolicyFuzzTest#policy"
else
  module=worktime-io test="ReaderFuzzTest#$reader"
fi

JAVA_HOME="${JAVA_HOME:-$(scripts/java-home.sh)}"
export JAVA_HOME
seeds="$module/src/test/resources/org/worktime/${module#worktime-}/fuzz/${test%%#*}Inputs/${test##*#}"
crashes() { find "$seeds" -maxdepth 1 -name 'crash-*' 2>/dev/null | sort; }
before="$(crashes)"
log="$module/target/fuzz-${test##*#}.log"
mkdir -p "$module/target"
# Jazzer 0.24 takes a fuzz test's length from its annotation only (10 minutes): a shorter run is stopped by timeout,
# which costs nothing, as the corpus and any crash file are written as they are found. The Maven start (about a
# minute on a loaded machine) is added to the time. The heap is bounded: the readers must not need more.
echo "fuzz.sh: fuzzing $reader for $minutes min (log: $log)" >&2
JAZZER_FUZZ=1 timeout -s INT $((minutes * 60 + 90)) ./mvnw -B -ntp -q -pl "$module" -am test -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest="$test" -DargLine=-Xmx1g -Djazzer.hooks=true >"$log" 2>&1 && status=0 || status=$?
grep -E "^#[0-9]+ " "$log" | tail -1 >&2 || true
after="$(crashes)"
if [ "$after" != "$before" ]; then
  echo "fuzz.sh: a finding in $reader: $(comm -13 <(echo "$before") <(echo "$after") | tr '\n' ' ')(see $log)" >&2
  exit 1
fi
if [ "$status" -ne 0 ] && [ "$status" -ne 124 ] && [ "$status" -ne 130 ]; then
  echo "fuzz.sh: the run failed (exit $status); see $log" >&2
  exit 1
fi
echo "fuzz.sh: $reader fuzzed for $minutes min, no finding" >&2
