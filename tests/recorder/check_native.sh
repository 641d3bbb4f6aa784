#!/usr/bin/env bash
# Self-check of the recorder: run every case again with CPython's C Task/Future (record.py
# --native: no steps/tasks observed) and compare stdout, warnings, error and end with the
# golden recorded with the pure-Python Task.  A difference means the pure-Python Task does not
# behave like the C one for that program (deadlock messages naturally differ: they name tasks).
#   usage: tests/recorder/check_native.sh [NAME...]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
conf="$(cd "$here/../conformance" && pwd)"
py="${RECORD_PYTHON_VERSION:-3.13.0}"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$conf"/cases/*.py; do names+=("$(basename "$f" .py)"); done
fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for name in "${names[@]}"; do
  out="$tmp/$name.json"
  keys=stdout,warnings,error,end
  case "$name" in
    deadlock_*) keys=stdout,warnings,end ;;   # the message names tasks, which --native cannot see
    limit_steps) continue ;;                  # --native counts no steps
  esac
  PYENV_VERSION="$py" python3 "$here/record.py" --native "$conf/cases/$name.py" -o "$out"
  if msg="$(PYENV_VERSION=3.13.0 python3 "$here/compare.py" --keys "$keys" "$conf/expected/$name.json" "$out")"; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); echo "DIFF $name: $msg"
  fi
done
echo "native check: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
