# What the import system leaves on standard-library modules: __doc__, __package__, __loader__,
# __spec__ (name, origin, parent, search locations, cached), __path__ (packages), __file__,
# __cached__ and __builtins__, in CPython's order at the head of the namespace, and the module's
# repr. Paths are shown from the library folder, which differs from machine to machine.
import os, sys, json, math, asyncio, asyncio.tasks, collections, concurrent.futures, shutil
import itertools, time, builtins, heapq, urllib, urllib.parse, logging.handlers, re, string
import dataclasses, codecs, zlib, posixpath, io

lib = os.path.dirname(os.path.dirname(json.__file__))
DUNDERS = ('__name__', '__doc__', '__package__', '__loader__', '__spec__', '__path__',
           '__file__', '__cached__', '__builtins__')


def short(v):
    if isinstance(v, str):
        return v.replace(lib, '{lib}')
    if isinstance(v, list):
        return [short(x) for x in v]
    return v


for m in (os, sys, json, math, asyncio, asyncio.tasks, collections, concurrent.futures, shutil,
          itertools, time, builtins, heapq, urllib, urllib.parse, logging.handlers, re, string,
          dataclasses, codecs, zlib, posixpath, io):
    spec = m.__spec__
    loader = m.__loader__
    print(short(repr(m)))
    print('  in vars:', [k for k in vars(m) if k in DUNDERS])
    print('  package', repr(m.__package__), '| spec', spec.name, repr(spec.parent), short(spec.origin),
          spec.has_location, short(spec.submodule_search_locations), spec.loader is loader)
    if isinstance(loader, type):
        print('  loader', loader.__name__, loader.__module__)
    else:
        print('  loader', short(loader.get_filename(m.__name__)))
    print('  path', short(getattr(m, '__path__', None)), '| file', short(getattr(m, '__file__', None)),
          '| cached', getattr(m, '__cached__', None) == spec.cached, bool(spec.cached))
    print('  builtins', m.__builtins__ is vars(builtins) if '__builtins__' in vars(m) else None)
    doc = m.__doc__
    print('  doc', None if doc is None else (len(doc), doc.splitlines()[0]))
