"""Write src/lib/stdlib/cpython-names-3.NN.json for CPython 3.11 or 3.12: how the names
scripts/cpython-names.py collects there differ from 3.13's in cpython-names.json (the 3.14 file's
format), so that a name an older CPython has and Loopline lacks says "not simulated" on it too.

    PYENV_VERSION=3.12.1 python3 scripts/cpython-names-older.py
    PYENV_VERSION=3.11.7 python3 scripts/cpython-names-older.py
"""
import importlib
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
names_module = importlib.import_module('cpython-names')


def split(table):
    return {k: set(v.split()) for k, v in table.items()}


def main():
    with open(os.path.join(here, '..', 'src', 'lib', 'stdlib', 'cpython-names.json')) as f:
        base = json.load(f)
    now = names_module.collect()
    changes = {'python': now['python']}
    for part in ('modules', 'classes'):
        old, new = split(base[part]), split(now[part])
        added = {k: ' '.join(sorted(new[k] - old.get(k, set()))) for k in new}
        removed = {k: ' '.join(sorted(old[k] - new[k])) for k in old if k in new}
        changes[part] = {
            'added': {k: v for k, v in sorted(added.items()) if v},
            'removed': {k: v for k, v in sorted(removed.items()) if v},
            'gone': sorted(k for k in old if k not in new),
        }
    minor = sys.version_info[1]
    out = os.path.join(here, '..', 'src', 'lib', 'stdlib', f'cpython-names-3.{minor}.json')
    with open(out, 'w') as f:
        json.dump(changes, f, separators=(',', ':'), sort_keys=True)
        f.write('\n')
    print(f'3.{minor}: {os.path.normpath(out)}')


if __name__ == '__main__':
    main()
