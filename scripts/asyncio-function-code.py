"""Write src/lib/sim/function-code.json: the code facts of every function the `asyncio` package
exports that CPython writes in Python (`asyncio.sleep.__code__`): its parameter counts, local
variable names, flags and default values, per version. Loopline runs some of these natively; the
table lets such a function answer `__code__`, `__defaults__` and `inspect.signature` as CPython's
does (the file and first line come from callback-sources.json). Run with each CPython; 3.14's comes
from Pyodide (scripts/asyncio-function-code.mjs).

    for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 scripts/asyncio-function-code.py; done
    node scripts/asyncio-function-code.mjs
    npx prettier --write src/lib/sim/function-code.json
"""
import json
import os
import sys
import types

SCALARS = (type(None), bool, int, float, str)


def facts(fn):
    code = fn.__code__
    defaults = list(fn.__defaults__ or ())
    kwdefaults = dict(fn.__kwdefaults__ or {})
    for v in defaults + list(kwdefaults.values()):
        if not isinstance(v, SCALARS):
            return None
    return {
        'argcount': code.co_argcount,
        'posonly': code.co_posonlyargcount,
        'kwonly': code.co_kwonlyargcount,
        'flags': code.co_flags,
        'varnames': list(code.co_varnames),
        'defaults': defaults,
        'kwdefaults': kwdefaults,
    }


def collect():
    import asyncio
    table = {}
    for name in sorted(vars(asyncio)):
        fn = getattr(asyncio, name)
        # Only the package's own Python functions (a C one, current_task, has no code).
        if not isinstance(fn, types.FunctionType) or not fn.__module__.startswith('asyncio'):
            continue
        if fn.__name__ != name or fn.__qualname__ != name:
            continue
        found = facts(fn)
        if found is not None:
            table[name] = found
    return table


def merge(minor, table):
    out = os.path.join(os.path.dirname(__file__), '..', 'src', 'lib', 'sim', 'function-code.json')
    try:
        with open(out, encoding='utf-8') as f:
            data = json.load(f)
    except FileNotFoundError:
        data = {}
    for name in data:
        data[name].pop(str(minor), None)
    for name, found in table.items():
        data.setdefault(name, {})[str(minor)] = found
    data = {n: v for n, v in sorted(data.items()) if v}
    with open(out, 'w', encoding='utf-8') as f:
        # A function's keyword defaults keep their order (that of its signature).
        json.dump(data, f)
        f.write('\n')


if __name__ == '__main__':
    merge(sys.version_info.minor, collect())
