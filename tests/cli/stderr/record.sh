#!/usr/bin/env bash
# Records what python3 writes on stderr for each program here (3.11.7, 3.12.1, 3.13.0), with its
# standard library's path as a Linux distribution installs it. Never edit the .txt files by hand.
set -u
cd "$(dirname "$0")"
for v in 3.11.7 3.12.1 3.13.0; do
  minor=${v%.*}
  for p in *.py; do
    cp "$p" /tmp/main.py
    (cd /tmp && PYENV_VERSION=$v python3 main.py 2>&1 >/dev/null) |
      sed "s#/root/.pyenv/versions/$v/lib/python$minor#/usr/lib/python$minor#; s#/tmp/main.py#main.py#g" > "${p%.py}.cpython-$minor.txt"
  done
done
