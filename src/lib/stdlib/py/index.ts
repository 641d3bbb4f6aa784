/** The source text of each standard-library (and simulated-network) module written in Python, by module name. */
import future from './__future__.py?raw';
import collectionsAbc from './_collections_abc.py?raw';
import decimalFormat from './_decimal_format.py?raw';
import decimalMath from './_decimal_math.py?raw';
import mappingProxy from './_mappingproxy.py?raw';
import stringParsers from './_string.py?raw';
import stringTemplatelib from './string_templatelib.py?raw';
import annotationlib from './annotationlib.py?raw';
import sysInfo from './_sys_info.py?raw';
import deprecatedDecorator from './_deprecated.py?raw';
import atexitModule from './atexit.py?raw';
import bytesio from './_bytesio.py?raw';
import fileio from './_fileio.py?raw';
import moduleSpec from './_module_spec.py?raw';
import fs from './_fs.py?raw';
import loopback from './_loopback.py?raw';
import socketfile from './_socketfile.py?raw';
import socketModule from './socket.py?raw';
import selectModule from './select.py?raw';
import selectorsModule from './selectors.py?raw';
import abc from './abc.py?raw';
import aiohttp from './aiohttp.py?raw';
import argparse from './argparse.py?raw';
import ast from './ast.py?raw';
import arrayModule from './array.py?raw';
import base64 from './base64.py?raw';
import binascii from './binascii.py?raw';
import bisect from './bisect.py?raw';
import numbers from './numbers.py?raw';
import calendar from './calendar.py?raw';
import codecs from './codecs.py?raw';
import collections from './collections.py?raw';
import configparser from './configparser.py?raw';
import contextlib from './contextlib.py?raw';
import copy from './copy.py?raw';
import copyregModule from './copyreg.py?raw';
import compatPickle from './_compat_pickle.py?raw';
import pickleModule from './pickle.py?raw';
import csv from './csv.py?raw';
import dataclasses from './dataclasses.py?raw';
import datetime from './datetime.py?raw';
import decimal from './decimal.py?raw';
import difflib from './difflib.py?raw';
import doctest from './doctest.py?raw';
import enumSource from './enum.py?raw';
import fractions from './fractions.py?raw';
import functools from './functools.py?raw';
import getoptModule from './getopt.py?raw';
import graphlib from './graphlib.py?raw';
import globModule from './glob.py?raw';
import fnmatch from './fnmatch.py?raw';
import html from './html.py?raw';
import htmlEntities from './html_entities.py?raw';
import htmlParser from './html_parser.py?raw';
import markupBase from './_markupbase.py?raw';
import strptime from './_strptime.py?raw';
import ipaddressModule from './ipaddress.py?raw';
import htmlData from './_html_data.py?raw';
import http from './http.py?raw';
import keyword from './keyword.py?raw';
import errno from './errno.py?raw';
import errnoMessages from './_errno_messages.py?raw';
import shlex from './shlex.py?raw';
import shutil from './shutil.py?raw';
import sched from './sched.py?raw';
import locale from './locale.py?raw';
import mimetypes from './mimetypes.py?raw';
import _mimetypes_tables from './_mimetypes_tables.py?raw';
import gzip from './gzip.py?raw';
import colorsys from './colorsys.py?raw';
import linecache from './linecache.py?raw';
import getpass from './getpass.py?raw';
import optparse from './optparse.py?raw';
import secrets from './secrets.py?raw';
import hashlib from './hashlib.py?raw';
import blake2 from './_blake2.py?raw';
import heapq from './heapq.py?raw';
import hmac from './hmac.py?raw';
import inspect from './inspect.py?raw';
import itertools from './itertools.py?raw';
import io from './io.py?raw';
import json from './json.py?raw';
import logging from './logging.py?raw';
import loggingConfig from './logging_config.py?raw';
import asyncioLog from './asyncio_log.py?raw';
import loggingHandlers from './logging_handlers.py?raw';
import math from './math.py?raw';
import operator from './operator.py?raw';
import pathlib from './pathlib.py?raw';
import os from './os.py?raw';
import platformModule from './platform.py?raw';
import posixpath from './posixpath.py?raw';
import pprint from './pprint.py?raw';
import requests from './requests.py?raw';
import sharedctypes from './sharedctypes.py?raw';
import managers from './managers.py?raw';
import signal from './signal.py?raw';
import statistics from './statistics.py?raw';
import stat from './stat.py?raw';
import string from './string.py?raw';
import struct from './struct.py?raw';
import sys from './sys.py?raw';
import tempfileModule from './tempfile.py?raw';
import textwrap from './textwrap.py?raw';
import timeModule from './time.py?raw';
import timeit from './timeit.py?raw';
import tomllib from './tomllib.py?raw';
import traceback from './traceback.py?raw';
import typing from './typing.py?raw';
import types from './types.py?raw';
import unicodedataData from './_unicodedata_data.py?raw';
import unicodedata from './unicodedata.py?raw';
import unittestModule from './unittest.py?raw';
import uuid from './uuid.py?raw';
import warnings from './warnings.py?raw';
import urllibParse from './urllib_parse.py?raw';
import weakref from './weakref.py?raw';
import zoneinfo from './zoneinfo.py?raw';
import xmlEtree from './xml_etree.py?raw';
import xmlEtreePath from './xml_etree_path.py?raw';
import xmlEtreeParser from './_xml_etree_parser.py?raw';
import threading from './threading.py?raw';
import queue from './queue.py?raw';
import re from './re.py?raw';
import reprlib from './reprlib.py?raw';
import zlib from './zlib.py?raw';
import concurrentFutures from './concurrent_futures.py?raw';
import multiprocessing from './multiprocessing.py?raw';
import subprocessModule from './subprocess.py?raw';
import processPool from './process_pool.py?raw';

export const stdlibSources = {
  __future__: future,
  _collections_abc: collectionsAbc,
  _decimal_format: decimalFormat,
  _decimal_math: decimalMath,
  _mappingproxy: mappingProxy,
  _string: stringParsers,
  string_templatelib: stringTemplatelib,
  annotationlib,
  _sys_info: sysInfo,
  _deprecated: deprecatedDecorator,
  atexit: atexitModule,
  _bytesio: bytesio,
  _fileio: fileio,
  _module_spec: moduleSpec,
  _fs: fs,
  _loopback: loopback,
  _socketfile: socketfile,
  socket: socketModule,
  select: selectModule,
  selectors: selectorsModule,
  abc,
  aiohttp,
  argparse,
  ast,
  array: arrayModule,
  base64,
  binascii,
  bisect,
  numbers,
  calendar,
  codecs,
  collections,
  configparser,
  contextlib,
  copy,
  copyreg: copyregModule,
  _compat_pickle: compatPickle,
  pickle: pickleModule,
  csv,
  dataclasses,
  datetime,
  decimal,
  difflib,
  doctest,
  enum: enumSource,
  fractions,
  functools,
  getopt: getoptModule,
  graphlib,
  glob: globModule,
  fnmatch,
  html,
  html_entities: htmlEntities,
  html_parser: htmlParser,
  _markupbase: markupBase,
  _strptime: strptime,
  ipaddress: ipaddressModule,
  _html_data: htmlData,
  http,
  keyword,
  errno,
  _errno_messages: errnoMessages,
  shlex,
  shutil,
  sched,
  locale,
  mimetypes,
  _mimetypes_tables,
  gzip,
  colorsys,
  linecache,
  getpass,
  optparse,
  secrets,
  hashlib,
  _blake2: blake2,
  heapq,
  hmac,
  inspect,
  io,
  itertools,
  json,
  logging,
  logging_config: loggingConfig,
  asyncio_log: asyncioLog,
  logging_handlers: loggingHandlers,
  math,
  operator,
  pathlib,
  os,
  platform: platformModule,
  posixpath,
  pprint,
  requests,
  sharedctypes,
  managers,
  signal,
  statistics,
  stat,
  string,
  struct,
  sys,
  tempfile: tempfileModule,
  textwrap,
  time: timeModule,
  timeit,
  tomllib,
  traceback,
  types,
  typing,
  urllib_parse: urllibParse,
  _unicodedata_data: unicodedataData,
  unicodedata,
  unittest: unittestModule,
  uuid,
  warnings,
  weakref,
  zoneinfo,
  xml_etree: xmlEtree,
  xml_etree_path: xmlEtreePath,
  _xml_etree_parser: xmlEtreeParser,
  threading,
  queue,
  re,
  reprlib,
  zlib,
  concurrent_futures: concurrentFutures,
  multiprocessing,
  subprocess: subprocessModule,
  process_pool: processPool,
};
