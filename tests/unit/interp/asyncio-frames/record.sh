#!/usr/bin/env bash
# Records what CPython prints on stderr for each program here (README.md says how), or in the
# directory given (tests/unit/stdlib/executor-frames/record.sh uses it for its programs).
set -u
cd "${1:-$(dirname "$0")}"
for v in 3.11.7 3.12.1 3.13.0; do
  minor=${v%.*}
  for p in *.py; do
    name=${p%.py}
    cp "$p" /tmp/main.py
    (cd /tmp && PYENV_VERSION=$v python3 main.py 2>&1 >/dev/null) |
      sed "s#/root/.pyenv/versions/$v/lib/python$minor#/usr/lib/python$minor#; s#\"/tmp/main.py\"#\"main.py\"#" > "$name.cpython-$minor.txt"
  done
done
