#!/usr/bin/env bash
# Self-check of the process mode (virtual_processes.py): re-records each case that uses processes
# N times (default 3) and compares with its golden (compare.py: each instant's lines as a multiset).
# A difference means the recording depends on real timing (a golden to rethink, or SETTLE too short).
#   usage: tests/recorder/check_processes.sh [-n N] [NAME...]      (default: every proc_* case)
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
conf="$(cd "$here/../conformance" && pwd)"
times=3
if [ "${1:-}" = "-n" ]; then times="$2"; shift 2; fi
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$conf"/cases/proc_*.py; do names+=("$(basename "$f" .py)"); done
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bad=0
for name in "${names[@]}"; do
  for i in $(seq "$times"); do
    PYENV_VERSION=3.13.0 python3 "$here/record.py" "$conf/cases/$name.py" -o "$tmp/$name.json"
    if ! python3 "$here/compare.py" "$conf/expected/$name.json" "$tmp/$name.json"; then
      echo "differs: $name (run $i)"
      bad=$((bad + 1))
    fi
  done
done
echo "$((${#names[@]} * times - bad)) of $((${#names[@]} * times)) recordings agree with their goldens"
[ "$bad" -eq 0 ]
