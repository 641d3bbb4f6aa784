#!/usr/bin/env bash
# Records what CPython prints on stderr for each program here, run as main.py (README.md says how).
set -u
cd "$(dirname "$0")"
for v in 3.11.7 3.12.1 3.13.0; do
  minor=${v%.*}
  for p in *.py; do
    name=${p%.py}
    cp "$p" /tmp/main.py
    (cd /tmp && PYENV_VERSION=$v python3 main.py 2>&1 >/dev/null) | sed -e "s#^/tmp/main.py:#main.py:#" -e "s#File \"/tmp/main.py\"#File \"main.py\"#" > "$name.cpython-$minor.txt"
  done
done
