#!/usr/bin/env bash
# Records what CPython prints on stdout for each program here, with its C Task and Future (as
# python3 runs it, not as the recorder does). Run from anywhere; rewrites the *.cpython-3.X.txt files.
set -u
cd "$(dirname "$0")"
for v in 3.11.7 3.12.1 3.13.0; do
  minor=${v%.*}
  for p in *.py; do
    cp "$p" /tmp/main.py
    (cd /tmp && PYENV_VERSION=$v python3 main.py 2>/dev/null) > "${p%.py}.cpython-$minor.txt"
  done
done
