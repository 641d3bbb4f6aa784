#!/usr/bin/env bash
# Re-record every shared conformance program with CPython 3.13 (and 3.12, 3.11 when installed;
# 3.14 through Pyodide, record_pyodide.mjs) and compare with the shared goldens.  Exit 0 when all agree.
#   usage: tests/recorder/check_shared.sh [VERSION...]     (default: 3.13 3.12 3.11)
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SHARED_CONFORMANCE:-$root/../shared/conformance}"
[ -d "$shared" ] || shared=/work/shared/conformance
declare -A full=([3.13]=3.13.0 [3.12]=3.12.1 [3.11]=3.11.7)
versions=("$@")
[ ${#versions[@]} -eq 0 ] && versions=(3.13 3.12 3.11)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for v in "${versions[@]}"; do
  py="${full[$v]:-$v}"
  if [ "$v" != 3.14 ] && ! PYENV_VERSION="$py" python3 -c 'pass' 2>/dev/null; then
    echo "skip $v: python $py not installed"; continue
  fi
  for prog in "$shared"/programs/*.py; do
    name="$(basename "$prog" .py)"
    exp="$shared/expected/$v/$name.json"
    [ -f "$exp" ] || continue
    out="$tmp/$v-$name.json"
    if [ "$v" = 3.14 ]; then
      rec=(node "$here/record_pyodide.mjs" --one)
    else
      rec=(env PYENV_VERSION="$py" python3 "$here/record.py")
    fi
    if "${rec[@]}" "$prog" -o "$out" 2>"$tmp/err" \
       && msg="$(PYENV_VERSION=3.13.0 python3 "$here/compare.py" "$exp" "$out")"; then
      pass=$((pass+1))
    else
      fail=$((fail+1))
      echo "FAIL $v $name: ${msg:-$(tail -3 "$tmp/err")}"
    fi
    msg=""
  done
done
echo "shared goldens: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
