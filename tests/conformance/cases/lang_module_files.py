# Standard-library modules written in Python have a __file__ (a package's is its __init__.py, a
# submodule's is in its package's folder); the program's own is its path; the frozen ones' repr
# says so. The folder differs from install to install: cut to the part under Lib/.
import asyncio
import collections
import json
import logging.handlers
import os
import os.path
import re
import sys
import urllib.parse


def under_lib(path):
    return re.sub(r'^.*/lib/python3\.?\d+(\.zip)?/', 'LIB/', path)


print(os.path.basename(__file__))
for m in (json, asyncio, asyncio.tasks, os, os.path, re, collections, logging, logging.handlers, urllib.parse):
    print(m.__name__, under_lib(m.__file__))
print(repr(os), repr(os.path))
print(under_lib(repr(json)))
print(hasattr(sys, '__file__'), repr(sys))
print(json.__file__ == sys.modules['json'].__file__)
print(os.path.dirname(json.__file__) == os.path.join(os.path.dirname(os.__file__), 'json'))
