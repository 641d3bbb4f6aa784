"""Print (as JSON) the names CPython has in the namespaces of the modules Loopline simulates
(sorted(vars(m)), so that a name Loopline's own code leaves there can be told from CPython's),
each one's `__all__` (in order; 'tuple' listed first when it is one) and how it was found (its
__spec__: loader, origin with the library folder written '{lib}', parent), and asyncio's package
layout: each submodule's __all__ and what each name of the package is.

    PYENV_VERSION=3.13.0 python3 scripts/cpython-module-vars.py > /tmp/vars-3.13.json
    (3.14: node scripts/cpython-module-vars.mjs, which runs this file in Pyodide and writes the table)
"""
import importlib
import inspect
import json
import os
import sys
import types

MODULES = """asyncio asyncio.exceptions asyncio.tasks asyncio.events asyncio.runners asyncio.subprocess
asyncio.log time threading queue concurrent.futures concurrent.futures._base concurrent.futures.thread concurrent.futures.process subprocess multiprocessing multiprocessing.pool
multiprocessing.sharedctypes multiprocessing.managers multiprocessing.connection concurrent random contextvars gc math cmath codecs
collections collections.abc contextlib dataclasses datetime functools getopt graphlib glob fnmatch keyword
errno shlex shutil secrets html.entities html http copy csv difflib doctest configparser heapq hmac inspect bisect
numbers calendar json re itertools operator statistics string reprlib zlib tempfile textwrap timeit tomllib
pathlib io socket select selectors argparse array base64 binascii hashlib struct builtins sys os platform
posixpath signal uuid unicodedata urllib.parse urllib pprint fractions decimal atexit weakref logging
logging.config logging.handlers traceback warnings types typing enum abc unittest __future__ stat pickle copyreg
_compat_pickle html.parser ipaddress xml xml.etree xml.etree.ElementTree xml.etree.ElementPath xml.etree.cElementTree
zoneinfo ast sched gzip colorsys linecache getpass optparse locale mimetypes string.templatelib annotationlib""".split()


def kind(v):
    if isinstance(v, types.ModuleType):
        return 'module'
    if inspect.isclass(v):
        return 'exception' if issubclass(v, BaseException) else 'class'
    if callable(v):
        return 'function'
    return 'value'


def exported(m):
    """The module's own __all__ (None without one): 'tuple' first when it is a tuple."""
    a = vars(m).get('__all__')
    if a is None:
        return None
    return (['tuple'] if isinstance(a, tuple) else []) + list(a)


def found(m, name):
    """[loader, origin, parent] of the module's __spec__, paths under the library folder as '{lib}'
    (and the spec's name when it is not `name`: 3.13's collections.abc is _collections_abc)."""
    spec = vars(m).get('__spec__')
    if spec is None:
        return None
    lib = os.path.dirname(os.__spec__.origin if os.__spec__.has_location else inspect.getfile(inspect))
    loader = spec.loader if isinstance(spec.loader, type) else type(spec.loader)
    origin = spec.origin
    if origin is not None and origin.startswith(lib + '/'):
        origin = '{lib}' + origin[len(lib):]
    own = [loader.__name__, origin, spec.parent]
    return own if spec.name == m.__name__ == name else own + [spec.name]


def collect():
    names, exports, specs = {}, {}, {}
    for name in MODULES:
        try:
            m = importlib.import_module(name)
        except ImportError:
            continue
        names[name] = ' '.join(sorted(vars(m)))
        exports[name] = exported(m)
        specs[name] = found(m, name)
    asyncio = importlib.import_module('asyncio')
    kinds = {n: kind(v) for n, v in vars(asyncio).items() if not n.startswith('__')}
    alls, lists = {}, []
    for n, v in vars(asyncio).items():
        if isinstance(v, types.ModuleType) and v.__name__.startswith('asyncio.'):
            alls[n] = list(v.__all__) if hasattr(v, '__all__') else None
            if isinstance(getattr(v, '__all__', None), list):
                lists.append(n)
            names.setdefault(v.__name__, ' '.join(sorted(vars(v))))
            exports.setdefault(v.__name__, exported(v))
            specs.setdefault(v.__name__, found(v, v.__name__))
    return {'python': sys.version.split()[0], 'modules': names, 'alls': exports, 'specs': specs, 'asyncio': {
        'all': list(asyncio.__all__), 'kinds': kinds, 'submodules': alls,
        'lists': lists, 'all_is_list': isinstance(asyncio.__all__, list)}}


if __name__ == '__main__':
    print(json.dumps(collect()))
