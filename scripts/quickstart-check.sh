#!/usr/bin/env bash
# The README's quick start on a fresh machine: a clean clone of the committed HEAD, an empty Maven repository, no
# JAVA_HOME and the default java first on the PATH (17 on Debian today). Runs the README's two commands exactly,
# `./worktime demo` and `./mvnw verify`, checks their exit codes (demo: 0; verify: 0) and prints the wall time of each.
#
#   scripts/quickstart-check.sh [--keep] [--demo-only]
#
# --demo-only runs the first command only: CI does so, because its own test run is the second command (`.ci/run` runs
# `./mvnw -B -ntp verify` with no JAVA_HOME and JDK 17 first on the PATH, as here), so the suite is not run twice.
#
# Downloads Maven and every dependency from Maven Central (about 60 MB), so it takes some minutes; each command is
# bounded by QUICKSTART_TIMEOUT seconds (default 900). Exits 0 when both commands did what the README says, else 1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KEEP=0
DEMO_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --keep) KEEP=1 ;;
    --demo-only) DEMO_ONLY=1 ;;
    *) echo "quickstart-check: unknown argument $arg (use --keep, --demo-only)" >&2; exit 2 ;;
  esac
done
LIMIT=${QUICKSTART_TIMEOUT:-900}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/worktime-quickstart.XXXXXX")
if [ "$KEEP" = 0 ]; then
  trap 'rm -rf "$WORK"' EXIT
fi

git clone -q "$ROOT" "$WORK/worktime"
mkdir -p "$WORK/home"
cd "$WORK/worktime"
echo "== Clean clone of $(git rev-parse --short HEAD) in $WORK/worktime; empty Maven repository and home in $WORK/home"

# A fresh machine: no JAVA_HOME, a fresh home (so no ~/.m2: neither the Maven distribution nor any dependency). The
# wrapper script reads $HOME; Java takes user.home from the password database, so Maven is told it as well.
fresh() {
  env -u JAVA_HOME HOME="$WORK/home" MAVEN_OPTS="-Duser.home=$WORK/home" PATH="/usr/bin:/bin" timeout "$LIMIT" "$@"
}

status=0
step() { # $1 = expected exit code, then the command
  local expected=$1 start end code
  shift
  start=$(date +%s)
  set +e
  fresh "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"
  code=$?
  set -e
  end=$(date +%s)
  printf '== %s: exit %d (expected %d) in %d s\n' "$*" "$code" "$expected" $((end - start))
  if [ "$code" != "$expected" ]; then
    status=1
    tail -30 "$WORK/err.txt" "$WORK/out.txt"
  fi
  if grep -q 'sun.misc.Unsafe\|WARNING: A restricted method' "$WORK/err.txt" "$WORK/out.txt"; then
    echo "   the output holds JVM warnings:"; grep -h 'WARNING' "$WORK/err.txt" "$WORK/out.txt" | head -4
    status=1
  fi
}

echo "== default java: $(java -version 2>&1 | head -1)"
step 0 ./worktime demo
sed -n 1,3p "$WORK/err.txt" | sed 's/^/   stderr: /'
if [ "$DEMO_ONLY" = 0 ]; then
  step 0 ./mvnw verify
  grep -h 'Tests run:.*Fail' "$WORK/out.txt" | tail -1 | sed 's/^/   /'
fi
du -sh "$WORK/home/.m2" | sed 's/^/   Maven repository and distribution downloaded: /'
exit $status
