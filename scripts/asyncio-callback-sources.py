"""Write src/lib/sim/callback-sources.json: where CPython's asyncio defines each function a handle's
repr can name (`<Handle gather.<locals>._done_callback() at .../asyncio/tasks.py:820>`): the file
under Lib/asyncio and the function's first line, per version. Every module-level and nested function
of asyncio's modules is listed; a qualname two modules share is left out (a repr could not tell them
apart). Run with each CPython; 3.14's comes from Pyodide (scripts/asyncio-callback-sources.mjs).

    for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 scripts/asyncio-callback-sources.py; done
    node scripts/asyncio-callback-sources.mjs
    npx prettier --write src/lib/sim/callback-sources.json
"""
import importlib
import json
import os
import pkgutil
import sys
import types



def functions(code, found):
    # A code object's nested functions are among its constants.
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            found.append(c)
            functions(c, found)


def collect():
    import asyncio
    seen = {}
    for info in pkgutil.iter_modules(asyncio.__path__):
        if info.name == '__main__':
            continue
        try:
            mod = importlib.import_module('asyncio.' + info.name)
        except ImportError:
            continue
        path = getattr(mod, '__file__', None)
        if not path or not path.endswith('.py'):
            continue
        # Pyodide's library is a zip: the loader reads the source.
        code = compile(mod.__loader__.get_source(mod.__name__), path, 'exec')
        found = []
        functions(code, found)
        for c in found:
            q = c.co_qualname
            # Methods bind: a bound method's repr shows no source, so only functions count.
            parts = q.split('.')
            if len(parts) > 1 and parts[-2] != '<locals>':
                continue
            # A module-level function the C accelerator replaces (current_task) is a built-in.
            if len(parts) == 1 and getattr(getattr(mod, q, None), '__code__', None) is None:
                continue
            entry = (os.path.basename(path), c.co_firstlineno)
            seen.setdefault(q, set()).add(entry)
    return {q: list(e)[0] for q, e in seen.items() if len(e) == 1}


def merge(minor, table):
    out = os.path.join(os.path.dirname(__file__), '..', 'src', 'lib', 'sim', 'callback-sources.json')
    try:
        with open(out, encoding='utf-8') as f:
            data = json.load(f)
    except FileNotFoundError:
        data = {}
    for q in list(data):
        data[q].pop(str(minor), None)
    for q, (file, line) in table.items():
        data.setdefault(q, {})[str(minor)] = f'{file}:{line}'
    data = {q: v for q, v in sorted(data.items()) if v}
    with open(out, 'w', encoding='utf-8') as f:
        lines = [f'{json.dumps(q)}: {json.dumps(v, sort_keys=True)}' for q, v in data.items()]
        f.write('{\n' + ',\n'.join(lines) + '\n}\n')


if __name__ == '__main__':
    merge(sys.version_info.minor, collect())
