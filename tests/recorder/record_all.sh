#!/usr/bin/env bash
# Regenerate every golden tests/conformance/expected/NAME.json from tests/conformance/cases/NAME.py
# with CPython 3.13 (PYENV_VERSION=3.13.0).  Goldens are only ever written by this script.
#   usage: tests/recorder/record_all.sh [NAME...]      (default: all cases)
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
conf="$(cd "$here/../conformance" && pwd)"
py="${RECORD_PYTHON_VERSION:-3.13.0}"
mkdir -p "$conf/expected"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$conf"/cases/*.py; do names+=("$(basename "$f" .py)"); done
fi
n=0
for name in "${names[@]}"; do
  PYENV_VERSION="$py" python3 "$here/record.py" "$conf/cases/$name.py" -o "$conf/expected/$name.json"
  n=$((n+1))
done
echo "recorded $n goldens with python $py"
