# The public names dir() lists for simulated modules whose every public name Loopline has: none
# of the simulator's own helpers (the modules its Python imports, its module-level functions)
# shows among them. (errno and select are left out: Pyodide's 3.14 has Emscripten's; so are heapq
# and collections, whose 3.14 max-heap functions, and collections' import of heapq, Loopline lacks.)
import abc
import array
import asyncio
import asyncio.exceptions
import asyncio.log
import atexit
import bisect
import builtins
import concurrent
import concurrent.futures
import contextvars
import csv
import decimal
import gc
import getopt
import graphlib
import hmac
import html
import html.entities
import http
import itertools
import keyword
import numbers
import operator
import reprlib
import string
import struct
import tempfile
import tomllib
import warnings

for m in (abc, array, asyncio.exceptions, asyncio.log, atexit, bisect, builtins,
          concurrent, concurrent.futures, contextvars, csv, decimal, gc, getopt, graphlib, hmac,
          html, html.entities, http, itertools, keyword, numbers, operator, reprlib, string, struct,
          tempfile, tomllib, warnings):
    names = [n for n in dir(m) if not n.startswith('_')]
    print(m.__name__, len(names), names)
