#!/usr/bin/env bash
# Records what CPython prints on stderr for each program here (README.md says how): the same
# recording as asyncio-frames', run on this directory.
here="$(cd "$(dirname "$0")" && pwd)"
exec bash "$here/../../interp/asyncio-frames/record.sh" "$here"
