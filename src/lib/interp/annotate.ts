/**
 * PEP 649 (3.14): the annotations of a def, a class body or a module are not evaluated where they
 * are written but by a function of their own, `__annotate__(format, /)`, which the def, the class
 * (`__annotate_func__`) or the module (`__annotate__` in its globals) keeps. It evaluates them, in
 * order, each time it is called with VALUE (1) or VALUE_WITH_FAKE_GLOBALS (2), and raises a bare
 * NotImplementedError for a format above 2. Its frame shows in tracebacks as `__annotate__`.
 *
 * The expressions are compiled in the scope that wrote them and run in a frame that sees that
 * scope's names (the def's enclosing function, the class body's namespace, the module) as they
 * are when the function is called. annotationlib's FORWARDREF and STRING formats run the same
 * expressions with "fake globals" (annotateWithFakeGlobals): a name the scope lacks (or every name,
 * for STRING) becomes what annotationlib's `missing(name)` makes, a stringifier.
 */
import type * as ir from '../ir/types';
import { PyCell, PyDict, pyError, type PyValue } from '../runtime/core';
import { compare, setitem, truthy } from '../runtime/ops';
import { run } from '../runtime/run';
import { Frame, RETURN, type Code, type ParamInfo } from './frame';
import { PyFunction } from './function';
import { interpreter } from './state';
import { Scope } from './scope';

/** One annotation an `__annotate__` function evaluates. */
export interface AnnotationEntry {
  /** Its key: the parameter's or variable's name, or 'return'. */
  name: string;
  /** Evaluates it in (a view of) the frame of the scope that wrote it. */
  value: (f: Frame) => PyValue;
  node: ir.Expr;
  /** A module's or class body's annotation: its index there (`__conditional_annotations__`). */
  index: number;
}

const FORMAT_PARAMS: ParamInfo = {
  names: ['format'],
  posonly: 1,
  positional: 1,
  kwonly: 0,
  varargSlot: -1,
  kwargSlot: -1,
};

interface Annotate {
  /** The annotations of this call: all of a def's, a module's or class's that ran. */
  entries: () => readonly AnnotationEntry[];
  /** The frame of the scope that wrote them. */
  defining: Frame;
  scope: Scope;
}

/** Each `__annotate__` function the compiler made: what annotationlib's fake globals run. */
const made = new WeakMap<PyFunction, Annotate>();

/** The code of an `__annotate__` function whose qualified name starts with `prefix`. */
export function annotateCode(prefix: string, line: number, defining: Scope, user: boolean, file?: string): Code {
  // Its own scope: one local, `format` (co_varnames).
  const scope = new Scope('function', defining, null);
  scope.slots.set('format', 0);
  return {
    name: '__annotate__',
    qualname: prefix + '__annotate__',
    user,
    file,
    firstLine: line,
    scope,
    kind: 'function',
    nlocals: 1,
    cellSlots: [],
    params: FORMAT_PARAMS,
  };
}

/** A frame that reads the names of `defining` and shows in tracebacks as the `__annotate__` frame `af`. */
function viewOf(af: Frame, defining: Frame, locals = defining.locals, free = defining.free): Frame {
  const v = new Frame(af.code, locals, free, defining.globals, defining.ns);
  v.ownerClass = defining.ownerClass;
  return v;
}

/** Evaluates the entries in `v` into a new dict; a failure is located in `af`. */
function evaluate(af: Frame, v: Frame, entries: readonly AnnotationEntry[]): PyDict {
  const d = new PyDict();
  for (const a of entries) {
    af.line = v.line = a.node.span.line;
    try {
      setitem(d, a.name, a.value(v));
    } catch (e) {
      af.pos = v.pos;
      throw e;
    }
  }
  return d;
}

/** Makes the `__annotate__` function of annotations written in `defining`'s scope. */
export function makeAnnotate(
  code: Code,
  defining: Frame,
  scope: Scope,
  entries: () => readonly AnnotationEntry[],
): PyFunction {
  const fn = new PyFunction(
    code,
    FORMAT_PARAMS,
    [],
    new Map(),
    [],
    defining.globals,
    (af) => {
      // The compiler's test: `format > 2` (a format that does not compare with an int raises TypeError).
      if (truthy(compare('>', af.locals[0] as PyValue, 2n))) throw pyError('NotImplementedError');
      af.retval = evaluate(af, viewOf(af, defining), entries());
      return RETURN;
    },
    null,
  );
  made.set(fn, { entries, defining, scope });
  return fn;
}

/** The names an annotation reads (not those of a lambda or comprehension inside it). */
function namesIn(e: ir.Expr, out: Set<string>): void {
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) walk(y);
      return;
    }
    const node = x as { type?: string; id?: string };
    if (node.type === 'Name') out.add(node.id!);
    for (const [k, v] of Object.entries(x)) if (k !== 'span') walk(v);
  };
  walk(e);
}

/**
 * A global namespace of annotationlib's fake globals: each name is the module's (then the
 * builtins'), or with `real` null always what `missing` makes.
 */
class FakeGlobals extends Map<string, PyValue> {
  constructor(
    private readonly real: Map<string, PyValue> | null,
    private readonly missing: (name: string) => PyValue,
  ) {
    super();
  }

  override get(name: string): PyValue | undefined {
    if (this.real !== null) {
      const v = this.real.get(name);
      if (v !== undefined) return v;
      const b = run.get(interpreter).builtins.get(name);
      if (b !== undefined) return b;
    }
    return this.missing(name);
  }

  override has(): boolean {
    return true;
  }
}

/**
 * annotationlib's call of a compiler-made `__annotate__` with fake globals: with `real`, the
 * names the scope has are its values and the others `missing(name)`; without, every name is.
 * Undefined when `fn` is not a compiler-made `__annotate__` function.
 */
export function annotateWithFakeGlobals(
  fn: PyValue,
  real: boolean,
  missing: (name: string) => PyValue,
): PyDict | undefined {
  const a = fn instanceof PyFunction ? made.get(fn) : undefined;
  if (a === undefined) return undefined;
  const entries = a.entries();
  const names = new Set<string>();
  for (const e of entries) namesIn(e.node, names);
  const d = a.defining;
  const sc = a.scope;
  const locals = d.locals.slice();
  const free = d.free.slice();
  const inFunction = sc.kind === 'function' || sc.kind === 'comprehension';
  for (const n of names) {
    const slot = inFunction && !sc.globals.has(n) ? sc.slots.get(n) : undefined;
    if (slot !== undefined) {
      const held = locals[slot];
      if (sc.cells.has(n)) {
        if (!real || (held as PyCell).v === undefined) locals[slot] = new PyCell(missing(n));
      } else if (!real || held === undefined) locals[slot] = missing(n);
    }
    const j = sc.freeSlots.get(n);
    if (j !== undefined && (!real || free[j].v === undefined)) free[j] = new PyCell(missing(n));
  }
  const af = new Frame((fn as PyFunction).code, [], [], d.globals);
  // A class body's names: its namespace with `real`, else none (every name is a global's).
  const ns = d.ns === null ? null : real ? d.ns : new Map<string, PyValue>();
  const v = new Frame(af.code, locals, free, new FakeGlobals(real ? d.globals : null, missing), ns);
  return evaluate(af, v, entries);
}
