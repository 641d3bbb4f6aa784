/**
 * Loopline's Python object model.
 *
 * Python values map onto JS values so that the hot paths stay cheap:
 *   None → null, bool → boolean, int → bigint, float → number, str → string,
 *   everything else → a PyObject (lists, dicts, functions, classes, instances, ...).
 * A user program's errors are Python exceptions (`PyExc` thrown as JS values); a JS `Error`
 * escaping the runtime is a Loopline bug.
 */
import { run, RunSlot } from './run';
import { KeyMap, dictMap, setMap, type KeyLookup } from './keymap';
import { anchorShape } from './shape-anchors';
import { fillClassName } from './lazy-names';

export type PyValue = null | boolean | bigint | number | string | PyObject;
export type KwArgs = Map<string, PyValue> | null;
export type NativeFn = (args: PyValue[], kw: KwArgs) => PyValue;

const MISS = Symbol('miss');
/**
 * Bumped whenever a class's namespace changes, invalidating every method cache. Shared by all runs
 * on purpose: it only ever grows, so a change in any run invalidates stale entries in every run.
 */
export let classEpoch = 0;
export function classesChanged(): void {
  classEpoch++;
}

/**
 * `cls`'s own namespace changed (an attribute set or deleted, a new class's `__dict__` descriptor or
 * slots added). Only its own lookups can have read it while no other cache depends on it
 * (PyClass.observed): then they alone are forgotten, and every other class's cache and every
 * attribute site stays. Else every cache goes (classesChanged). Every class statement and the six
 * attributes ABCMeta sets on each new class invalidated them all: `import collections` did so 328
 * times, now 21.
 */
export function classChanged(cls: PyClass): void {
  if (cls.observed || cls.isBuiltin) classesChanged();
  else cls.forgetLookups();
}

export class PyObject {
  // Declared, not defined: plain assignments in the constructor keep object creation cheap
  // (every Python value that is not a primitive is one of these).
  /** A stable pseudo address for `<... at 0x...>` reprs and `id()`. */
  declare readonly id: number;
  declare cls: PyClass;
  /** Instance attributes; null for objects that have none (builtin containers). */
  declare dict: Map<string, PyValue> | null;
  constructor(cls: PyClass, dict: Map<string, PyValue> | null = null) {
    anchorShape(new.target, this);
    this.cls = cls;
    this.dict = dict;
    (this as { id: number }).id = run.nextId++;
  }
}

/** The address addressOf gives the object of id 0; each later id is 16 bytes on. */
export const ADDRESS_BASE = 0x7f0000000000;

export function addressOf(o: PyObject): string {
  return '0x' + (ADDRESS_BASE + o.id * 16).toString(16);
}

/** Special-method hooks a native class may implement directly (faster than dict lookups). */
export interface NativeSlots {
  /** Construct an instance: `cls(*args, **kw)`; receives the class actually called. */
  call?: (cls: PyClass, args: PyValue[], kw: KwArgs) => PyValue;
  /** Allocate an instance for a user subclass (before its __init__ runs). */
  alloc?: (cls: PyClass) => PyObject;
  /** A native `__str__` that is not `__repr__` (str() of an instance, also of a user subclass's). */
  str?: (self: PyObject) => string;
  /**
   * A native `__hash__` of instances compared by their `__eq__` (asyncio.TimerHandle: its time's
   * hash): a dict or set keys them by both, as a Python class's.
   */
  hash?: (self: PyObject) => bigint;
}

export class PyClass extends PyObject {
  mro: PyClass[] = [];
  slots: NativeSlots = {};
  /** Set for builtin classes whose instances are a particular JS class (list → PyList ...). */
  isBuiltin = false;
  /**
   * A builtin class whose operators are its own native dunder methods (collections.deque): `+`,
   * `==`, `<` and `+=` call them as they call a Python class's, instead of the builtin fast paths.
   */
  nativeDunders = false;
  /** Do operators call this class's dunder methods (a Python class's, or a native one's marked so)? */
  get operatesByDunders(): boolean {
    return !this.isBuiltin || this.nativeDunders;
  }
  /** Instances have no __dict__: every class they inherit from declares __slots__ without it. */
  noDict = false;
  /** A class CPython refuses as a base (bool, memoryview: no Py_TPFLAGS_BASETYPE). */
  final = false;
  /** The class or a base defines `__del__`: its instances' drops are reported (sim/lifetimes.ts). */
  finalizes = false;
  qualname: string;
  module = 'builtins';
  /**
   * The name error messages give instances (CPython's tp_name), when it is not `name`: a type
   * CPython writes in C outside builtins carries its module (`'collections.deque' object ...`).
   * Not inherited: a subclass written in Python is named by its own `__name__`.
   */
  tpName: string | undefined = undefined;
  /** The classes made with this one among their bases, in order (none kept for builtin classes). */
  subclassList: PyClass[] | null = null;
  /**
   * A cache other than the class's own lookups may hold what its namespace answered: it has been a
   * base of another class (whose MRO then has it), or an attribute or method site cached its
   * instances (runtime/attr-cache.ts). Never unset: a change to its namespace then invalidates
   * every cache (classChanged).
   */
  observed = false;
  constructor(
    public name: string,
    public bases: PyClass[],
    dict: Map<string, PyValue> = new Map(),
    meta: PyClass | null = null,
  ) {
    // `type` is created before its own class exists; it is patched in bootstrap.
    super(meta ?? (typeClass as PyClass), dict);
    this.qualname = name;
    this.mro = computeMro(this);
    this.joinSubclassLists();
    if (dict.has('__del__') || bases.some((b) => b.finalizes)) {
      this.finalizes = true;
      // A library class (asyncio's StreamWriter) turns the lifetimes on with its first instance
      // (interp/classes.ts allocate): every program imports it, few make one.
      if (run.loadingLibrary === 0) run.lifetimesSeen = true;
    }
  }
  private cache = new Map<string, PyValue | typeof MISS>();
  private cacheEpoch = -1;
  /** Look a name up along the MRO (cached until any class dict changes). */
  lookup(name: string): PyValue | undefined {
    if (this.cacheEpoch !== classEpoch) {
      this.cache.clear();
      this.cacheEpoch = classEpoch;
    }
    const c = this.cache.get(name);
    if (c !== undefined) return c === MISS ? undefined : c;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict!.get(name);
      if (v !== undefined) {
        this.cache.set(name, v);
        return v;
      }
    }
    // A name a run gives a class only when first needed (runtime/lazy-names.ts): made now, found again.
    if (fillClassName(mro, name)) return this.lookup(name);
    this.cache.set(name, MISS);
    return undefined;
  }
  /** Its own lookups' cache is stale (classChanged): emptied at the next lookup. */
  forgetLookups(): void {
    this.cacheEpoch = -1;
  }
  isSubclassOf(other: PyClass): boolean {
    return this === other || this.mro.includes(other);
  }
  /**
   * Puts this class at the end of each base's subclass list (type.__subclasses__ and __bases__
   * assignment need a class's direct subclasses). Builtin classes (object, int, bytearray) are
   * shared by every run, so they keep no list.
   */
  joinSubclassLists(): void {
    for (const b of this.bases) {
      b.observed = true;
      if (!b.isBuiltin && b.module !== 'builtins') {
        (b.subclassList ??= []).push(this);
        run.get(listedSubclasses).add(this);
      }
    }
  }
}

/**
 * The run's classes that joined a base's subclass list. CPython's lists hold them weakly: a class
 * nothing reaches leaves them when the collector frees it (gc.collect(), sim/lifetimes.ts).
 */
export const listedSubclasses = new RunSlot<Set<PyClass>>('listed subclasses', () => new Set());

export function computeMro(cls: PyClass): PyClass[] {
  if (cls.bases.length === 0) return [cls];
  if (cls.bases.length === 1) return [cls, ...cls.bases[0].mro];
  const dup = cls.bases.find((b, i) => cls.bases.indexOf(b) !== i);
  if (dup !== undefined) throw new PyExc(makeError('TypeError', `duplicate base class ${dup.name}`));
  // C3 linearisation.
  const seqs = cls.bases.map((b) => [...b.mro]).concat([[...cls.bases]]);
  const out: PyClass[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyClass | null = null;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (!head) {
      throw new PyExc(
        makeError(
          'TypeError',
          // Up to 3.12 CPython's message breaks the line after "resolution".
          `Cannot create a consistent method resolution${run.minor >= 13 ? ' ' : '\n'}order (MRO) for bases ` +
            cls.bases.map((b) => b.name).join(', '),
        ),
      );
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

// ------------------------------------------------------------------ bootstrap classes

export let typeClass: PyClass = undefined as unknown as PyClass;
export const objectClass = new PyClass('object', []);
typeClass = new PyClass('type', [objectClass]);
objectClass.cls = typeClass;
typeClass.cls = typeClass;

export function builtinClass(name: string, base: PyClass | PyClass[] = objectClass): PyClass {
  const c = new PyClass(name, Array.isArray(base) ? base : [base]);
  c.isBuiltin = true;
  return c;
}

const noneType = builtinClass('NoneType');
export const intClass = builtinClass('int');
export const boolClass = builtinClass('bool', intClass);
export const floatClass = builtinClass('float');
export const complexClass = builtinClass('complex');
export const strClass = builtinClass('str');
export const bytesClass = builtinClass('bytes');
export const listClass = builtinClass('list');
export const tupleClass = builtinClass('tuple');
export const dictClass = builtinClass('dict');
export const setClass = builtinClass('set');
export const frozensetClass = builtinClass('frozenset');
export const rangeClass = builtinClass('range');
export const sliceClass = builtinClass('slice');
export const functionClass = builtinClass('function');
const builtinFunctionClass = builtinClass('builtin_function_or_method');
export const methodClass = builtinClass('method');
// What CPython calls a built-in type's methods: `list.append` (a method_descriptor) and `int.__add__`
// (a wrapper_descriptor), and the latter bound to an object, `(1).__add__` (a method-wrapper).
const methodDescriptorClass = builtinClass('method_descriptor');
const wrapperDescriptorClass = builtinClass('wrapper_descriptor');
const methodWrapperClass = builtinClass('method-wrapper');
const moduleClass = builtinClass('module');
export const coroutineClass = builtinClass('coroutine');
export const generatorClass = builtinClass('generator');
export const asyncGeneratorClass = builtinClass('async_generator');
export const propertyClass = builtinClass('property');
export const staticmethodClass = builtinClass('staticmethod');
export const classmethodClass = builtinClass('classmethod');
export const superClass = builtinClass('super');
const ellipsisClass = builtinClass('ellipsis');
const notImplementedType = builtinClass('NotImplementedType');

export const Ellipsis = new PyObject(ellipsisClass);
export const NotImplemented = new PyObject(notImplementedType);

// ------------------------------------------------------------------ containers

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyClass = listClass,
  ) {
    super(cls, cls === listClass ? null : new Map());
  }
}

export class PyTuple extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyClass = tupleClass,
  ) {
    // A subclass has a __dict__ unless its __slots__ leave it out (a namedtuple's `__slots__ = ()`).
    super(cls, cls === tupleClass || cls.noDict ? null : new Map());
  }
}

export const emptyTuple = new PyTuple([]);

/**
 * An instance of a user subclass of int, float or str: the builtin value it stands for plus its own
 * class and attributes (plain ints, floats and strs stay JS primitives).
 */
export class PyBoxed extends PyObject {
  constructor(
    cls: PyClass,
    public value: bigint | number | string,
  ) {
    super(cls, cls.noDict ? null : new Map());
  }
}

/** The builtin value of a subclass instance; any other value unchanged. */
export function unbox(v: PyValue): PyValue {
  return v instanceof PyBoxed ? v.value : v;
}

/** Whether the native methods of `cls` see a subclass instance as its builtin value (int, float and str's). */
export function unboxesSelf(cls: PyClass): boolean {
  return cls === intClass || cls === floatClass || cls === strClass;
}

/** Native methods of int, float and str see a subclass instance as its builtin value. */
export function unboxingSelf(cls: PyClass, fn: NativeMethodFn): NativeMethodFn {
  if (!unboxesSelf(cls)) return fn;
  return (self, args, kw) => fn(self instanceof PyBoxed ? self.value : self, args, kw);
}

export class PyBytes extends PyObject {
  constructor(public data: Uint8Array) {
    super(bytesClass);
  }
}

export class PyRange extends PyObject {
  constructor(
    public start: bigint,
    public stop: bigint,
    public step: bigint,
  ) {
    super(rangeClass);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? Number((stop - start + step - 1n) / step) : 0;
    return start > stop ? Number((start - stop - step - 1n) / -step) : 0;
  }
}

export class PySlice extends PyObject {
  constructor(
    public start: PyValue,
    public stop: PyValue,
    public step: PyValue,
  ) {
    super(sliceClass);
  }
}

export class PyComplex extends PyObject {
  constructor(
    public re: number,
    public im: number,
  ) {
    super(complexClass);
  }
}

/**
 * Hash key of a value for dict/set storage: equal Python values (1 == 1.0 == True) share a key.
 * Objects without a value-based `__eq__` key by identity.
 */
export type HashKey = string | number | PyObject;

/** A dict's or set's storage (runtime/keymap.ts): entries V under HashKeys, with Python keys. */
export type PyKeyMap<V> = KeyMap<V, HashKey, PyValue>;
/** What a key lookup (ops.findKey) reads of a dict's or set's storage. */
export type PyKeyLookup = KeyLookup<HashKey, PyValue>;
/** An empty set's storage. */
export const emptySetMap = (): PyKeyMap<PyValue> => setMap<HashKey, PyValue>();

export interface DictEntry {
  key: PyValue;
  value: PyValue;
}

export class PyDict extends PyObject {
  /** Insertion-ordered, as Python dicts are. */
  map: PyKeyMap<DictEntry> = dictMap<DictEntry, HashKey, PyValue>();
  constructor(cls: PyClass = dictClass) {
    super(cls, cls === dictClass ? null : new Map());
  }
}

export class PySet extends PyObject {
  map: PyKeyMap<PyValue> = emptySetMap();
  constructor(cls: PyClass = setClass) {
    super(cls, cls === setClass || cls === frozensetClass ? null : new Map());
  }
}

// ------------------------------------------------------------------ callables

export class PyNativeFunction extends PyObject {
  constructor(
    public name: string,
    public fn: NativeFn,
    public qualname: string = name,
    /** For bound natives' reprs (`<built-in method append of list object at 0x...>`). */
    public self: PyValue | undefined = undefined,
  ) {
    super(builtinFunctionClass);
  }
  /** The module whose import first held this function (`len.__module__` is 'builtins'); set by importModule. */
  module: string | undefined = undefined;
  /** The parameters of the Python function CPython has here (`(delay, result=None)`), for inspect.signature. */
  pySig: string | undefined = undefined;
  /**
   * The implementation itself, for a call with directMin to directMax positional arguments and no
   * keywords: what `fn` does with them, one indirect call fewer (PyNativeMethod.direct's twin). Set
   * by defNative when its signature is first bound.
   */
  direct: ((args: PyValue[]) => PyValue) | null = null;
  directMin = Infinity;
  directMax = -1;
}

/** A method of a builtin class: receives `self` first. */
export type NativeMethodFn = (self: PyValue, args: PyValue[], kw: KwArgs) => PyValue;
/**
 * A native coroutine method's shortcut for `await obj.meth()` / `await obj.meth(a0)` (`n`
 * arguments): when `ready` says the operation would finish at its first step, `now` does it and
 * gives its result, and the awaiting frame makes no coroutine for it.
 */
export interface NativeAwaitNow {
  ready(self: PyObject, n: number): boolean;
  now(self: PyObject, a0: PyValue): PyValue;
}

export class PyNativeMethod extends PyObject {
  /** Set for the few coroutine methods that often finish at once (queue put/get). */
  awaitNow: NativeAwaitNow | null = null;
  /** The parameters of the Python method CPython has here (`(self, item)`), for inspect.signature. */
  pySig: string | undefined = undefined;
  private wrapper = false;
  /**
   * The implementation itself, for a call with directMin to directMax positional arguments and no
   * keywords: what `fn` does with them (its binding hands the array over unchanged), one indirect
   * call fewer, and one a call site that always meets the same method can inline. Set by
   * defNativeMethod when its signature is first bound; `unboxes`: only for a `self` that is not an
   * object (the int, float and str methods see a subclass instance's value: `fn` unboxes it).
   */
  direct: ((self: PyValue, args: PyValue[]) => PyValue) | null = null;
  directMin = Infinity;
  directMax = -1;
  unboxes = false;
  constructor(
    public name: string,
    public fn: NativeMethodFn,
    public owner: PyClass,
  ) {
    super(methodDescriptorClass);
  }
  /** A slot wrapper (`int.__add__`, declared 'wrapper(...)'): repr'd and typed as CPython's wrapper types. */
  get slotWrapper(): boolean {
    return this.wrapper;
  }
  set slotWrapper(v: boolean) {
    this.wrapper = v;
    this.cls = v ? wrapperDescriptorClass : methodDescriptorClass;
  }
}

export class PyBoundMethod extends PyObject {
  constructor(
    public func: PyValue,
    public self: PyValue,
  ) {
    // Only a Python function binds into a `method`; a built-in one bound is a built-in again.
    super(
      func instanceof PyNativeMethod
        ? func.slotWrapper
          ? methodWrapperClass
          : builtinFunctionClass
        : func instanceof PyNativeFunction
          ? builtinFunctionClass
          : methodClass,
    );
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
  ) {
    super(propertyClass);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue) {
    super(staticmethodClass);
  }
}

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue) {
    super(classmethodClass);
  }
}

export class PyModule extends PyObject {
  constructor(
    public name: string,
    dict: Map<string, PyValue>,
  ) {
    super(moduleClass, dict);
  }
}

// types.ModuleType(name, doc=None): an empty module, as CPython's module_init makes it.
moduleClass.slots.call = (_cls, args, kw) => {
  const name = args.length > 0 ? args[0] : kw?.get('name');
  const doc = args.length > 1 ? args[1] : (kw?.get('doc') ?? null);
  if (args.length > 2) throw pyError('TypeError', `module() takes at most 2 arguments (${args.length} given)`);
  if (name === undefined) throw pyError('TypeError', "module() missing required argument 'name' (pos 1)");
  if (typeof name !== 'string')
    throw pyError('TypeError', `module() argument 'name' must be str, not ${typeName(name)}`);
  const dict = new Map<string, PyValue>([
    ['__name__', name],
    ['__doc__', doc],
    ['__package__', null],
    ['__loader__', null],
    ['__spec__', null],
  ]);
  return new PyModule(name, dict);
};

export class PyCell {
  constructor(public v: PyValue | undefined) {}
}

// ------------------------------------------------------------------ exceptions

export const baseExceptionClass = builtinClass('BaseException');

export interface TracebackEntry {
  /** Function name as CPython prints it (`<module>` for module code). */
  name: string;
  line: number;
  /** Whether the frame is in the user's program (others are shown as library frames). */
  user: boolean;
  /** The file, when not the program's: "<string>" for code run by exec() or eval(). */
  file?: string;
  /** The interpreter frame (interp/frame.ts Frame), for tb_frame. */
  frame?: object;
  /** Its caller's frame when the entry was made (null: none), for f_back. */
  back?: object | null;
  /** Where in the line the failing operation is (CPython's instruction positions), for caret lines. */
  pos?: SourceSpan;
  /** A library statement shown as CPython's (interp/library-frames.ts): its line in Loopline's own source. */
  ownLine?: number;
  /** A library frame's line of source (asyncio's own, interp/library-frames.ts), shown with its carets. */
  text?: string;
  /** A library frame's line when its function went on past `line` before the exception left it (a `finally`), for f_lineno. */
  leftAt?: number;
}

/** A stretch of the program's source: 1-based lines, 0-based columns (the IR's Span has these). */
export interface SourceSpan {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export class PyExceptionObject extends PyObject {
  args: PyValue[] = [];
  traceback: TracebackEntry[] = [];
  /** asyncio's own frames the exception passed through, spliced into `traceback` when printed (interp/library-frames.ts). */
  libraryFrames: { at: number; frames: TracebackEntry[] }[] | null = null;
  /** The frame and line of the `except` that caught it last (the outermost traceback entry while it is handled). */
  caughtAt: TracebackEntry | null = null;
  /**
   * The frame whose `except*` raised it at its end: as CPython's RERAISE, that frame adds no entry
   * to its traceback (which has the frame already, or none), neither leaving it nor caught in it.
   */
  reraisedIn: object | null = null;
  /** The innermost expression of the current frame it came out of (compile/positions.ts), until that frame's entry takes it. */
  pendingPos: SourceSpan | null = null;
  cause: PyExceptionObject | null = null;
  context: PyExceptionObject | null = null;
  suppressContext = false;
  notes: string[] | null = null;
  /** ExceptionGroup members. */
  exceptions: PyExceptionObject[] | null = null;
  /** Message of an ExceptionGroup. */
  groupMessage: string | null = null;
  constructor(cls: PyClass) {
    super(cls, new Map());
  }

  /**
   * Raised again (`raise e`, or a native such as an asyncio future's result()): its traceback
   * goes on from the frame that caught it, as CPython's __traceback__ holds that frame.
   */
  raisedAgain(): this {
    if (this.caughtAt !== null) {
      this.traceback.push(this.caughtAt);
      this.caughtAt = null;
    }
    return this;
  }
}

/** What the runtime throws for a Python exception. */
export class PyExc {
  constructor(public exc: PyExceptionObject) {}
}

const exceptionClasses = new Map<string, PyClass>();
exceptionClasses.set('BaseException', baseExceptionClass);

export function excClass(name: string, base: string = 'Exception'): PyClass {
  const existing = exceptionClasses.get(name);
  if (existing) return existing;
  const b = exceptionClasses.get(base);
  if (!b) throw new Error(`unknown exception base ${base}`);
  const c = builtinClass(name, b);
  exceptionClasses.set(name, c);
  return c;
}

export function getExcClass(name: string): PyClass {
  const c = exceptionClasses.get(name);
  if (!c) throw new Error(`unknown exception ${name}`);
  return c;
}

export function allExceptionClasses(): Map<string, PyClass> {
  return exceptionClasses;
}

// The builtin hierarchy (the parts programs can observe).
excClass('Exception', 'BaseException');
excClass('BaseExceptionGroup', 'BaseException');
excClass('ExceptionGroup', 'BaseExceptionGroup');
getExcClass('ExceptionGroup').bases.push(getExcClass('Exception'));
getExcClass('ExceptionGroup').mro = [
  getExcClass('ExceptionGroup'),
  getExcClass('BaseExceptionGroup'),
  getExcClass('Exception'),
  baseExceptionClass,
  objectClass,
];
excClass('SystemExit', 'BaseException');
excClass('KeyboardInterrupt', 'BaseException');

/** `isinstance(exc, (SystemExit, KeyboardInterrupt))`: what asyncio lets through tasks and callbacks. */
export function isExitOrInterrupt(exc: PyExceptionObject): boolean {
  return exc.cls.isSubclassOf(getExcClass('SystemExit')) || exc.cls.isSubclassOf(getExcClass('KeyboardInterrupt'));
}
excClass('GeneratorExit', 'BaseException');
for (const n of [
  'ArithmeticError',
  'AssertionError',
  'AttributeError',
  'BufferError',
  'EOFError',
  'ImportError',
  'LookupError',
  'MemoryError',
  'NameError',
  'OSError',
  'ReferenceError',
  'RuntimeError',
  'StopIteration',
  'StopAsyncIteration',
  'SyntaxError',
  'SystemError',
  'TypeError',
  'ValueError',
  'Warning',
])
  excClass(n);
excClass('FloatingPointError', 'ArithmeticError');
excClass('OverflowError', 'ArithmeticError');
excClass('ZeroDivisionError', 'ArithmeticError');
excClass('ModuleNotFoundError', 'ImportError');
excClass('IndexError', 'LookupError');
excClass('KeyError', 'LookupError');
excClass('UnboundLocalError', 'NameError');
excClass('ConnectionError', 'OSError');
excClass('FileNotFoundError', 'OSError');
excClass('TimeoutError', 'OSError');
excClass('NotImplementedError', 'RuntimeError');
excClass('RecursionError', 'RuntimeError');
excClass('PythonFinalizationError', 'RuntimeError');
excClass('UnicodeError', 'ValueError');
excClass('IndentationError', 'SyntaxError');
excClass('TabError', 'IndentationError');
excClass('UnicodeTranslateError', 'UnicodeError');
for (const n of ['BlockingIOError', 'ChildProcessError', 'FileExistsError', 'InterruptedError', 'IsADirectoryError'])
  excClass(n, 'OSError');
for (const n of ['NotADirectoryError', 'PermissionError', 'ProcessLookupError']) excClass(n, 'OSError');
for (const n of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError'])
  excClass(n, 'ConnectionError');
// Old names of OSError: the same class under another builtin name.
exceptionClasses.set('EnvironmentError', getExcClass('OSError'));
exceptionClasses.set('IOError', getExcClass('OSError'));
for (const n of ['DeprecationWarning', 'RuntimeWarning', 'UserWarning', 'FutureWarning', 'ResourceWarning'])
  excClass(n, 'Warning');
for (const n of ['BytesWarning', 'EncodingWarning', 'ImportWarning', 'SyntaxWarning', 'UnicodeWarning'])
  excClass(n, 'Warning');
excClass('PendingDeprecationWarning', 'Warning');
// asyncio's own (module asyncio.exceptions).
excClass('CancelledError', 'BaseException');
excClass('InvalidStateError', 'Exception');
excClass('QueueEmpty', 'Exception');
excClass('QueueFull', 'Exception');
excClass('QueueShutDown', 'Exception');
excClass('BrokenBarrierError', 'RuntimeError');
excClass('IncompleteReadError', 'EOFError');
// Loopline's own: a name CPython has that the simulator does not (an AttributeError, so library code's
// `except AttributeError` fallbacks still work).
excClass('NotSimulatedError', 'AttributeError');
getExcClass('NotSimulatedError').module = 'loopline';
for (const n of [
  'CancelledError',
  'InvalidStateError',
  'QueueEmpty',
  'QueueFull',
  'QueueShutDown',
  'BrokenBarrierError',
])
  getExcClass(n).module = 'asyncio';
getExcClass('QueueEmpty').module = 'asyncio.queues';
getExcClass('QueueFull').module = 'asyncio.queues';
getExcClass('QueueShutDown').module = 'asyncio.queues';
getExcClass('CancelledError').module = 'asyncio.exceptions';
getExcClass('InvalidStateError').module = 'asyncio.exceptions';
getExcClass('BrokenBarrierError').module = 'asyncio.exceptions';

function makeException(cls: PyClass, args: PyValue[]): PyExceptionObject {
  const e = new PyExceptionObject(cls);
  e.args = args;
  return e;
}

export function makeError(name: string, message?: string): PyExceptionObject {
  return makeException(getExcClass(name), message === undefined ? [] : [message]);
}

/** Throw a Python exception of a builtin class: `throw pyError('TypeError', '...')`. */
export function pyError(name: string, message?: string): PyExc {
  return new PyExc(makeError(name, message));
}

// Types CPython gives no constructor (no tp_new): calling one is an error. NoneType() is None.
for (const c of [
  builtinFunctionClass,
  methodDescriptorClass,
  wrapperDescriptorClass,
  methodWrapperClass,
  coroutineClass,
  generatorClass,
  asyncGeneratorClass,
])
  c.slots.call = (cls) => {
    throw pyError('TypeError', `cannot create '${cls.name}' instances`);
  };
noneType.slots.call = (_cls, args, kw) => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) throw pyError('TypeError', 'NoneType takes no arguments');
  return null;
};

// ------------------------------------------------------------------ type of a value

export function typeOf(v: PyValue): PyClass {
  switch (typeof v) {
    case 'bigint':
      return intClass;
    case 'string':
      return strClass;
    case 'number':
      return floatClass;
    case 'boolean':
      return boolClass;
    case 'object':
      return v === null ? noneType : v.cls;
  }
  throw new Error('not a Python value: ' + String(v));
}

export function typeName(v: PyValue): string {
  const t = typeOf(v);
  return t.tpName ?? t.name;
}

/** Mark a class as one CPython writes in C: its tp_name is `module.qualname` (see PyClass.tpName). */
export function markCType(cls: PyClass): void {
  cls.tpName = cls.module === 'builtins' ? cls.name : `${cls.module}.${cls.qualname}`;
}

export function isInstance(v: PyValue, cls: PyClass): boolean {
  const t = typeOf(v);
  return t === cls || t.mro.includes(cls);
}

// ------------------------------------------------------------------ defining natives
// These take the raw arguments: for callables that parse them by hand (min, max, zip, str.format,
// __init__ with **kwargs). Everything else declares a signature (runtime/native.ts).

export function defMethod(cls: PyClass, name: string, fn: NativeMethodFn): void {
  cls.dict!.set(name, new PyNativeMethod(name, unboxingSelf(cls, fn), cls));
  classesChanged();
}

export function native(name: string, fn: NativeFn, qualname?: string): PyNativeFunction {
  return new PyNativeFunction(name, fn, qualname ?? name);
}

/** Recognises V8's stack overflow so the interpreter can report it as Python's RecursionError. */
export const RangeErrorGuard = {
  isStackOverflow(e: RangeError): boolean {
    // No regular expression here: near the stack limit even a regex can overflow.
    return typeof e.message === 'string' && e.message.indexOf('call stack') >= 0;
  },
};
