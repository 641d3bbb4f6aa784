/** The source text of each standard-library (and simulated-network) module written in Python, by module name. */
import future from './__future__.py?raw';
import collectionsAbc from './_collections_abc.py?raw';
import abc from './abc.py?raw';
import aiohttp from './aiohttp.py?raw';
import collections from './collections.py?raw';
import contextlib from './contextlib.py?raw';
import dataclasses from './dataclasses.py?raw';
import datetime from './datetime.py?raw';
import enumSource from './enum.py?raw';
import functools from './functools.py?raw';
import itertools from './itertools.py?raw';
import math from './math.py?raw';
import operator from './operator.py?raw';
import requests from './requests.py?raw';
import string from './string.py?raw';
import sys from './sys.py?raw';
import typing from './typing.py?raw';

export const stdlibSources = {
  __future__: future,
  _collections_abc: collectionsAbc,
  abc,
  aiohttp,
  collections,
  contextlib,
  dataclasses,
  datetime,
  enum: enumSource,
  functools,
  itertools,
  math,
  operator,
  requests,
  string,
  sys,
  typing,
};
