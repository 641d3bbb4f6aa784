"""Record CPython 3.13's output for the source tier's test programs (never edit expected.json by hand):

    PYENV_VERSION=3.13.0 python3 tests/unit/interp/source-tier/record.py [DIR]

(DIR: another directory of programs, e.g. tests/unit/interp/library-tier; its own by default.)

For each program: its stdout, and its traceback's frame lines ("line N, in name") and last line.
"""
import json
import pathlib
import re
import subprocess
import sys

here = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).parent
out = {}
for p in sorted(here.glob("*.py")):
    if p.name == "record.py":
        continue
    r = subprocess.run([sys.executable, p.name], cwd=here, capture_output=True, text=True)
    err = r.stderr.splitlines()
    frames = [m.group(1) for l in err if (m := re.match(r'  File ".*", (line \d+, in .*)', l))]
    out[p.name] = {"stdout": r.stdout, "frames": frames, "error": err[-1] if err else None}
(here / "expected.json").write_text(json.dumps(out, indent=1) + "\n")
