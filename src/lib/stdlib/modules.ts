/**
 * The one table of modules a simulated program can import: asyncio, the standard-library modules
 * (Python source run as library code, plus native parts), and aiohttp/requests on the simulated
 * network. A module is built the first time a run imports it.
 */
import type { Module } from '../ir/types';
import { PyDict, PyList, PyModule, PyNativeFunction, pyError, type PyValue } from '../runtime/core';
import { call, delitem, getattrOpt, getitem, setitem } from '../runtime/ops';
import { importModule, interpreter, mainGlobals, mainModule } from '../interp/state';
import { run } from '../runtime/run';
import { libraryModule } from '../interp/library';
import { dequeClass } from '../runtime/types/deque';
import { mappingProxyClass } from '../runtime/types/mappingproxy';
import { makeAsyncio } from '../sim/module';
import type { Simulation } from '../sim/runners';
import { makeMathNative } from './math';
import { makeCmathNative } from './cmath';
import { makeNative } from './native';
import { makeRandom } from './random';
import { makeSimnet } from './simnet';
import { makeTime } from './time';
import { makeContextvars } from './contextvars';
import { makeGc } from './gc';
import { makeSource } from './source-blocks';
import { makeThread } from './thread';
import { makeProcesses } from './processes';
import { makeSubprocesses } from './subprocesses';
import { makeReNative } from './re/module';
import { makeWarningsNative } from './warnings-native';
import { makeBinasciiNative } from './binascii';
import { makeStructNative } from './struct';
import { makeHashlibNative } from './hashlib';
import { makeZlibNative } from './zlib';
import { makeJsonNative } from './json-native';
import { makeCsvNative } from './csv-native';
import { makeWeakrefNative } from './weakref-native';
import { isStandardLibrary, isStandardPackage, notAPackage, notSimulated } from './not-simulated';
import { showStdlibStatements } from './library-statements';
import { stdlibFile } from './module-files';
import { giveCpythonAll, lazyModuleDunders } from './module-dunders';
import { hideLibraryNames } from '../runtime/module-vars';
import { stdlibSources as py } from './py';
import { lazySource } from './lazy-sources';
import { addLazyNames } from '../runtime/lazy-names';
import './unsimulated-names';
import { fileOpener, moduleImporter, printTarget } from '../runtime/builtins';
import './input';

// print() without file= writes to sys.stdout once the program has put something else there
// (contextlib.redirect_stdout, or an assignment); sys.__stdout__ is the program's output.
printTarget.resolve = (file) => {
  const sys = run.get(interpreter).modules.get('sys');
  if (sys === undefined) return file === null ? undefined : file;
  const original = sys.dict!.get('__stdout__');
  const out = file === null ? sys.dict!.get('stdout') : file;
  return out === undefined || out === original ? undefined : out;
};

// open() is io.open, on the run's in-memory file system (stdlib/py/_fs.py).
fileOpener.open = (args, kw) => call(importModule('_fileio').dict!.get('open')!, args, kw);
// __import__() is the import statement's importModule.
moduleImporter.import = importModule;

/** What a module's builder may use: the run's simulation and the program (for its directives). */
export interface ModuleHost {
  sim: Simulation;
  program: Module;
  /** The program's path as the user gave it: sys.argv[0]. */
  fileName: string;
}

type ModuleBuilder = (host: ModuleHost) => PyModule;

const modules: Record<string, ModuleBuilder> = {
  asyncio: (h) => withSubmodules(lazyLog(makeAsyncio(h.sim))),
  'asyncio.exceptions': () => asyncioSubmodule('exceptions'),
  'asyncio.tasks': () => asyncioSubmodule('tasks'),
  'asyncio.events': () => asyncioSubmodule('events'),
  'asyncio.runners': () => asyncioSubmodule('runners'),
  'asyncio.subprocess': () => asyncioSubmodule('subprocess'),
  // Made at its first import, so that a program without it need not import logging.
  'asyncio.log': () => libraryModule('asyncio.log', py.asyncio_log),
  time: (h) => makeTime(h.sim),
  _thread: (h) => makeThread(h.sim),
  threading: () => libraryModule('threading', py.threading),
  queue: () => libraryModule('queue', py.queue),
  'concurrent.futures': () => futuresPackage(),
  _processes: (h) => makeProcesses(h.sim),
  _subprocesses: (h) => makeSubprocesses(h.sim),
  subprocess: () => libraryModule('subprocess', py.subprocess),
  multiprocessing: () => libraryModule('multiprocessing', py.multiprocessing),
  'multiprocessing.pool': () => {
    const mp = importModule('multiprocessing').dict!;
    const names = ['Pool', 'ApplyResult', 'AsyncResult', 'MapResult', 'IMapIterator'];
    return new PyModule('multiprocessing.pool', new Map(names.map((n) => [n, mp.get(n)!])));
  },
  'multiprocessing.connection': () => {
    const mp = importModule('multiprocessing').dict!;
    const m = new PyModule(
      'multiprocessing.connection',
      new Map([
        ['Connection', mp.get('Connection')!],
        ['Pipe', mp.get('Pipe')!],
        ['wait', mp.get('_wait')!],
      ]),
    );
    return refuseOthers(m);
  },
  'multiprocessing.sharedctypes': () => libraryModule('multiprocessing.sharedctypes', py.sharedctypes),
  'multiprocessing.managers': () => libraryModule('multiprocessing.managers', py.managers),
  _process_pool: () => libraryModule('concurrent.futures.process', py.process_pool),
  // concurrent.futures' own submodules, imported by name for what the package does not export
  // (BrokenThreadPool, BrokenProcessPool): views of the names our one module defines.
  'concurrent.futures._base': () => futuresSubmodule('_base', FUTURES_BASE),
  'concurrent.futures.thread': () => futuresSubmodule('thread', ['ThreadPoolExecutor', 'BrokenThreadPool']),
  'concurrent.futures.process': () => {
    const m = futuresSubmodule('process', ['ProcessPoolExecutor']);
    // The pool's own names come when first read (or listed): the pool imports multiprocessing,
    // which puts CPU time on the clock, and reading ProcessPoolExecutor imports this submodule.
    const later = ['BrokenProcessPool', 'EXTRA_QUEUED_CALLS'];
    addLazyNames(m, new Set([...later, '__dict__']), () => {
      const pool = importModule('_process_pool').dict!;
      for (const n of later) if (!m.dict!.has(n)) m.dict!.set(n, pool.get(n)!);
    });
    return m;
  },
  concurrent: () =>
    new PyModule('concurrent', new Map<string, PyValue>([['futures', importModule('concurrent.futures')]])),
  random: () => makeRandom(),
  contextvars: () => makeContextvars(),
  gc: () => makeGc(),
  math: () => libraryModule('math', py.math, makeMathNative()),
  cmath: () => new PyModule('cmath', new Map(makeCmathNative())),
  _stdlib_native: (h) => makeNative(h.sim),
  _simnet: (h) => makeSimnet(h.sim, h.program),
  _source: (h) => makeSource(h.program),
  _collections_deque: () => new PyModule('collections', new Map<string, PyValue>([['deque', dequeClass]])),
  codecs: () => libraryModule('codecs', py.codecs),
  collections: () => libraryModule('collections', py.collections),
  _collections_abc: () => libraryModule('collections.abc', py._collections_abc),
  'collections.abc': () => importModule('_collections_abc'),
  contextlib: () => libraryModule('contextlib', py.contextlib),
  dataclasses: () => libraryModule('dataclasses', py.dataclasses),
  datetime: () => libraryModule('datetime', py.datetime),
  functools: () => libraryModule('functools', py.functools),
  getopt: () => libraryModule('getopt', py.getopt),
  graphlib: () => libraryModule('graphlib', py.graphlib),
  glob: () => libraryModule('glob', py.glob),
  fnmatch: () => libraryModule('fnmatch', py.fnmatch),
  keyword: () => libraryModule('keyword', py.keyword),
  errno: () => libraryModule('errno', py.errno),
  _errno_messages: () => libraryModule('_errno_messages', py._errno_messages),
  shlex: () => libraryModule('shlex', py.shlex),
  shutil: () => libraryModule('shutil', py.shutil),
  secrets: () => libraryModule('secrets', py.secrets),
  _html_data: () => libraryModule('_html_data', py._html_data),
  'html.entities': () => libraryModule('html.entities', py.html_entities),
  'html.parser': () => libraryModule('html.parser', py.html_parser),
  _markupbase: () => libraryModule('_markupbase', py._markupbase),
  _strptime: () => libraryModule('_strptime', py._strptime),
  ipaddress: () => libraryModule('ipaddress', py.ipaddress),
  html: () => {
    const m = libraryModule('html', py.html);
    m.dict!.set('entities', importModule('html.entities'));
    return m;
  },
  http: () => libraryModule('http', py.http),
  xml: () => new PyModule('xml', new Map<string, PyValue>()),
  'xml.etree': () => new PyModule('xml.etree', new Map<string, PyValue>()),
  'xml.etree.ElementTree': () => libraryModule('xml.etree.ElementTree', py.xml_etree),
  'xml.etree.ElementPath': () => libraryModule('xml.etree.ElementPath', py.xml_etree_path),
  // A deprecated alias CPython keeps: the same names, from a module of its own.
  'xml.etree.cElementTree': () => libraryModule('xml.etree.cElementTree', 'from xml.etree.ElementTree import *\n'),
  _xml_etree_parser: () => libraryModule('xml.etree.ElementTree', py._xml_etree_parser),
  copy: () => libraryModule('copy', py.copy),
  copyreg: () => libraryModule('copyreg', py.copyreg),
  _compat_pickle: () => libraryModule('_compat_pickle', py._compat_pickle),
  pickle: () => libraryModule('pickle', py.pickle),
  csv: () => libraryModule('csv', py.csv, makeCsvNative()),
  difflib: () => libraryModule('difflib', py.difflib),
  configparser: () => libraryModule('configparser', py.configparser),
  heapq: () => libraryModule('heapq', py.heapq),
  hmac: () => libraryModule('hmac', py.hmac),
  inspect: () => libraryModule('inspect', py.inspect),
  bisect: () => libraryModule('bisect', py.bisect),
  numbers: () => libraryModule('numbers', py.numbers),
  calendar: () => libraryModule('calendar', py.calendar),
  json: () => libraryModule('json', py.json, makeJsonNative()),
  _re: (h) => new PyModule('_re', new Map(makeReNative(h.sim))),
  re: () => libraryModule('re', py.re),
  itertools: () => libraryModule('itertools', py.itertools),
  operator: () => libraryModule('operator', py.operator),
  statistics: () => libraryModule('statistics', py.statistics),
  stat: () => libraryModule('stat', py.stat),
  string: () => libraryModule('string', py.string),
  _string: () => libraryModule('_string', py._string),
  // 3.14 made string a package, for its t-strings' types.
  'string.templatelib': () => {
    if (run.minor < SINCE['string.templatelib']) throw notAPackage('string.templatelib', 'string');
    return libraryModule('string.templatelib', py.string_templatelib);
  },
  reprlib: () => libraryModule('reprlib', py.reprlib),
  annotationlib: () => libraryModule('annotationlib', py.annotationlib),
  zlib: () => withErrorClass('zlib', py.zlib, 'error', makeZlibNative),
  tempfile: () => libraryModule('tempfile', py.tempfile),
  textwrap: () => libraryModule('textwrap', py.textwrap),
  timeit: () => libraryModule('timeit', py.timeit),
  tomllib: () => libraryModule('tomllib', py.tomllib),
  pathlib: () => libraryModule('pathlib', py.pathlib),
  io: () => libraryModule('io', py.io),
  _bytesio: () => libraryModule('_bytesio', py._bytesio),
  _fileio: () => libraryModule('_fileio', py._fileio),
  _module_spec: () => libraryModule('_module_spec', py._module_spec),
  _fs: () => libraryModule('_fs', py._fs),
  _loopback: () => libraryModule('_loopback', py._loopback),
  _socketfile: () => libraryModule('_socketfile', py._socketfile),
  socket: () => libraryModule('socket', py.socket),
  select: () => libraryModule('select', py.select),
  selectors: () => libraryModule('selectors', py.selectors),
  argparse: () => libraryModule('argparse', py.argparse),
  array: () => libraryModule('array', py.array),
  binascii: () => withErrorClass('binascii', py.binascii, 'Error', makeBinasciiNative),
  base64: () => libraryModule('base64', py.base64),
  _blake2: () => libraryModule('_blake2', py._blake2),
  hashlib: () => libraryModule('hashlib', py.hashlib, makeHashlibNative()),
  struct: () => withErrorClass('struct', py.struct, 'error', makeStructNative),
  // The run's own builtins table: `builtins.print = ...` changes what every module sees, as in CPython.
  builtins: () => new PyModule('builtins', run.get(interpreter).builtins),
  sys: (h) => {
    const m = libraryModule('sys', py.sys);
    m.dict!.set('modules', sysModules(m));
    m.dict!.set('argv', new PyList([h.fileName]));
    m.dict!.set('orig_argv', new PyList(['python3', h.fileName]));
    lazyAttributes(m, '_sys_info', SYS_INFO);
    return m;
  },
  _sys_info: () => libraryModule('_sys_info', py._sys_info),
  os: () => libraryModule('os', py.os),
  platform: () => libraryModule('platform', py.platform),
  posixpath: () => libraryModule('posixpath', py.posixpath),
  'os.path': () => importModule('posixpath'),
  signal: () => libraryModule('signal', py.signal),
  uuid: () => libraryModule('uuid', py.uuid),
  unittest: () => libraryModule('unittest', py.unittest),
  doctest: () => libraryModule('doctest', py.doctest),
  unicodedata: () => libraryModule('unicodedata', py.unicodedata),
  _unicodedata_data: () => libraryModule('_unicodedata_data', py._unicodedata_data),
  _unicodedata_tables: () => libraryModule('_unicodedata_tables', lazySource('_unicodedata_tables')),
  zoneinfo: () => libraryModule('zoneinfo', py.zoneinfo),
  ast: () => libraryModule('ast', py.ast),
  sched: () => libraryModule('sched', py.sched),
  gzip: () => libraryModule('gzip', py.gzip),
  colorsys: () => libraryModule('colorsys', py.colorsys),
  linecache: () => libraryModule('linecache', py.linecache),
  getpass: () => libraryModule('getpass', py.getpass),
  optparse: () => libraryModule('optparse', py.optparse),
  locale: () => libraryModule('locale', py.locale),
  mimetypes: () => libraryModule('mimetypes', py.mimetypes),
  _mimetypes_tables: () => libraryModule('_mimetypes_tables', py._mimetypes_tables),
  _mimetypes_machine: () => libraryModule('_mimetypes_machine', lazySource('_mimetypes_machine')),
  _locale_tables: () => libraryModule('_locale_tables', lazySource('_locale_tables')),
  _zoneinfo_tables: () => libraryModule('_zoneinfo_tables', lazySource('_zoneinfo_tables')),
  'urllib.parse': () => libraryModule('urllib.parse', py.urllib_parse),
  urllib: () => new PyModule('urllib', new Map<string, PyValue>([['parse', importModule('urllib.parse')]])),
  pprint: () => libraryModule('pprint', py.pprint),
  fractions: () => libraryModule('fractions', py.fractions),
  decimal: () => libraryModule('decimal', py.decimal),
  _decimal_format: () => libraryModule('_decimal_format', py._decimal_format),
  _decimal_math: () => libraryModule('_decimal_math', py._decimal_math),
  _mappingproxy: () => libraryModule('_mappingproxy', py._mappingproxy, [['mappingproxy', mappingProxyClass]]),
  _deprecated: () => libraryModule('_deprecated', py._deprecated),
  atexit: () => libraryModule('atexit', py.atexit),
  weakref: () => libraryModule('weakref', py.weakref, makeWeakrefNative()),
  logging: () => libraryModule('logging', py.logging),
  'logging.config': () => libraryModule('logging.config', py.logging_config),
  'logging.handlers': () => libraryModule('logging.handlers', py.logging_handlers),
  traceback: () => libraryModule('traceback', py.traceback),
  warnings: () => libraryModule('warnings', py.warnings),
  _warnings_native: (h) => makeWarningsNative(h.sim),
  types: () => libraryModule('types', py.types),
  typing: () => libraryModule('typing', py.typing),
  enum: () => libraryModule('enum', py.enum),
  abc: () => libraryModule('abc', py.abc),
  __future__: () => libraryModule('__future__', py.__future__),
  aiohttp: () => libraryModule('aiohttp', py.aiohttp),
  requests: () => libraryModule('requests', py.requests),
  // CPython's C modules behind modules written here in Python, holding those modules' C functions
  // (what pickle imports to find `_operator.add`).
  _operator: () => cFunctions('_operator', 'operator'),
  _functools: () => cFunctions('_functools', 'functools'),
  _heapq: () => cFunctions('_heapq', 'heapq'),
  _bisect: () => cFunctions('_bisect', 'bisect'),
  _asyncio: () => asyncioAccelerator(importModule('asyncio')),
  _codecs: () => cFunctions('_codecs', 'codecs'),
  _hashlib: () => cFunctions('_hashlib', 'hashlib'),
  _pickle: () => cFunctions('_pickle', 'pickle'),
  _signal: () => cFunctions('_signal', 'signal'),
  _socket: () => cFunctions('_socket', 'socket'),
  _stat: () => cFunctions('_stat', 'stat'),
  _struct: () => cFunctions('_struct', 'struct'),
  _warnings: () => cFunctions('_warnings', 'warnings'),
  _weakref: () => cFunctions('_weakref', 'weakref'),
};

/**
 * C module `name`: the built-in functions of module `from` that say they are its, under their own
 * names; its other names are refused as not simulated (not missing).
 */
function cFunctions(name: string, from: string | PyModule): PyModule {
  const d = new Map<string, PyValue>();
  for (const v of (typeof from === 'string' ? importModule(from) : from).dict!.values())
    if (v instanceof PyNativeFunction && v.self === undefined && v.module === name) d.set(v.name, v);
  return refuseOthers(new PyModule(name, d));
}

/** Module `m`'s names other than those it holds are refused as not simulated (not missing). */
function refuseOthers(m: PyModule): PyModule {
  (m as { getAttr?: (o: PyModule, attr: string) => PyValue | undefined }).getAttr = (_o, attr) => {
    if (attr.startsWith('__')) return undefined;
    throw pyError('NotSimulatedError', `${m.name}.${attr} is not simulated in Loopline`);
  };
  return m;
}

/** The attributes of sys made only when a program first reads one (see _sys_info.py). */
const SYS_INFO = new Set(['float_info', 'int_info', 'hash_info', 'thread_info', 'flags']);

/**
 * `names` of module `m` come from helper module `from` when first read (the module's dict lacks
 * them until then), so that building them costs a run's start-up nothing.
 */
function lazyAttributes(m: PyModule, from: string, names: ReadonlySet<string>): void {
  (m as { getAttr?: (o: PyModule, name: string) => PyValue | undefined }).getAttr = (_o, name) => {
    if (!names.has(name)) return undefined;
    const v = importModule(from).dict!.get(name);
    if (v !== undefined) m.dict!.set(name, v);
    return v;
  };
}

/**
 * sys.modules: the standard-library modules imported so far (the simulator's own helper modules
 * left out), kept up to date as the program imports more.
 */
function sysModules(sys: PyModule): PyDict {
  const d = new PyDict();
  // CPython's asyncio imports its log (and logging) with it: made once sys.modules shows asyncio,
  // when no module is being made (asyncio.log imports logging, which may be one of them).
  let logDue = false;
  const add = (name: string, m: PyModule) => {
    // (asyncio.graph is 3.14's, past the 3.13 standard library isStandardLibrary knows.)
    if (isStandardLibrary(name) || (name === 'asyncio.graph' && run.minor >= 14)) setitem(d, name, m);
    if (name === 'asyncio') logDue = true;
    if (logDue && building === 0) {
      logDue = false;
      placeAsyncioLog(d);
    }
  };
  const interp = run.get(interpreter);
  // The program's own module, over its globals (enum.global_enum puts names in through it).
  if (run.get(mainGlobals).size > 0) setitem(d, '__main__', run.get(mainModule));
  // (sys is being made: asyncio's log waits for its import to end.)
  for (const [name, m] of interp.modules) add(name, m);
  add('sys', sys);
  interp.onAnyImport = add;
  return d;
}

/** How many standard-library modules are being made now (one inside another's import). */
let building = 0;

/** The modules and submodules a program can import by name (the simulator's helpers left out). */
export function publicModules(minor = 13): string[] {
  return Object.keys(modules).filter((n) => !n.startsWith('_') && (SINCE[n] ?? 11) <= minor);
}

/** The modules a version before 3.14 does not have (the minor version that added each). */
const SINCE: Record<string, number> = { 'string.templatelib': 14, annotationlib: 14 };

/** The top-level modules a program can import (for the test that keeps stdlib/simulated.ts true). */
export function importableModules(): string[] {
  return publicModules().filter((n) => !n.includes('.'));
}

/** A Python module whose natives raise the error class its source defines (binascii.Error, struct.error). */
function withErrorClass(
  name: string,
  source: string,
  errorName: string,
  makeNative: (errorClass: () => PyValue) => [string, PyValue][],
): PyModule {
  const m: PyModule = libraryModule(
    name,
    source,
    makeNative(() => m.dict!.get(errorName)!),
  );
  return m;
}

/**
 * CPython's asyncio imports its submodule log (and so logging) at its own import, and holds sys;
 * here asyncio.log and asyncio.sys are put there when the program first reads one or lists the
 * package's names, so that a program that never logs does not import logging.
 */
function lazyLog(asyncio: PyModule): PyModule {
  const lazy = new Set(['log', 'sys']);
  (asyncio as { getAttr?: (o: PyModule, name: string) => PyValue | undefined }).getAttr = (_o, name) =>
    lazy.has(name) ? importModule(name === 'log' ? 'asyncio.log' : 'sys') : undefined;
  addLazyNames(asyncio, lazy, () => holdSysAndLog(asyncio));
  return asyncio;
}

/** Puts asyncio.sys and asyncio.log in the package, in that order (those it lacks). */
function holdSysAndLog(asyncio: PyModule): void {
  const d = asyncio.dict!;
  if (!d.has('sys')) d.set('sys', importModule('sys'));
  if (!d.has('log')) d.set('log', importModule('asyncio.log'));
}

/**
 * asyncio's submodules are imported with it (CPython's package imports each of them, each of which is
 * in sys.modules before the package, which goes in last): those makeAsyncio made are registered as
 * imported, in the order they are the package's attributes. asyncio.log stays lazy (lazyLog): it is
 * put there when sys.modules is there to show it (sysModules).
 */
function withSubmodules(asyncio: PyModule): PyModule {
  const interp = run.get(interpreter);
  for (const [name, v] of asyncio.dict!) {
    if (!(v instanceof PyModule) || v.name !== `asyncio.${name}` || interp.modules.has(v.name)) continue;
    // The C accelerator, which asyncio.events imports first.
    if (v.name === 'asyncio.events' && !interp.modules.has('_asyncio')) {
      const c = asyncioAccelerator(asyncio);
      finishModule(c, '_asyncio');
      interp.modules.set('_asyncio', c);
      interp.onAnyImport?.('_asyncio', c);
    }
    interp.modules.set(v.name, v);
    interp.onImport.get(v.name)?.(v);
    interp.onAnyImport?.(v.name, v);
  }
  return asyncio;
}

/**
 * asyncio.log in sys.modules `d`, where CPython's import has it: right after asyncio.transports (the
 * modules of asyncio imported after that one, and the package itself, are put after it again).
 */
function placeAsyncioLog(d: PyDict): void {
  holdSysAndLog(importModule('asyncio'));
  setitem(d, 'asyncio.log', importModule('asyncio.log'));
  const keys = [...d.map.values()].map((e) => e.key);
  const later = keys.slice(keys.indexOf('asyncio.transports') + 1);
  for (const k of later) {
    if (typeof k !== 'string' || (k !== 'asyncio' && !k.startsWith('asyncio.')) || k === 'asyncio.log') continue;
    const m = getitem(d, k);
    delitem(d, k);
    setitem(d, k, m);
  }
}

/** _base.py's public names, all of which the package re-exports or holds. */
const FUTURES_BASE = [
  'FIRST_COMPLETED',
  'FIRST_EXCEPTION',
  'ALL_COMPLETED',
  'PENDING',
  'RUNNING',
  'CANCELLED',
  'CANCELLED_AND_NOTIFIED',
  'FINISHED',
  'Error',
  'CancelledError',
  'TimeoutError',
  'InvalidStateError',
  'BrokenExecutor',
  'Future',
  'Executor',
  'wait',
  'as_completed',
  'DoneAndNotDoneFutures',
];

/**
 * concurrent.futures, which holds its submodule _base from the start (CPython's package imports its
 * names from there first): _base is made from the package's own names, and imported with it.
 */
function futuresPackage(): PyModule {
  const pkg = libraryModule('concurrent.futures', py.concurrent_futures);
  // The package is imported (as CPython's is in sys.modules while it runs), then _base: before its names.
  run.get(interpreter).modules.set('concurrent.futures', pkg);
  const d = pkg.dict!;
  const base = importModule('concurrent.futures._base');
  const entries = [...d].filter(([k]) => k !== '_base');
  d.clear();
  for (const [k, v] of entries) {
    if (k === 'FIRST_COMPLETED') d.set('_base', base);
    d.set(k, v);
  }
  return pkg;
}

/** A submodule of concurrent.futures holding NAMES of the package's module (the executors by its __getattr__). */
function futuresSubmodule(name: string, names: string[]): PyModule {
  const pkg = importModule('concurrent.futures');
  // The executors from the package's table, so that vars() of the package stays as CPython's.
  const executors = pkg.dict!.get('_executors')!;
  const m = new PyModule(`concurrent.futures.${name}`, new Map());
  // BrokenThreadPool is kept under a private name: CPython's package never has it.
  for (const n of names) m.dict!.set(n, pkg.dict!.get(n) ?? pkg.dict!.get(`_${n}`) ?? getitem(executors, n));
  if (name !== '_base') m.dict!.set('_base', importModule('concurrent.futures._base'));
  return m;
}

/** _asyncio: the C Task and Future, and the natives asyncio takes from it (its other names not simulated). */
function asyncioAccelerator(asyncio: PyModule): PyModule {
  const m = cFunctions('_asyncio', asyncio);
  for (const name of ['Future', 'Task']) m.dict!.set(name, asyncio.dict!.get(name)!);
  // The package makes some of them only when first read (their stubs, sim/module.ts).
  const refuse = (m as { getAttr?: (o: PyModule, attr: string) => PyValue | undefined }).getAttr!;
  (m as { getAttr?: (o: PyModule, attr: string) => PyValue | undefined }).getAttr = (o, attr) => {
    let f: PyValue | undefined;
    try {
      f = attr.startsWith('__') ? undefined : getattrOpt(asyncio, attr);
    } catch {
      f = undefined;
    }
    if (!(f instanceof PyNativeFunction && f.module === '_asyncio')) return refuse(o, attr);
    m.dict!.set(attr, f);
    return f;
  };
  return m;
}

function asyncioSubmodule(name: string): PyModule {
  return importModule('asyncio').dict!.get(name) as PyModule;
}

/** What every module made here gets once built: its `__name__`, CPython's dunders, its library names hidden. */
function finishModule(m: PyModule, name: string): void {
  // Every module has its __name__ (the ones built natively, time or gc, too), as in CPython.
  if (m.dict !== null && !m.dict.has('__name__')) m.dict.set('__name__', m.name);
  giveFile(m, name);
  giveCpythonAll(m);
  lazyModuleDunders(m);
  hideLibraryNames(m);
}

/** A standard-library module written in Python has CPython's `__file__`. */
function giveFile(m: PyModule, name: string): void {
  const file = stdlibFile(name);
  if (m.dict !== null && file !== undefined && !m.dict.has('__file__')) m.dict.set('__file__', file);
}

/**
 * How one run finds a module it has not imported yet (undefined: no such module); a
 * standard-library module missing from the table raises ImportError saying it is not simulated.
 */
export function moduleFinder(host: ModuleHost): (name: string) => PyModule | undefined {
  showStdlibStatements();
  return (name) => {
    if (Object.hasOwn(modules, name) && (SINCE[name] ?? 11) <= run.minor) {
      let m: PyModule;
      building++;
      try {
        m = modules[name](host);
      } finally {
        building--;
      }
      finishModule(m, name);
      // Submodules made with their package (asyncio.tasks) are never looked up here.
      for (const v of m.dict?.values() ?? [])
        if (v instanceof PyModule && v.name.startsWith(`${name}.`)) {
          giveFile(v, v.name);
          giveCpythonAll(v);
          lazyModuleDunders(v);
          hideLibraryNames(v);
        }
      return m;
    }
    // CPython imports the package first: a missing package of the program's is the module named
    // (a standard-library one Loopline lacks is named with its submodule), and a standard-library
    // module that is not a package has no submodules.
    const dot = name.lastIndexOf('.');
    if (dot > 0 && !name.startsWith('__main__.')) {
      const parent = name.slice(0, dot);
      if (!isStandardLibrary(parent)) importModule(parent);
      else if (!isStandardPackage(parent)) throw notAPackage(name, parent);
    }
    if (isStandardLibrary(name)) throw notSimulated(name);
    return undefined;
  };
}
