/**
 * Standard-library modules Loopline does not simulate: importing one raises ImportError saying so
 * (a program's `except ImportError` still catches it), where a module Python itself does not have
 * keeps CPython's ModuleNotFoundError, so neither looks like the other.
 */
import { pyError, type PyExc } from '../runtime/core';
import { STDLIB_PACKAGES, STDLIB_SUBMODULES, WHOLE_STDLIB_PACKAGES } from './stdlib-submodules';

/** CPython 3.13's sys.stdlib_module_names. */
const standardLibrary = new Set(
  `
__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn
_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _colorize
_compat_pickle _compression _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm _decimal
_elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp
_interpchannels _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase
_md5 _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped
_pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _pyrepl _queue
_random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat
_statistics _string _strptime _struct _suggestions _symtable _sysconfig _thread _threading_local
_tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo
abc antigravity argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile
calendar cmath cmd code codecs codeop collections colorsys compileall concurrent configparser
contextlib contextvars copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis
doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions
ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac
html http idlelib imaplib importlib inspect io ipaddress itertools json keyword linecache locale
logging lzma mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing netrc nt ntpath
nturl2path numbers opcode operator optparse os pathlib pdb pickle pickletools pkgutil platform
plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data
pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select
selectors shelve shlex shutil signal site smtplib socket socketserver sqlite3 sre_compile
sre_constants sre_parse ssl stat statistics string stringprep struct subprocess symtable sys
sysconfig syslog tabnanny tarfile tempfile termios textwrap this threading time timeit tkinter token
tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest
urllib uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile
zipimport zlib zoneinfo
`
    .trim()
    .split(/\s+/),
);

/** Whether `name` is a module of Python's standard library (a submodule only if its package has it). */
export function isStandardLibrary(name: string): boolean {
  const dot = name.indexOf('.');
  if (dot < 0) return standardLibrary.has(name);
  const top = name.slice(0, dot);
  return standardLibrary.has(top) && (WHOLE_STDLIB_PACKAGES.has(top) || STDLIB_SUBMODULES.has(name));
}

/** The error an import of a standard-library module Loopline lacks raises. */
export function notSimulated(name: string): PyExc {
  const e = pyError(
    'ImportError',
    `module '${name}' is part of Python's standard library but is not simulated in Loopline`,
  );
  e.exc.dict!.set('name', name);
  return e;
}

/** Whether standard-library module `name` is a package (has submodules). */
export function isStandardPackage(name: string): boolean {
  return STDLIB_PACKAGES.has(name) || WHOLE_STDLIB_PACKAGES.has(name.split('.')[0]);
}

/** CPython's error for `import os.nothing`: the module it names is not a package. */
export function notAPackage(name: string, parent: string): PyExc {
  const e = pyError('ModuleNotFoundError', `No module named '${name}'; '${parent}' is not a package`);
  e.exc.dict!.set('name', name);
  return e;
}
