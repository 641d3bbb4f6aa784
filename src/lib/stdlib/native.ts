/**
 * The internal module `_stdlib_native`: native helpers the standard-library modules written in
 * Python call (the clock, sys.stderr, tuple/object construction, metaclasses, strftime).
 */
import { childStreams } from './child-streams';
import {
  PyModule,
  PyClass,
  PyClassMethod,
  PyTuple,
  PyList,
  PyDict,
  PyExceptionObject,
  PyNativeFunction,
  PyBoundMethod,
  PyExc,
  getExcClass,
  pyError,
  typeName,
  typeClass,
  classmethodClass,
  markCType,
  type PyValue,
  type TracebackEntry,
} from '../runtime/core';
import { defNative } from '../runtime/native';
import { call, iterToArray, setitem, toIndex, truthy } from '../runtime/ops';
import { namespaceOf } from '../runtime/types/attr-dict';
import { PyFunctionBase } from '../runtime/callable';
import { ProcessExit } from './process-exit';
import { strftime } from '../py/format/strftime';
import { fmtError } from './format-errors';
import type { Simulation } from '../sim/runners';
import { bigOf } from './math';
import { run } from '../runtime/run';
import { frameStack } from '../interp/drops';
import { namespaceDict } from '../interp/namespaces';
import { PyFunction } from '../interp/function';
import { PyGenerator, asyncGenHooks } from '../interp/generator';
import { importModule, interpreter, mainGlobals } from '../interp/state';
import { currentThreadFrames, currentThreadStack, markBlocking, waitFor, type ThreadGen } from '../interp/threaded';
import { frameClass, frameObject, tracebackClass, tracebackEntriesOf } from '../interp/frame-objects';
import type { Frame } from '../interp/frame';
import { formatException, frameText } from './exc-format';
import { lentSources, syntaxErrorRows } from '../interp/traceback';
import { hintFor } from '../interp/suggestions';
import { libraryLine } from '../interp/library-frames';
import { MAIN_PID } from '../sim/threads';
import { signalWakeup } from '../sim/signals';
import { DEFAULT_SWITCH_INTERVAL } from '../sim/cpu-time';
import { FULL_VERSION } from '../ir/python-version';
import { ownAnnotations } from '../runtime/class-annotations';
import { annotateWithFakeGlobals } from '../interp/annotate';
import { moveClassCell } from '../interp/classes';
import { siftTowardLeaves, siftTowardRoot } from './heap-sifts';
import { bisectSearch } from './bisect-search';
import { installDatetimeNatives } from './datetime-native';
import { installItertoolsNatives } from './itertools-native';
import { installFunctoolsNatives } from './functools-native';
import { installOperatorNatives } from './operator-native';
import { literalEval } from './literal-eval';
import { callableClassGetItem } from '../runtime/types/callable-alias';
import { builtinClassMethod } from '../runtime/types/descriptor-types';
import { newObject } from '../runtime/instance-fields';
import { originDepth, setOriginDepth } from '../interp/coroutine-origin';

/** `_stdlib_native`: what the Python standard-library sources cannot write in Python. */
export function makeNative(sim: Simulation): PyModule {
  const d = new Map<string, PyValue>();
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) => d.set(name, defNative(name, sig, fn));
  def('clock', '()', () => sim.clock.now);
  // heapq's loops (heap-sifts.ts): heapq.py checks the arguments, as CPython's C functions do first.
  def('heap_sift_root', '(heap, start, pos, /)', ([heap, start, pos]) => {
    siftTowardRoot(heap as PyList, Number(start), Number(pos));
    return null;
  });
  // bisect's search loop (bisect-search.ts): bisect.py checks lo and hi first.
  def('bisect_search', '(a, x, lo, hi, key, right, /)', ([a, x, lo, hi, key, right]) =>
    bisectSearch(a, x, lo as bigint, hi as bigint, key, right === true),
  );
  def('heap_sift_leaves', '(heap, pos, /)', ([heap, pos]) => {
    siftTowardLeaves(heap as PyList, Number(pos));
    return null;
  });
  // datetime's hot methods (datetime-native.ts): each falls back to the Python method it replaces.
  def(
    'datetime_natives',
    '(timedelta, date, time, datetime, tzinfo, /)',
    ([timedelta, date, time, datetime, tzinfo]) => {
      installDatetimeNatives({
        timedelta: timedelta as PyClass,
        date: date as PyClass,
        time: time as PyClass,
        datetime: datetime as PyClass,
        tzinfo: tzinfo as PyClass,
        clock: () => sim.clock.now,
      });
      // CPython's C classes hold their class methods as classmethod_descriptors (datetime.now,
      // date.today, fromisoformat): `<method 'now' of 'datetime.datetime' objects>`.
      for (const cls of [timedelta, date, time, datetime, tzinfo] as PyClass[])
        for (const [name, v] of cls.dict!)
          if (v instanceof PyClassMethod && v.cls === classmethodClass)
            cls.dict!.set(name, builtinClassMethod(cls, v.func));
      return null;
    },
  );
  // The hot loops of itertools, functools and operator (itertools-native.ts, functools-native.ts,
  // operator-native.ts), installed over the module's namespace: each falls back to the Python it replaces.
  for (const [name, install] of [
    ['itertools_natives', installItertoolsNatives],
    ['functools_natives', installFunctoolsNatives],
    ['operator_natives', installOperatorNatives],
  ] as const)
    def(name, '(namespace, /)', ([namespace]) => {
      const ns = namespace instanceof PyDict ? namespaceOf(namespace) : null;
      if (ns === null) throw pyError('TypeError', `${name}: not a namespace`);
      install(ns);
      return null;
    });
  // collections.abc.Callable's __class_getitem__ (runtime/types/callable-alias.ts).
  d.set('callable_class_getitem', callableClassGetItem);
  def('literal_eval', '(node_or_string, /)', ([v]) => literalEval(v));
  // A library function Loopline does not simulate, refused by name where the program calls it.
  def('not_simulated', '(what, /)', ([what]) => {
    throw pyError('NotSimulatedError', `${String(what)} is not simulated in Loopline`);
  });
  // The same, where the message says more than the name (it is the whole message).
  def('refuse', '(message, /)', ([message]) => {
    throw pyError('NotSimulatedError', String(message));
  });
  // Classes written here in Python that CPython writes in C: error messages name them as C types do.
  def('c_types', '(*classes)', ([classes]) => {
    for (const c of (classes as PyTuple).items) {
      if (!(c instanceof PyClass)) throw pyError('TypeError', 'c_types: not a class');
      markCType(c);
    }
    return null;
  });
  // Classes written here in Python that CPython refuses as a base class (no Py_TPFLAGS_BASETYPE).
  def('final_types', '(*classes)', ([classes]) => {
    for (const c of (classes as PyTuple).items) {
      if (!(c instanceof PyClass)) throw pyError('TypeError', 'final_types: not a class');
      c.final = true;
    }
    return null;
  });
  // Functions written here in Python that CPython writes in C (operator.add, heapq.heappush, ...):
  // each function `names` lists (space-separated; `name=cname` where the C function is called
  // otherwise) becomes a built-in function of C module `module` that runs it, under every name the
  // module's namespace binds it to (`operator.__add__ is operator.add`): `<built-in function add>`,
  // type builtin_function_or_method, `__module__` '_operator', not bound as a method when a class
  // holds it.
  def('c_functions', '(module, namespace, names, /)', ([module, namespace, names]) => {
    const ns = namespace instanceof PyDict ? namespaceOf(namespace) : null;
    if (ns === null) throw pyError('TypeError', 'c_functions: not a namespace');
    // A name listed is a C function of its own (socket's ntohs and htons share our code); another
    // public or dunder name for one of them is the same built-in (a private one, as pickle's
    // _dumps, names CPython's pure-Python version: it stays ours).
    const listed = new Map<string, PyNativeFunction>();
    const made = new Map<PyValue, PyNativeFunction>();
    for (const word of String(names).split(/\s+/)) {
      if (word === '') continue;
      const [name, cname = name] = word.split('=');
      const f = ns.get(name);
      let b: PyNativeFunction;
      // One the simulator implements natively only needs its module (struct.pack is _struct's).
      if (f instanceof PyNativeFunction && f.self === undefined && f.name === cname) b = f;
      else if (f instanceof PyFunctionBase) b = new PyNativeFunction(cname, (args, kw) => f.call(args, kw));
      else throw pyError('TypeError', `c_functions: ${name} is not a function`);
      b.module = String(module);
      listed.set(name, b);
      if (!made.has(f)) made.set(f, b);
    }
    for (const [name, v] of ns) {
      const b = listed.get(name) ?? (name.startsWith('_') && !name.startsWith('__') ? undefined : made.get(v));
      if (b !== undefined) ns.set(name, b);
    }
    return null;
  });
  // signal.default_int_handler is built in, as in CPython: `<built-in function default_int_handler>`.
  def('default_int_handler', '(signalnum, frame, /)', () => {
    throw pyError('KeyboardInterrupt');
  });
  // 3.14's dataclass(slots=True): the methods' `__class__` cell follows the class made again.
  def('move_class_cell', '(old, new, /)', ([old, cls]) => {
    if (old instanceof PyClass && cls instanceof PyClass) moveClassCell(old, cls);
    return null;
  });
  def('cpu_count', '()', () => BigInt(sim.cores));
  // unicodedata.normalize: the engine's Unicode normalization (NFC, NFD, NFKC, NFKD).
  def('normalize', '(form, text, /)', ([form, text]) => (text as string).normalize(form as string));
  // unicodedata's name table (NAMES in _unicodedata_tables.py, see scripts/unicodedata-names.mjs),
  // decoded at once: ({code point: name}, {name: code point}).
  def('unicode_names', '(text, /)', ([text]) => {
    const byCode = new PyDict();
    const byName = new PyDict();
    let prev = '';
    let cp = -1;
    for (const line of (text as string).split('\n')) {
      // The gap's ':' comes after at least one digit (a line's first character may be ':', 48 + 10).
      const colon = line.indexOf(':', 1);
      cp += colon < 0 ? 1 : parseInt(line.slice(0, colon), 16);
      const name = prev.slice(0, line.charCodeAt(colon + 1) - 48) + line.slice(colon + 2);
      setitem(byCode, BigInt(cp), name);
      setitem(byName, name, BigInt(cp));
      prev = name;
    }
    return new PyTuple([byCode, byName]);
  });
  def('_exit', '(status)', ([status]) => {
    // The C status is an int: a process sees its low byte.
    throw new ProcessExit(Number(BigInt.asUintN(8, toIndex(status))));
  });
  // sys.getswitchinterval(): how long a thread holds the GIL before handing it over (sim/threads.md).
  def('switch_interval', '()', () => sim.threads?.switchInterval ?? DEFAULT_SWITCH_INTERVAL);
  def('set_switch_interval', '(interval, /)', ([interval]) => {
    sim.threadScheduler().setSwitchInterval(interval as number);
    return null;
  });
  // A pool worker (of the pool class named) waits for its next job until idle_for_work(None): the
  // timeline then says it is idle rather than blocked on the lock its queue uses.
  def('idle_for_work', '(pool, /)', ([pool]) => {
    sim.threads?.idleForWork(pool === null ? null : String(pool));
    return null;
  });
  // The main process is 4242 (its parent 4241); a child process (stdlib/processes.ts) counts on from it.
  def('getpid', '()', () => BigInt(sim.threads?.current.proc.pid ?? MAIN_PID));
  def('main_pid', '()', () => BigInt(MAIN_PID));
  // The C signal handler's write to the wakeup fd (an event loop's self-pipe: sim/signals.ts).
  def('signal_wakeup', '(signalnum, /)', ([n]) => (signalWakeup(Number(n)), null));
  def('getppid', '()', () => {
    const pid = sim.threads?.current.proc.pid ?? MAIN_PID;
    return BigInt(pid === MAIN_PID ? MAIN_PID - 1 : MAIN_PID);
  });
  // inspect.signature of a native standing for a function CPython writes in Python (asyncio.Queue.put,
  // loop.call_later): (its parameters' text, whether `obj` is it bound to an object), or None.
  def('py_signature', '(obj, /)', ([obj]) => {
    const bound = obj instanceof PyBoundMethod;
    const f = bound ? obj.func : obj;
    if (f instanceof PyNativeFunction && f.self !== undefined) return null;
    const given = (f as { pySig?: unknown }).pySig;
    const text = typeof given === 'function' ? (given as () => string)() : given;
    return typeof text === 'string' ? new PyTuple([text, bound]) : null;
  });
  // Whether calling class `cls` runs a native of its own (asyncio.Future, Queue): no Python __init__ says how.
  def(
    'native_call',
    '(cls, /)',
    ([cls]) => cls instanceof PyClass && (cls.slots.call !== undefined || cls.slots.alloc !== undefined),
  );
  // sys.get_asyncgen_hooks / set_asyncgen_hooks: the running thread's pair (sim/asyncgen-hooks.ts).
  def('asyncgen_hooks', '()', () => new PyTuple(run.get(asyncGenHooks).get()));
  def('set_asyncgen_hooks', '(firstiter, finalizer, /)', ([firstiter, finalizer]) => {
    run.get(asyncGenHooks).set(firstiter, finalizer);
    return null;
  });
  // sys.get/set_coroutine_origin_tracking_depth: the running thread's depth (interp/coroutine-origin.ts).
  def('origin_depth', '()', () => BigInt(originDepth()));
  def('set_origin_depth', '(depth, /)', ([depth]) => {
    setOriginDepth(Number(depth as bigint));
    return null;
  });
  // sys.getrecursionlimit / setrecursionlimit: the run's own limit, which every Python call checks.
  def('recursion_limit', '()', () => BigInt(run.limits.recursion));
  def('set_recursion_limit', '(limit, /)', ([limit]) => {
    const n = Number(limit as bigint);
    // The caller's depth as CPython counts it: sys.setrecursionlimit's own frame is ours, not CPython's
    // (3.11 counts the C call too).
    const depth = run.depth - (run.python === '3.11' ? 0 : 1);
    if (depth >= n)
      throw pyError(
        'RecursionError',
        `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`,
      );
    run.limits.recursion = n;
    return null;
  });
  // sys.version_info's numbers: the CPython version the run simulates.
  def('python_version', '()', () => new PyTuple(FULL_VERSION[run.python].map((n) => BigInt(n))));
  // sys.stderr: not part of the program's output, but the CLI and the app still show it.
  // sys.__stdout__.write: the program's output, whatever sys.stdout is now.
  def('stdout_write', '(text, /)', ([text]) => {
    run.write(String(text));
    return null;
  });
  // sys.stdin: the run's standard input (runtime/program-input.ts).
  def('stdin_readline', '(size, /)', ([size]) => run.input.readline(Number(size as bigint)));
  def('stdin_read', '(size, /)', ([size]) => run.input.read(Number(size as bigint)));
  // A thread that must wait for its input (a child's open stdin pipe) waits suspended.
  for (const name of ['stdin_readline', 'stdin_read'] as const)
    markBlocking(d.get(name) as object, function* (_self, [size]): ThreadGen {
      const w = run.input.pending();
      if (w !== null) yield* waitFor(w);
      const n = Number(size as bigint);
      return name === 'stdin_read' ? run.input.read(n) : run.input.readline(n);
    });
  def('stderr_write', '(text, /)', ([text]) => {
    const s = String(text);
    // A subprocess's stderr goes to its pipe (or nowhere) instead.
    if (childStreams.stderr?.(s)) return null;
    sim.spendOutput(s.length);
    if (sim.finalizers.pending) sim.beforeWarning();
    sim.rec.stderr(s, sim.clock.now);
    return null;
  });
  // A class's own annotations for dataclasses and typing: from 3.14 annotationlib's FORWARDREF
  // format (a name not defined yet is a ForwardRef), asked only when the values cannot be made.
  def('own_annotations', '(cls, /)', ([cls]) => {
    if (!(cls instanceof PyClass)) throw pyError('TypeError', 'own_annotations: not a class');
    if (cls.isBuiltin) return new PyDict();
    if (run.minor < 14) return cls.dict!.get('__annotations__') ?? new PyDict();
    try {
      return ownAnnotations(cls);
    } catch (e) {
      if (!(e instanceof PyExc && e.exc.cls.isSubclassOf(getExcClass('NameError')))) throw e;
    }
    const get = importModule('annotationlib').dict!.get('get_annotations')!;
    return call(get, [cls], new Map([['format', 3n]]));
  });
  // annotationlib's call of a compiler-made __annotate__ with fake globals (interp/annotate.ts):
  // the annotations' dict, or None for another function.
  def('annotate_fake', '(annotate, real, missing, /)', ([fn, real, missing]) => {
    const d = annotateWithFakeGlobals(fn, truthy(real), (name) => call(missing, [name], null));
    return d ?? null;
  });
  def('tuple_new', '(cls[, iterable], /)', ([cls, iterable]) => {
    if (!(cls instanceof PyClass)) throw pyError('TypeError', 'tuple_new: not a class');
    return new PyTuple(iterable !== undefined ? iterToArray(iterable) : [], cls);
  });
  // An instance of a class whose `__new__` is C's in CPython (enum members, datetime's values),
  // made without object.__new__'s check that refuses such a class.
  def('new_object', '(cls, /)', ([cls]) => {
    if (!(cls instanceof PyClass)) throw pyError('TypeError', 'new_object: not a class');
    return newObject(cls);
  });
  // Make `cls` an instance of the metaclass `meta` (a subclass of type written in Python), so
  // that iter(cls), len(cls), `x in cls` and metaclass attributes follow `meta`.
  def('set_metaclass', '(cls, meta, /)', ([cls, meta]) => {
    if (!(cls instanceof PyClass) || !(meta instanceof PyClass) || !meta.isSubclassOf(typeClass))
      throw pyError('TypeError', 'set_metaclass: bad arguments');
    cls.cls = meta;
    return null;
  });
  // Abstract methods of a class (instantiating it raises CPython's TypeError).
  def('set_abstract', '(cls, names, /)', ([cls, names]) => {
    if (!(cls instanceof PyClass)) throw pyError('TypeError', 'set_abstract: not a class');
    cls.abstractMethods = iterToArray(names).map((n) => String(n));
    return null;
  });
  // strftime for datetime: whole seconds since the epoch (UTC); %f etc. are expanded by the caller.
  def('strftime', '(format, seconds, /)', ([fmt, seconds]) => {
    if (typeof fmt !== 'string') throw pyError('TypeError', `strftime() argument 1 must be str, not ${typeName(fmt)}`);
    return fmtError(() => strftime(fmt, Number(bigOf(seconds))));
  });
  // logging's findCaller: the innermost frame of the program (file name, line, function).
  // `stacklevel` counts the program's frames outwards; past the outermost, the outermost.
  def('caller', '(stacklevel=1, /)', ([level]) => {
    let left = Number(level);
    let found: Frame | null = null;
    for (const f of currentThreadFrames(run.get(frameStack))) {
      if (!f.code.user) continue;
      found = f;
      if (--left <= 0) break;
    }
    if (found === null) return new PyTuple(['(unknown file)', 0n, '(unknown function)']);
    return new PyTuple([run.fileName, BigInt(found.line), found.code.name]);
  });
  // sys._getframe(depth).f_globals['__name__']: the module of the function `depth` calls out
  // (namedtuple's caller names the class's module, as CPython finds it); '__main__' past the last.
  def('caller_module', '(depth, /)', ([depth]) => {
    let left = Number(depth);
    for (const f of currentThreadFrames(run.get(frameStack))) {
      if (left-- > 0) continue;
      const name = f.globals.get('__name__');
      return typeof name === 'string' ? name : '__main__';
    }
    return '__main__';
  });
  // The module namespace a function or class was defined in (typing.get_type_hints evaluates
  // string annotations there): a function's globals, a class's module's; None when unknown.
  def('globals_of', '(obj, /)', ([obj]) => {
    if (obj instanceof PyFunction) return namespaceDict(obj.globals);
    if (obj instanceof PyClass) {
      const name = obj.dict!.get('__module__');
      if (name === '__main__') return namespaceDict(run.get(mainGlobals));
      const m = typeof name === 'string' ? run.get(interpreter).modules.get(name) : undefined;
      if (m !== undefined) return namespaceDict(m.dict!);
    }
    return null;
  });
  // types.coroutine on a generator function: its generators become awaitable (CO_ITERABLE_COROUTINE).
  def('mark_iterable_coroutine', '(func, /)', ([fn]) => {
    if (fn instanceof PyFunction) fn.code.iterableCoroutine = true;
    return fn;
  });
  // inspect.isawaitable's test for such a generator.
  def(
    'is_iterable_coroutine',
    '(obj, /)',
    ([o]) => o instanceof PyGenerator && o.frame?.code.iterableCoroutine === true,
  );
  // types.FrameType and types.TracebackType.
  def('frame_classes', '()', () => new PyTuple([frameClass, tracebackClass]));
  // sys.exception(): the exception the innermost `except` on the stack is handling.
  def('handled_exception', '()', () => {
    for (const f of currentThreadFrames(run.get(frameStack))) if (f.handled) return f.handled;
    return null;
  });
  // The program's frames running now (its own code's, and that of the text it runs with exec() and
  // eval()), innermost first, each linked to the next (traceback.extract_stack).
  def('stack_frames', '()', () => {
    const user = [...currentThreadFrames(run.get(frameStack))].filter((f) => f.code.user || f.code.file !== undefined);
    return new PyList(user.map((f, i) => frameObject(f, user[i + 1] ?? null)));
  });
  // sys._getframe(depth) and inspect.currentframe(): the frame `depth` calls out from the program's
  // innermost, linked outward. Only the program's frames are counted; where CPython would have a
  // frame of its own library between two of them (an event loop running a callback or task, a
  // thread's bootstrap, a library function written in Python) the count and f_back are refused,
  // as the simulator's library frames are not CPython's. `name_only`: sys._getframemodulename,
  // the module of that frame's function, None past the outermost.
  def('frame_at', '(depth, name_only, /)', ([depth, nameOnly]) => {
    const chain: Frame[] = [];
    /** Whether something not the program's ran between chain[i] and chain[i + 1]. */
    const gapAfter: boolean[] = [];
    let gap = false;
    for (const f of currentThreadStack(run.get(frameStack))) {
      if (f === null || !(f.code.user || f.code.file !== undefined)) {
        if (chain.length > 0) gap = true;
        continue;
      }
      if (chain.length > 0) gapAfter[chain.length - 1] = gap;
      chain.push(f);
      gap = false;
    }
    // The outermost is the program's module frame, which nothing called; anything else (a
    // thread's target) CPython's library called.
    const last = chain.at(-1);
    if (last !== undefined) gapAfter[chain.length - 1] = gap || last.code.name !== '<module>' || !last.code.user;
    const n = Math.max(0, Number(toIndex(depth)));
    const refuse = () => {
      throw pyError('NotSimulatedError', "a frame past one of the library's own is not simulated in Loopline");
    };
    for (let i = 0; i < Math.min(n, chain.length); i++) if (gapAfter[i]) refuse();
    if (n >= chain.length) {
      if (nameOnly === true) return null;
      throw pyError('ValueError', 'call stack is not deep enough');
    }
    if (nameOnly === true) return chain[n].globals.get('__name__') ?? null;
    for (let i = n; i < chain.length; i++) frameObject(chain[i], gapAfter[i] ? undefined : (chain[i + 1] ?? null));
    return frameObject(chain[n], undefined);
  });
  // The frame object of caller(stacklevel)'s frame, its f_back chain as stack_frames makes it
  // (logging's stack_info and the call stack handleError prints); None outside the program.
  def('caller_frame', '(stacklevel=1, /)', ([level]) => {
    const shown = [...currentThreadFrames(run.get(frameStack))].filter((f) => f.code.user || f.code.file !== undefined);
    let left = Number(level);
    let found = -1;
    for (let i = 0; i < shown.length; i++) {
      if (!shown[i].code.user) continue;
      found = i;
      if (--left <= 0) break;
    }
    if (found < 0) return null;
    // Each frame outward knows its f_back too.
    for (let i = found + 1; i < shown.length; i++) frameObject(shown[i], shown[i + 1] ?? null);
    return frameObject(shown[found], shown[found + 1] ?? null);
  });
  // linecache.getline: the program's source line, or a CPython library line a traceback shows
  // (with its newline); '' for others, such as code compiled at run time ("<string>").
  def('source_line', '(filename, lineno, /)', ([file, n]) => {
    const i = Number(bigOf(n));
    if (!run.isProgramFile(file)) return (typeof file === 'string' ? libraryLine(file, i) : null) ?? '';
    const line = sim.sourceLines[i - 1];
    return line === undefined ? '' : line + '\n';
  });
  // doctest: the examples' sources by file name for the tracebacks they raise (None: no more).
  def('show_sources', '(sources, /)', ([sources]) => {
    const lent = run.get(lentSources);
    lent.clear();
    if (sources instanceof PyDict)
      for (const { key, value } of sources.map.values())
        if (typeof key === 'string' && typeof value === 'string') lent.set(key, value.split('\n'));
    return null;
  });
  // `own`: show the exception's own frames; else those of the traceback object `tb` (None: none).
  def('format_exception', '(exc, chain, limit, own, tb, /)', ([exc, chain, limit, own, tb]) => {
    if (!(exc instanceof PyExceptionObject)) throw pyError('TypeError', 'format_exception: not an exception');
    const n = limit === null ? null : Number(bigOf(limit));
    const top = own === true ? null : entriesOf(tb);
    return new PyList(formatException(exc, sim.sourceLines, chain === true, false, n, top));
  });
  // The "Did you mean ...?" the traceback module adds to an exception's line (no traceback: no NameError suggestion).
  def('exception_hint', '(exc, with_tb, /)', ([exc, withTb]) =>
    exc instanceof PyExceptionObject ? hintFor(exc, withTb === true ? 'traceback' : 'line') : '',
  );
  // A SyntaxError's lines as format_exception_only writes them (None: not a SyntaxError).
  def('syntax_error_lines', '(exc, /)', ([exc]) => {
    const rows = exc instanceof PyExceptionObject ? syntaxErrorRows(exc) : null;
    return rows === null ? null : new PyList(rows.map((r) => r + '\n'));
  });
  // traceback.format_tb: each frame of the traceback object's chain as a traceback prints it.
  def('format_tb', '(tb, /)', ([tb]) => new PyList(entriesOf(tb).map((en) => frameText(en, sim.sourceLines))));
  return new PyModule('_stdlib_native', d);
}

function entriesOf(tb: PyValue): TracebackEntry[] {
  const entries = tracebackEntriesOf(tb);
  if (entries === null) throw pyError('AttributeError', `'${typeName(tb)}' object has no attribute 'tb_frame'`);
  return entries;
}
