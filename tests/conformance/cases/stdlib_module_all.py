# Each module's __all__ is CPython's, in order and of its type (list or tuple), names Loopline
# does not simulate included; `from m import *` binds the __all__ names only, and a name the
# program defines after it is the program's.
import argparse, base64, calendar, codecs, collections, contextvars, copy, datetime, enum
import functools, heapq, inspect, io, logging, operator, pathlib, random, secrets, shutil
import statistics, string, struct, tempfile, traceback, types, typing, urllib.parse

for m in (argparse, base64, calendar, codecs, collections, contextvars, copy, datetime, enum,
          functools, heapq, inspect, io, logging, operator, pathlib, random, secrets, shutil,
          statistics, string, struct, tempfile, traceback, types, typing, urllib.parse):
    a = m.__all__
    print(m.__name__, type(a).__name__, len(a))
    print('   ', ' '.join(a))

from shutil import *
print('copyfile' in dir(), 'which' in dir(), 'os' in dir(), 'sys' in dir())

def disk_usage(path):
    return 'own disk_usage of ' + path

print(disk_usage('/tmp'))

from bisect import *
print(sorted(n for n in dir() if n.startswith('bisect') or n.startswith('insort')))
print(bisect_left([1, 4, 5], 4), insort.__name__)
