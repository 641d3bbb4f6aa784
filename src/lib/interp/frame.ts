import { PyObject, PyCell, type PyValue, type PyExceptionObject, type PyClass, type SourceSpan } from '../runtime/core';
import type { Scope } from './scope';

/** Completion of a statement: how control leaves it. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export interface ParamInfo {
  /** All named parameters in order: posonly, args, kwonly. */
  names: string[];
  posonly: number;
  /** posonly + positional-or-keyword. */
  positional: number;
  kwonly: number;
  /** Slots for *args / **kwargs, -1 when absent. */
  varargSlot: number;
  kwargSlot: number;
}

/** What the compiler knows about one function body. */
export interface Code {
  name: string;
  qualname: string;
  /** In the user's program (as opposed to Loopline's own library code). */
  user: boolean;
  /** The file of code compiled at run time (exec(), compile()): its frames show in tracebacks under it. */
  file?: string;
  /** co_firstlineno: the def line (the first decorator's line when decorated). */
  firstLine: number;
  scope: Scope;
  kind: 'function' | 'generator' | 'coroutine' | 'asyncgen';
  nlocals: number;
  /** Slots of locals that nested functions capture (parameters among them get wrapped on entry). */
  cellSlots: number[];
  /** A function's parameters (code objects' co_argcount, co_varnames, co_flags); absent for module and class bodies. */
  params?: ParamInfo;
  /** The function's docstring (`__doc__`), if it has one. */
  doc?: string | null;
  /**
   * A function's body as a simulated thread runs it (interp/threaded.ts), compiled on first use
   * (a coroutine's or async generator's: started in a thread).
   */
  threaded?: () => (f: Frame) => Generator<PyValue, number, PyValue>;
  /**
   * A generator function marked by types.coroutine (CO_ITERABLE_COROUTINE): its generators can be
   * awaited, their yields going to the task as a coroutine's do.
   */
  iterableCoroutine?: boolean;
  /**
   * A list, set or dict comprehension with a frame of its own (3.11's) run as a coroutine (an async
   * one, or one in a simulated thread): its frame shows in tracebacks, as when it runs plain.
   */
  comprehensionFrame?: boolean;
  /**
   * A generator function whose body has a `try` or `with`: closing one of its generators while it
   * is suspended runs code (a `finally`, an `except GeneratorExit`, an `__exit__`), so one dropped
   * suspended is closed as it dies (sim/runners.ts), as CPython's generator finalizer closes it.
   */
  closeRuns?: boolean;
  /**
   * The body uses its `__class__` cell (zero-argument super(), or the name `__class__`): its frames
   * are given the function's class (Frame.ownerClass).
   */
  classCell?: boolean;
  /** `name:line` by line, each made once: the trace names a task's location at every step. */
  at?: string[];
}

/**
 * What few frames hold: a class body's namespace, what a suspended frame waits on, the exception an
 * `except` block handles. Kept apart so that the frame every call makes is smaller (V8 allocates
 * each field of it; the CPU-heavy bench's calls spend much of their time in the collector).
 */
class FrameRare {
  awaiting: PyObject | null = null;
  handled: PyExceptionObject | null = null;
  /**
   * The iterables of the frame's running `for` loops over a temporary (`for c in (f(1), f(2))`),
   * innermost last: CPython's loop holds its iterator, which holds them, so what they hold is
   * reachable (sim/reachable.ts) while the loop runs (drops.ts holdIterable); null when none runs.
   */
  held: PyValue[] | null = null;
  /** The class whose body defined the running method, for a body that uses it (Frame.ownerClass). */
  ownerClass: PyClass | null = null;
  /** The frame a comprehension inlined from 3.12 runs in, for one that reads it (Frame.inlinedIn). */
  inlinedIn: Frame | null = null;
  constructor(public ns: Map<string, PyValue> | null) {}
}

export class Frame {
  // Declared fields assigned in the constructor: a frame is made for every call, so its
  // creation is kept to plain assignments in one fixed order.
  declare line: number;
  /** The operation of the program's code that runs (or failed) in the line: caret lines' positions (compile/positions.ts). */
  declare pos: SourceSpan | null;
  declare retval: PyValue;
  declare code: Code;
  declare locals: (PyValue | PyCell | undefined)[];
  declare free: readonly PyCell[];
  declare globals: Map<string, PyValue>;
  /** The rarer fields (ns, awaiting, handled, held, ownerClass, inlinedIn), made when one is first set to something. */
  declare private rare: FrameRare | null;
  constructor(
    code: Code,
    locals: (PyValue | PyCell | undefined)[],
    free: readonly PyCell[],
    globals: Map<string, PyValue>,
    ns: Map<string, PyValue> | null = null,
  ) {
    this.code = code;
    this.locals = locals;
    this.free = free;
    this.globals = globals;
    this.line = code.firstLine;
    this.pos = null;
    this.retval = null;
    this.rare = ns === null ? null : new FrameRare(ns);
  }

  /**
   * The class whose body defined the running method (the `__class__` cell of zero-argument super()):
   * set only for bodies that use it (Code.classCell), so that a plain call's frame has no field for it.
   */
  get ownerClass(): PyClass | null {
    const r = this.rare;
    return r === null ? null : r.ownerClass;
  }

  set ownerClass(v: PyClass | null) {
    if (this.rare !== null) this.rare.ownerClass = v;
    else if (v !== null) (this.rare = new FrameRare(null)).ownerClass = v;
  }

  /**
   * For a list, set or dict comprehension inlined from 3.12 (PEP 709) whose code calls locals(),
   * vars(), dir(), eval() or exec(): the frame it is inlined in, whose names those see as well.
   */
  get inlinedIn(): Frame | null {
    const r = this.rare;
    return r === null ? null : r.inlinedIn;
  }

  set inlinedIn(v: Frame | null) {
    if (this.rare !== null) this.rare.inlinedIn = v;
    else if (v !== null) (this.rare = new FrameRare(null)).inlinedIn = v;
  }

  /** The namespace of a class body being executed; null elsewhere. */
  get ns(): Map<string, PyValue> | null {
    const r = this.rare;
    return r === null ? null : r.ns;
  }

  /** Set while the frame is suspended in `await`/`yield from`: what it waits on. */
  get awaiting(): PyObject | null {
    const r = this.rare;
    return r === null ? null : r.awaiting;
  }

  set awaiting(v: PyObject | null) {
    if (this.rare !== null) this.rare.awaiting = v;
    else if (v !== null) (this.rare = new FrameRare(null)).awaiting = v;
  }

  /** The exception being handled by an `except` block of this frame (bare `raise`, `__context__`). */
  get handled(): PyExceptionObject | null {
    const r = this.rare;
    return r === null ? null : r.handled;
  }

  set handled(v: PyExceptionObject | null) {
    if (this.rare !== null) this.rare.handled = v;
    else if (v !== null) (this.rare = new FrameRare(null)).handled = v;
  }

  /** The iterables of the running loops over temporaries (FrameRare.held). */
  get held(): PyValue[] | null {
    const r = this.rare;
    return r === null ? null : r.held;
  }

  set held(v: PyValue[] | null) {
    if (this.rare !== null) this.rare.held = v;
    else if (v !== null) (this.rare = new FrameRare(null)).held = v;
  }
}

/**
 * A frame's return value may be any Python value: an object, or a JS number V8 keeps as a small
 * integer (an int-valued float such as 5.0). V8 lays a field out for the kinds of value it has
 * seen; the first value of a new kind changes the layout of every Frame and throws away all the
 * optimized code that handles frames (the whole call path). A throwaway frame given both kinds as
 * the module loads settles the layout before any program runs, rather than when a program first
 * returns a whole float (the CPU-heavy bench's first run did, at its end: its second run then
 * optimized the call path again).
 */
const settled = new Frame({ firstLine: 0 } as Code, [], [], new Map());
settled.retval = 0;
settled.retval = 0.5;
