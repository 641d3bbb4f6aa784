/**
 * `__file__` of the standard-library modules that CPython runs from Python source in its Lib/
 * (json, asyncio, os ...). The path is the one a Linux distribution installs,
 * /usr/lib/python3.X/, the same folder Loopline's tracebacks and warnings name for library frames:
 * each machine has its own (pyenv's under ~/.pyenv, Pyodide's /lib/python314.zip), so no answer
 * is every machine's, and one folder for all of a run's library paths keeps them consistent.
 * Modules CPython builds from C (math, time, itertools ...) have no Python source: they get no
 * `__file__` here (a shared library's path would be one build's layout).
 */
import { run } from '../runtime/run';

/** Module name -> its file under Lib/ (a package's __init__.py), where not `<name>.py`. */
const PACKAGES: Record<string, string> = {
  asyncio: 'asyncio/__init__.py',
  'concurrent.futures': 'concurrent/futures/__init__.py',
  concurrent: 'concurrent/__init__.py',
  multiprocessing: 'multiprocessing/__init__.py',
  collections: 'collections/__init__.py',
  html: 'html/__init__.py',
  http: 'http/__init__.py',
  json: 'json/__init__.py',
  re: 're/__init__.py',
  tomllib: 'tomllib/__init__.py',
  urllib: 'urllib/__init__.py',
  logging: 'logging/__init__.py',
  unittest: 'unittest/__init__.py',
};

/** Python-source modules of Lib/ that Loopline simulates (dotted names: files in their package). */
const SOURCE_MODULES = new Set([
  'asyncio.exceptions',
  'asyncio.tasks',
  'asyncio.events',
  'asyncio.runners',
  'asyncio.log',
  'threading',
  'queue',
  'multiprocessing.pool',
  'concurrent.futures._base',
  'concurrent.futures.thread',
  'concurrent.futures.process',
  'multiprocessing.sharedctypes',
  'multiprocessing.managers',
  'random',
  'contextvars',
  'codecs',
  '_collections_abc',
  'contextlib',
  'dataclasses',
  'datetime',
  'functools',
  'graphlib',
  'fnmatch',
  'keyword',
  'shlex',
  'secrets',
  'html.entities',
  'html.parser',
  '_markupbase',
  '_strptime',
  'ipaddress',
  'gzip',
  'copy',
  'copyreg',
  '_compat_pickle',
  'pickle',
  'csv',
  'difflib',
  'configparser',
  'heapq',
  'inspect',
  'bisect',
  'numbers',
  'calendar',
  'operator',
  'statistics',
  'stat',
  'string',
  'reprlib',
  'tempfile',
  'textwrap',
  'timeit',
  'pathlib',
  'io',
  'argparse',
  'hashlib',
  'struct',
  'os',
  'platform',
  'posixpath',
  'signal',
  'uuid',
  'urllib.parse',
  'pprint',
  'fractions',
  'decimal',
  'weakref',
  'logging.config',
  'logging.handlers',
  'traceback',
  'warnings',
  'types',
  'typing',
  'enum',
  'abc',
  '__future__',
  ...Object.keys(PACKAGES),
]);

/** The `__file__` CPython gives the standard-library module `name`, or undefined (none: built from C). */
export function stdlibFile(name: string): string | undefined {
  if (!SOURCE_MODULES.has(name)) return undefined;
  // pathlib became a package in 3.13.
  const path =
    name === 'pathlib' && run.minor >= 13
      ? 'pathlib/__init__.py'
      : (PACKAGES[name] ?? `${name.replace(/\./g, '/')}.py`);
  return `/usr/lib/python3.${run.minor}/${path}`;
}
