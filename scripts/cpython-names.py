"""Write src/lib/stdlib/cpython-names.json: the attribute names CPython 3.13 has on the modules
Loopline simulates and on their classes (and the event loop's, the built-in types'), so that a
name Loopline lacks is reported as "not simulated" rather than as the user's AttributeError.

    PYENV_VERSION=3.13.0 python3 scripts/cpython-names.py
    node scripts/cpython-names-314.mjs     (3.14's differences, collected by this file in Pyodide)
"""
import asyncio
import builtins
import importlib
import json
import os
import sys

MODULES = """asyncio asyncio.exceptions asyncio.tasks asyncio.events asyncio.runners asyncio.queues
asyncio.locks asyncio.timeouts asyncio.taskgroups time random math collections collections.abc
contextlib dataclasses datetime functools copy heapq bisect json itertools operator statistics
string textwrap sys typing enum abc timeit argparse builtins logging os os.path contextvars uuid
pprint traceback fractions weakref signal threading queue concurrent.futures concurrent.futures._base concurrent.futures.thread concurrent.futures.process decimal pathlib
urllib.parse logging.handlers re multiprocessing types inspect base64 binascii struct hashlib
atexit concurrent gc io logging.config multiprocessing.pool multiprocessing.sharedctypes posixpath
multiprocessing.managers multiprocessing.connection
urllib warnings calendar reprlib numbers zlib csv graphlib shlex fnmatch keyword html html.entities
secrets configparser cmath difflib doctest platform tomllib array codecs tempfile shutil glob hmac unicodedata getopt
socket subprocess asyncio.subprocess errno select selectors asyncio.log http unittest stat pickle copyreg
html.parser ipaddress xml xml.etree xml.etree.ElementTree xml.etree.ElementPath xml.etree.cElementTree zoneinfo ast
sched gzip colorsys linecache getpass optparse locale mimetypes string.templatelib annotationlib""".split()


def public(names):
    # Dunders are left out: a missing one is rarely reached by name, and they are most of dir().
    return ' '.join(sorted(n for n in names if not (n.startswith('__') and n.endswith('__'))))


def key(cls):
    return f'{cls.__module__}.{cls.__qualname__}'


def collect():
    modules, classes = {}, {}

    def add_class(cls):
        k = key(cls)
        if k not in classes and not issubclass(cls, BaseException):
            names = public(dir(cls))
            if names:
                classes[k] = names

    for name in MODULES:
        try:
            m = importlib.import_module(name)
        except ImportError:
            # A module of a later version (string.templatelib is 3.14's).
            continue
        names = [n for n in dir(m) if not n.startswith('_')]
        modules[name] = ' '.join(sorted(names))
        for attr in names:
            v = getattr(m, attr, None)
            if isinstance(v, type):
                add_class(v)
    loop = asyncio.new_event_loop()
    add_class(type(loop))
    add_class(type(loop.call_soon(print)))
    add_class(type(loop.call_later(1, print)))
    loop.close()
    for v in vars(builtins).values():
        if isinstance(v, type):
            add_class(v)
    return {'python': sys.version.split()[0], 'modules': modules, 'classes': classes}


def main():
    names = collect()
    modules, classes = names['modules'], names['classes']
    out = os.path.join(os.path.dirname(__file__), '..', 'src', 'lib', 'stdlib', 'cpython-names.json')
    with open(out, 'w') as f:
        json.dump(names, f,
                  separators=(',', ':'), sort_keys=True)
        f.write('\n')
    print(f'{len(modules)} modules, {len(classes)} classes -> {os.path.normpath(out)}')


if __name__ == '__main__':
    main()
