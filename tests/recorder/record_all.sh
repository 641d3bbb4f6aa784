#!/usr/bin/env bash
# Regenerate the goldens of tests/conformance/cases/NAME.py with real CPython.
# Goldens are only ever written by this script (and record_pyodide.mjs for 3.14).
#   usage: tests/recorder/record_all.sh [NAME...]      (default: all cases)
# RECORD_PYTHON_VERSION picks the pyenv Python: 3.13.0 (default) writes expected/NAME.json,
# 3.12.1 writes expected-3.12/NAME.json, 3.11.7 writes expected-3.11/NAME.json.
# A program's standard input is cases/NAME.stdin when there is one, else nothing (/dev/null).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
conf="$(cd "$here/../conformance" && pwd)"
py="${RECORD_PYTHON_VERSION:-3.13.0}"
minor="$(echo "$py" | cut -d. -f1,2)"
out="$conf/expected"
[ "$minor" = "3.13" ] || out="$conf/expected-$minor"
mkdir -p "$out"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  # Every case is rewritten only when asked for by name: a slip would also write goldens for
  # versions a case is not recorded on.
  echo "usage: $0 NAME... | --all" >&2
  exit 2
fi
if [ "${names[*]}" = "--all" ]; then
  names=()
  for f in "$conf"/cases/*.py; do names+=("$(basename "$f" .py)"); done
fi
n=0
for name in "${names[@]}"; do
  stdin="$conf/cases/$name.stdin"
  [ -f "$stdin" ] || stdin=/dev/null
  # Each program runs in a directory of its own: cases that write files by relative name
  # (open('values.pickle', 'wb')) must not leave them in the repository.
  work="$(mktemp -d)"
  (cd "$work" && PYENV_VERSION="$py" python3 "$here/record.py" "$conf/cases/$name.py" -o "$out/$name.json" < "$stdin")
  rm -rf "$work"
  if grep -q '"error": "Recorder: ' "$out/$name.json"; then
    # a recorder stop (wall-clock timeout) is never a golden
    echo "not recorded: $name ($(grep -o '"error": "Recorder: [^"]*' "$out/$name.json" | cut -d'"' -f4))" >&2
    rm -f "$out/$name.json"
    continue
  fi
  n=$((n+1))
done
echo "recorded $n goldens with python $py into $out"
