#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: JAVA_HOME if it is one, else the default java's, else the newest
# under /usr/lib/jvm or /opt/java. Exits 1, saying so on stderr, when there is none.
set -u

major_of() { # $1 = a java binary; prints its feature version
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

is_jdk21() { # $1 = a candidate home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v
  v=$(major_of "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null
}

if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
  echo "$JAVA_HOME"; exit 0
fi
if command -v javac >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  if is_jdk21 "$home"; then echo "$home"; exit 0; fi
fi
best=""; best_v=0
for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
  [ -d "$candidate" ] || continue
  if is_jdk21 "$candidate"; then
    v=$(major_of "$candidate/bin/java")
    if [ "$v" -gt "$best_v" ]; then best="$candidate"; best_v="$v"; fi
  fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi
echo "No JDK 21 or newer found: install one (for example Debian's openjdk-21-jdk) or set JAVA_HOME." >&2
exit 1
