# Functions CPython writes in C are built-in functions wherever Loopline writes them in Python:
# their repr, type, module and name, inspect's view of them, no binding as a method in a class,
# aliases that are one object (and two C functions that are not), and pickling them by name.
import bisect
import functools
import heapq
import inspect
import itertools
import math
import operator
import os
import pickle
import socket
import stat
import struct
import sys
import threading
import types
import unicodedata
import warnings

chosen = [operator.mul, operator.itemgetter, functools.reduce, functools.cmp_to_key, heapq.heappush,
          heapq.heapify, bisect.bisect, bisect.insort_left, itertools.tee, math.floor, math.isclose,
          math.sqrt, struct.pack, struct.iter_unpack, pickle.dumps, warnings.warn, unicodedata.category,
          stat.S_ISDIR, socket.ntohs, os.getcwd, sys.exit, sys.getrecursionlimit, threading.excepthook]
for f in chosen:
    print(repr(f), type(f).__name__, f.__module__, f.__name__, f.__qualname__)
    print('  ', inspect.isbuiltin(f), inspect.isfunction(f), inspect.isroutine(f),
          isinstance(f, types.BuiltinFunctionType), isinstance(f, types.FunctionType), hasattr(f, '__code__'))

print(operator.__mul__ is operator.mul, operator.invert is operator.inv, operator.__invert__ is operator.invert)
print(bisect.bisect is bisect.bisect_right, socket.ntohs is socket.htons, threading.__excepthook__ is threading.excepthook)


class Calculator:
    times = operator.mul
    smallest = min
    first = heapq.heappop


c = Calculator()
print(c.times(6, 7), c.first([1, 2, 3]), c.smallest(4, 5))
print(Calculator.__dict__['times'] is operator.mul, c.times is operator.mul)

try:
    operator.mul.color = 'red'
except AttributeError as e:
    print(type(e).__name__, e)

for f in (operator.add, heapq.heappush, functools.reduce, math.floor, bisect.bisect_left, struct.pack):
    data = pickle.dumps(f, protocol=2)
    print(f.__name__, pickle.loads(data) is f, data)

print(functools.reduce(operator.add, range(5)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
h = []
for x in (5, 1, 4):
    heapq.heappush(h, x)
print(h, heapq.heappop(h), bisect.bisect([1, 2, 2, 3], 2), math.floor(-2.5), socket.ntohs(1))
