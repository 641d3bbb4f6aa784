"""For every module Loopline simulates, compare the names dir() lists in CPython and in Loopline:
public ones (no leading '_'), private ones (leading '_', dunders included) or dunders only
(`__doc__`, `__spec__` ...), module by module.

    PYENV_VERSION=3.13.0 python3 scripts/compare-module-names.py [--python 3.13] [--private | --dunders]

It writes a program that prints sorted(dir(m)) for each module, runs it with this python3 and with
`node bin/loopline.js run --python X`, and prints each module's counts and the names only one has.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
# The modules the namespaces table records (os.path goes by its own name there: posixpath).
_spec = importlib.util.spec_from_file_location('cpython_module_vars', os.path.join(here, 'cpython-module-vars.py'))
_vars = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_vars)
MODULES = _vars.MODULES


def program(private, dunders=False):
    test = "n.startswith('_')" if private else "not n.startswith('_')"
    if dunders:
        test = "n.startswith('__') and n.endswith('__')"
    lines = ['import json'] + [f'import {m}' for m in MODULES] + ['out = {}']
    lines += [f"out[{m!r}] = sorted(n for n in dir({m}) if {test})" for m in MODULES]
    return '\n'.join(lines + ['print(json.dumps(out))']) + '\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--python', default=f'{sys.version_info[0]}.{sys.version_info[1]}')
    ap.add_argument('--private', action='store_true')
    ap.add_argument('--dunders', action='store_true')
    args = ap.parse_args()
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(program(args.private, args.dunders))
    cpython = json.loads(subprocess.run([sys.executable, f.name], capture_output=True, text=True).stdout)
    cli = os.path.join(here, '..', 'bin', 'loopline.js')
    out = subprocess.run(['node', cli, 'run', '--python', args.python, f.name], capture_output=True, text=True)
    loopline = json.loads(out.stdout[out.stdout.index('{'):])
    extra_total = missing_total = 0
    for m in MODULES:
        a, b = set(cpython[m]), set(loopline[m])
        extra, missing = sorted(b - a), sorted(a - b)
        extra_total += len(extra)
        missing_total += len(missing)
        if extra or missing:
            print(f'{m}: CPython {len(a)}, Loopline {len(b)}, only Loopline {len(extra)}, only CPython {len(missing)}')
            if extra:
                print('  only Loopline:', ' '.join(extra))
            if missing:
                print('  only CPython:', ' '.join(missing))
    print(f'total: only Loopline {extra_total}, only CPython {missing_total}')


if __name__ == '__main__':
    main()
