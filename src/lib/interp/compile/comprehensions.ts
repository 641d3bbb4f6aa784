/** List, set and dict comprehensions and generator expressions (sync and async), plain and suspending. */
import type * as ir from '../../ir/types';
import {
  PyCell,
  PyList,
  PyDict,
  PySet,
  PyExc,
  getExcClass,
  type PyValue,
  type SourceSpan,
  type TracebackEntry,
} from '../../runtime/core';
import { getIter, setitem, type PyIterator } from '../../runtime/ops';
import { addFirst } from './displays';
import { held } from './positions';
import { failedAt } from '../frame-error';
import { Frame, type Code } from '../frame';
import { AgenYield, PyGenerator, PyCoroutine, PyAsyncGenerator, type Body } from '../generator';
import { tick } from '../state';
import type { X, GX, CompileContext } from './context';
import { compileCondition, compileConditionSuspending, type Cond } from './conditions';
import { compHasAwait, inThreadedMode } from './suspends';
import { assignTarget } from './assignment';
import { awaitValue, aiterOf, anextOf } from './await-yield';
import { closureLoader } from './functions';
import { compilePlainExpr } from './source-tier';
import { run as currentRun } from '../../runtime/run';
import { threadedNext } from '../threaded';
import { iterObject } from '../../runtime/builtins';
import { readsEnclosingFrame } from '../namespaces';
import { noteSetLoop } from '../../runtime/address-order';

/** The name of a comprehension's own frame (3.11; a generator expression's on every version). */
const OWN_NAME: Record<string, string> = {
  GeneratorExp: '<genexpr>',
  ListComp: '<listcomp>',
  SetComp: '<setcomp>',
  DictComp: '<dictcomp>',
};

/**
 * Where a comprehension's `for` failing to give an iterator or its next item is located: from
 * 3.13 at that iterable, before at the whole comprehension (caret lines, compile/positions.ts).
 */
function iterPos(
  cx: CompileContext,
  e: ir.Comprehension | ir.DictComp,
  g: ir.Comprehension['generators'][number],
): SourceSpan | null {
  if (!cx.positions) return null;
  return currentRun.minor >= 13 ? g.iter.span : e.span;
}

export function compileComprehension(cx: CompileContext, e: ir.Comprehension | ir.DictComp, genexpFromIter = false): X {
  // A generator expression in a simulated thread's body is compiled in the threaded form too:
  // where it blocks, its consumer (a loop of the thread, sum(), list()) can suspend the thread;
  // a consumer that cannot blocks the thread where it is.
  if (e.type === 'GeneratorExp')
    return inThreadedMode(threadedHere(cx), () => compileComprehensionIn(cx, e, genexpFromIter));
  return compileComprehensionIn(cx, e, genexpFromIter);
}

function compileComprehensionIn(cx: CompileContext, e: ir.Comprehension | ir.DictComp, genexpFromIter: boolean): X {
  const sc = cx.scopes.get(e)!;
  const isGenExp = e.type === 'GeneratorExp';
  // Compiled as a simulated thread runs it: its calls and the items it takes may block the thread.
  const threaded = threadedHere(cx);
  // A list, set or dict comprehension of a thread runs as a coroutine its frame awaits (what it
  // blocks on goes up to the thread); a generator expression stays a generator, and awaits only
  // where it says so.
  const isAsync = !isGenExp && (e.generators.some((g) => g.isAsync) || compHasAwait(e) || threaded);
  const asyncGenExp = isGenExp && (e.generators.some((g) => g.isAsync) || inThreadedMode(false, () => compHasAwait(e)));
  // PEP 709 (3.12+): list/set/dict comprehensions run inline in the enclosing frame, so they
  // report its name (in await chains and tracebacks); generator expressions keep their own, as
  // every comprehension does on 3.11 (`<listcomp>`, ...).
  const inlined = e.type !== 'GeneratorExp' && currentRun.minor >= 12;
  const name = inlined ? cx.code.name : OWN_NAME[e.type];
  const saved = { scope: cx.scope, code: cx.code };
  const code: Code = {
    name,
    qualname: inlined ? cx.code.qualname : cx.qualPrefix + name,
    user: cx.user,
    file: cx.file,
    firstLine: e.span.line,
    scope: sc,
    kind: isGenExp ? (asyncGenExp ? 'asyncgen' : 'generator') : isAsync ? 'coroutine' : 'function',
    nlocals: sc.slots.size,
    cellSlots: [...sc.cells].map((n) => sc.slots.get(n)!),
    comprehensionFrame: !inlined && !isGenExp,
    classCell: sc.classCell,
  };
  const firstIter = genexpFromIter ? null : cx.expr(e.generators[0].iter);
  // The first iterator is taken in the enclosing frame (CPython's GET_ITER before the comprehension runs).
  const firstPos = iterPos(cx, e, e.generators[0]);
  // Where the enclosing frame's traceback entry points while the comprehension runs.
  const wholePos = cx.positions ? e.span : null;
  cx.scope = sc;
  cx.code = code;
  // In a simulated thread's body, a comprehension's calls may block that thread too (inlined, or
  // in a frame of its own: 3.11's, a generator expression's).
  const savedThreaded = cx.threadedCode;
  if (threaded) cx.threadedCode = code;
  let run: ((f: Frame, first: PyIterator) => PyValue) | null = null;
  let grun: ((f: Frame) => Body) | null = null;
  try {
    if (!isAsync && !asyncGenExp && !threaded) {
      // Nothing in it suspends but a generator expression's own yield: plain closures for its
      // parts and plain loops (no generator object per element).
      const plain = plainComprehension(cx, e, firstPos);
      if (isGenExp) grun = plain.generate;
      else run = plain.collect;
    } else {
      const gens = e.generators.map((g, i) => ({
        iter: i === 0 ? null : cx.gx(g.iter),
        target: assignTarget(cx, g.target),
        ifs: g.ifs.map((c) => compileConditionSuspending(cx, c, e.span)),
        isAsync: g.isAsync,
      }));
      const kind = e.type;
      const elt = e.type === 'DictComp' ? null : cx.gx(e.elt);
      const key = e.type === 'DictComp' ? cx.gx(e.key) : null;
      const val = e.type === 'DictComp' ? cx.gx(e.value) : null;
      const line = e.span.line;
      const loop = function* (
        f: Frame,
        depth: number,
        emit: (v: PyValue, v2?: PyValue) => void,
      ): Generator<PyValue, void, PyValue> {
        const g = gens[depth];
        const source = depth === 0 ? (f.locals[0] as PyValue) : yield* g.iter!(f);
        if (g.isAsync) {
          const aiter = depth === 0 ? source : aiterOf(source);
          for (;;) {
            let v: PyValue;
            try {
              v = yield* awaitValue(f, anextOf(aiter));
            } catch (err) {
              if (err instanceof PyExc && err.exc.cls === getExcClass('StopAsyncIteration')) break;
              throw err;
            }
            yield* body(f, depth, v, emit);
          }
          return;
        }
        const it = getIter(source);
        if (threaded) {
          // A thread's comprehension takes a generator's items as the thread (they may block it).
          for (let v = yield* threadedNext(it); v !== undefined; v = yield* threadedNext(it)) {
            tick(line);
            yield* body(f, depth, v, emit);
          }
          return;
        }
        for (let v = it.next(); v !== undefined; v = it.next()) {
          tick(line);
          yield* body(f, depth, v, emit);
        }
      };
      const body = function* (
        f: Frame,
        depth: number,
        v: PyValue,
        emit: (v: PyValue, v2?: PyValue) => void,
      ): Generator<PyValue, void, PyValue> {
        const g = gens[depth];
        g.target(f, v);
        for (const c of g.ifs) if (!(yield* c(f))) return;
        if (depth + 1 < gens.length) {
          yield* loop(f, depth + 1, emit);
          return;
        }
        if (kind === 'DictComp') {
          const k = yield* key!(f);
          emit(k, yield* val!(f));
        } else if (kind === 'GeneratorExp') {
          const x = yield* elt!(f);
          yield asyncGenExp ? new AgenYield(x) : x;
        } else emit(yield* elt!(f));
      };
      const collect = function* (f: Frame): Body {
        if (kind === 'ListComp') {
          const out: PyValue[] = [];
          yield* loop(f, 0, (v) => out.push(v));
          return new PyList(out);
        }
        if (kind === 'SetComp') {
          const s = new PySet();
          yield* loop(f, 0, (v) => addFirst(s, v));
          return s;
        }
        if (kind === 'DictComp') {
          const d = new PyDict();
          yield* loop(f, 0, (k, v) => setitem(d, k, v!));
          return d;
        }
        yield* loop(f, 0, () => undefined);
        return null;
      };
      // Suspending (an await, an async for, an async generator expression): one generator drives it all.
      grun = collect;
    }
  } finally {
    cx.scope = saved.scope;
    cx.code = saved.code;
    cx.threadedCode = savedThreaded;
  }
  const closure = closureLoader(cx, sc);
  const firstAsync = e.generators[0].isAsync;
  // Inlined (3.12+), its locals() shows the enclosing frame's names too.
  const linked = inlined && readsEnclosingFrame(sc);
  // A list or dict comprehension of the program's own over a set: its order is noted
  // (runtime/address-order.ts). A generator expression's consumer (sorted, sum, max) or a set's
  // result often makes the order not matter, so neither is noted.
  const noteLine = code.user && (e.type === 'ListComp' || e.type === 'DictComp') ? e.span.line : 0;
  const makeFrame = (f: Frame, source: PyValue) => {
    if (noteLine) noteSetLoop(source, noteLine);
    const locals: (PyValue | PyCell | undefined)[] = new Array(code.nlocals);
    if (!inlined) f.pos = firstPos;
    // Argument 0 of a comprehension's own frame (`.0`) is the iterator; an inlined one's first
    // iterator is taken where it starts (finish()).
    locals[0] = firstAsync ? aiterOf(source) : inlined ? source : iterObject(source);
    for (const s of code.cellSlots) locals[s] = new PyCell(locals[s] as PyValue | undefined);
    const fr = new Frame(code, locals, closure(f), f.globals);
    if (sc.classCell) fr.ownerClass = f.ownerClass;
    if (linked) fr.inlinedIn = f;
    return fr;
  };
  const finish = (fr: Frame, f: Frame): PyValue => {
    if (run) {
      // A list, set or dict comprehension's first iterator, taken in the enclosing frame.
      f.pos = firstPos;
      const first = getIter(fr.locals[0] as PyValue);
      f.pos = wholePos;
      try {
        return run(fr, first);
      } catch (err) {
        if (err instanceof PyExc) {
          // Inlined: the enclosing frame's own traceback entry stands for it, where in the line it failed too.
          if (inlined) held(err.exc, fr);
          else {
            const { file } = code;
            const entry: TracebackEntry = { name, line: fr.line, user: code.user || file !== undefined, file };
            const pos = failedAt(err.exc, fr);
            if (pos !== null) {
              entry.line = pos.line;
              entry.pos = pos;
            }
            err.exc.traceback.push(entry);
          }
        }
        throw err;
      }
    }
    if (code.kind === 'coroutine') return new PyCoroutine(fr, grun!(fr), name, code.qualname);
    if (code.kind === 'asyncgen') return new PyAsyncGenerator(fr, grun!(fr), name, code.qualname);
    return new PyGenerator(fr, grun!(fr), name, code.qualname);
  };
  if (genexpFromIter) return ((f: Frame, source: PyValue) => finish(makeFrame(f, source), f)) as unknown as X;
  return (f) => finish(makeFrame(f, firstIter!(f)), f);
}

/** Is the code being compiled a simulated thread's body (interp/threaded.ts)? */
function threadedHere(cx: CompileContext): boolean {
  return cx.threadedCode !== null && cx.threadedCode === cx.code;
}

export function compileComprehensionSuspending(cx: CompileContext, e: ir.Comprehension | ir.DictComp): GX {
  // The first iterable is evaluated here (it may await); an async comprehension's own
  // function is a coroutine we then drive inline.
  const isAsync =
    e.type !== 'GeneratorExp' && (compHasAwait(e) || e.generators.some((g) => g.isAsync) || threadedHere(cx));
  const it = cx.gx(e.generators[0].iter);
  const make = compileComprehension(cx, e, true) as unknown as (f: Frame, source: PyValue) => PyValue;
  const inlined = e.type !== 'GeneratorExp' && currentRun.minor >= 12;
  // Where the enclosing frame's traceback entry points while the comprehension runs (its own
  // frame's, 3.11's, is in the traceback; an inlined one's failing expression is the frame's).
  const wholePos = cx.positions ? e.span : null;
  return function* (f) {
    const r = make(f, yield* it(f));
    if (!isAsync) return r;
    if (!inlined) f.pos = wholePos;
    try {
      return yield* awaitValue(f, r);
    } catch (err) {
      const fr = (r as PyCoroutine).frame;
      if (inlined && err instanceof PyExc && fr !== null) held(err.exc, fr);
      throw err;
    }
  };
}

/**
 * A comprehension whose parts cannot suspend, compiled to plain closures: `collect` builds a
 * list, set or dict with plain loops; `generate` is a generator expression's body, one JS
 * generator for the whole expression.
 */
function plainComprehension(
  cx: CompileContext,
  e: ir.Comprehension | ir.DictComp,
  firstPos: SourceSpan | null,
): { collect: (f: Frame, first: PyIterator) => PyValue; generate: (f: Frame) => Body } {
  const gens = e.generators.map((g, i) => ({
    iter: i === 0 ? null : cx.expr(g.iter),
    target: assignTarget(cx, g.target),
    ifs: g.ifs.map((c) => compileCondition(cx, c, e.span)),
    // Noted before each iterator is taken and before each next item (caret lines).
    pos: i === 0 ? firstPos : iterPos(cx, e, g),
  }));
  // The parts evaluated per item take the source tier (a function body's expressions do).
  const elt = e.type === 'DictComp' ? null : compilePlainExpr(cx, e.elt);
  const key = e.type === 'DictComp' ? compilePlainExpr(cx, e.key) : null;
  const val = e.type === 'DictComp' ? compilePlainExpr(cx, e.value) : null;
  const line = e.span.line;
  const last = gens.length - 1;
  const passes = (f: Frame, ifs: Cond[]): boolean => {
    for (let i = 0; i < ifs.length; i++) if (!ifs[i](f)) return false;
    return true;
  };
  /** The `for` at `depth`; the first's iterator is `first`, taken in the enclosing frame. */
  const loop = (f: Frame, depth: number, emit: (f: Frame) => void, first: PyIterator | null): void => {
    const g = gens[depth];
    let it = first;
    if (it === null) {
      const source = g.iter!(f);
      f.pos = g.pos;
      it = getIter(source);
    }
    for (;;) {
      f.pos = g.pos;
      const v = it.next();
      if (v === undefined) break;
      tick(line);
      g.target(f, v);
      if (!passes(f, g.ifs)) continue;
      if (depth < last) loop(f, depth + 1, emit, null);
      else emit(f);
    }
  };
  const collect = (f: Frame, first: PyIterator): PyValue => {
    if (e.type === 'ListComp') {
      const out: PyValue[] = [];
      loop(f, 0, (fr) => out.push(elt!(fr)), first);
      return new PyList(out);
    }
    if (e.type === 'SetComp') {
      const s = new PySet();
      loop(
        f,
        0,
        (fr) => {
          addFirst(s, elt!(fr));
        },
        first,
      );
      return s;
    }
    const d = new PyDict();
    loop(
      f,
      0,
      (fr) => {
        const k = key!(fr);
        setitem(d, k, val!(fr));
      },
      first,
    );
    return d;
  };
  const generate = function* (f: Frame, depth = 0): Body {
    const g = gens[depth];
    const it = getIter(depth === 0 ? (f.locals[0] as PyValue) : g.iter!(f));
    for (let v = it.next(); v !== undefined; v = it.next()) {
      tick(line);
      g.target(f, v);
      if (!passes(f, g.ifs)) continue;
      if (depth < last) yield* generate(f, depth + 1);
      else yield elt!(f);
    }
    return null;
  };
  if (gens.length > 1 || elt === null) return { collect, generate: (f) => generate(f) };
  const { target, ifs } = gens[0];
  return { collect, generate: (f) => new GenexpSteps(f, target, ifs, passes, elt, line) as unknown as Body };
}

/**
 * A generator expression with one `for` (the common `sum(x for x in xs)`), stepped by a plain
 * object with a JS generator's next/throw instead of a JS generator: each element is then one
 * call rather than a generator resume, with `generate`'s steps in the same order.
 */
class GenexpSteps {
  private it: PyIterator | null = null;
  private done = false;
  constructor(
    private readonly f: Frame,
    private readonly target: (f: Frame, v: PyValue) => void,
    private readonly ifs: Cond[],
    private readonly passes: (f: Frame, ifs: Cond[]) => boolean,
    private readonly elt: X,
    private readonly line: number,
  ) {}

  next(): IteratorResult<PyValue, PyValue> {
    if (this.done) return { done: true, value: null };
    const f = this.f;
    try {
      // As generate(): the iterator is taken when the body starts, on the first next().
      const it = (this.it ??= getIter(f.locals[0] as PyValue));
      for (let v = it.next(); v !== undefined; v = it.next()) {
        tick(this.line);
        this.target(f, v);
        if (!this.passes(f, this.ifs)) continue;
        return { done: false, value: this.elt(f) };
      }
    } catch (e) {
      // An exception ends a generator's body, as it ends a JS generator.
      this.done = true;
      throw e;
    }
    this.done = true;
    return { done: true, value: null };
  }

  /** Thrown in at the yield (or before the start): the body has no handler, so it ends with it. */
  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    this.done = true;
    throw e;
  }

  return(v: PyValue): IteratorResult<PyValue, PyValue> {
    this.done = true;
    return { done: true, value: v };
  }
}
