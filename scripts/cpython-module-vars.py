"""Print (as JSON) the names CPython has in the namespaces of the modules Loopline simulates
(sorted(vars(m)), so that a name Loopline's own code leaves there can be told from CPython's),
and asyncio's package layout: each submodule's __all__ and what each name of the package is.

    PYENV_VERSION=3.13.0 python3 scripts/cpython-module-vars.py > /tmp/vars-3.13.json
    (3.14: node scripts/cpython-module-vars.mjs, which runs this file in Pyodide and writes the table)
"""
import importlib
import inspect
import json
import sys
import types

MODULES = """asyncio asyncio.exceptions asyncio.tasks asyncio.events asyncio.runners asyncio.subprocess
asyncio.log time threading queue concurrent.futures subprocess multiprocessing multiprocessing.pool
multiprocessing.sharedctypes multiprocessing.managers concurrent random contextvars gc math cmath codecs
collections collections.abc contextlib dataclasses datetime functools getopt graphlib glob fnmatch keyword
errno shlex shutil secrets html.entities html http copy csv difflib configparser heapq hmac inspect bisect
numbers calendar json re itertools operator statistics string reprlib zlib tempfile textwrap timeit tomllib
pathlib io socket select selectors argparse array base64 binascii hashlib struct builtins sys os platform
posixpath signal uuid unicodedata urllib.parse urllib pprint fractions decimal atexit weakref logging
logging.config logging.handlers traceback warnings types typing enum abc unittest unittest.mock __future__""".split()


def kind(v):
    if isinstance(v, types.ModuleType):
        return 'module'
    if inspect.isclass(v):
        return 'exception' if issubclass(v, BaseException) else 'class'
    if callable(v):
        return 'function'
    return 'value'


def collect():
    names = {}
    for name in MODULES:
        try:
            m = importlib.import_module(name)
        except ImportError:
            continue
        names[name] = ' '.join(sorted(vars(m)))
    asyncio = importlib.import_module('asyncio')
    kinds = {n: kind(v) for n, v in vars(asyncio).items() if not n.startswith('__')}
    alls, lists = {}, []
    for n, v in vars(asyncio).items():
        if isinstance(v, types.ModuleType) and v.__name__.startswith('asyncio.'):
            alls[n] = list(v.__all__) if hasattr(v, '__all__') else None
            if isinstance(getattr(v, '__all__', None), list):
                lists.append(n)
            names.setdefault(v.__name__, ' '.join(sorted(vars(v))))
    return {'python': sys.version.split()[0], 'modules': names, 'asyncio': {
        'all': list(asyncio.__all__), 'kinds': kinds, 'submodules': alls,
        'lists': lists, 'all_is_list': isinstance(asyncio.__all__, list)}}


if __name__ == '__main__':
    print(json.dumps(collect()))
