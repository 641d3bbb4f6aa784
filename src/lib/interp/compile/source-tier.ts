/**
 * The source tier: a plain (non-suspending) function body compiled to one JavaScript function
 * (`new Function`) instead of a tree of closures, so that V8 sees the whole body at once and can
 * inline the operations. The JS it emits does, step for step, what the closure compiler's
 * closures do (the same frame line updates, operation ticks, drop reports and runtime calls in
 * the same order); any statement or expression it has no form for is compiled by the closure
 * compiler and called from the emitted code, so every body can take this tier.
 */
import type * as ir from '../../ir/types';
import {
  PyRange,
  PyList,
  PyTuple,
  PyDict,
  PyObject,
  PyExceptionObject,
  dictClass,
  classEpoch,
  PyNativeMethod,
  PyNativeFunction,
  type PyValue,
  type SourceSpan,
} from '../../runtime/core';
import {
  binop,
  compare,
  truthy,
  unaryop,
  inplaceBinop,
  getitem,
  setitem,
  getIter,
  call,
  callMethod,
  loadedMethod,
  dictKey,
} from '../../runtime/ops';
import { PyFunctionBase } from '../../runtime/callable';
import { AttrSite, MethodSite, getattrAt, setattrAt, loadMethodAt } from '../../runtime/attr-cache';
import { run } from '../../runtime/run';
import { GlobalSite, loadGlobalAt } from '../../runtime/global-cache';
import { noteSetLoop } from '../../runtime/address-order';
import { smallInt } from '../../runtime/small-int';
import { tick, interpreter } from '../state';
import { PyFunction, type EmittedBody, type SourceBody } from '../function';
import {
  dropValue,
  settleDrops,
  holdIterable,
  releaseIterables,
  temporaryIterable,
  openTemporaries,
  closeTemporaries,
} from '../drops';
import { hasTemporaryCallArg } from './calls';
import type { Frame } from '../frame';
import type { Scope } from '../scope';
import type { S, X, CompileContext } from './context';
import { unbound, missingGlobal } from './names';
import { checkIsLiteral } from './operators';
import { checkCaller, checkSubscript } from './comma-warnings';
import { assignTarget } from './assignment';
import { located } from './positions';
import { testedAt } from './conditions';
import { constIsObject } from './expressions';
import { fieldPos } from './fstrings';
import { pyFormat } from '../../runtime/types/format';
import { FRAME_BUILTINS } from '../namespaces';

/** The runtime operations emitted code calls, by the names it uses for them. */
const helpers = {
  /** Range bounds up to this give exact JS numbers for every value and step of the loop. */
  BOUND: 2n ** 52n,
  smallInt,
  PyFunction,
  PyRange,
  noteSetLoop,
  holdIterable,
  releaseIterables,
  PyList,
  PyTuple,
  PyDict,
  PyObject,
  PyExceptionObject,
  dictClass,
  // The class epoch now (a live binding read through a function: emitted code gets these values once).
  classEpochNow: (): number => classEpoch,
  PyFunctionBase,
  PyNativeMethod,
  PyNativeFunction,
  binop,
  compare,
  truthy,
  unaryop,
  inplaceBinop,
  getattrAt,
  setattrAt,
  loadMethodAt,
  loadGlobalAt,
  getitem,
  setitem,
  getIter,
  call,
  callMethod,
  loadedMethod,
  dictKey,
  pyFormat,
  tick,
  dropValue,
  settleDrops,
  openTemporaries,
  closeTemporaries,
  currentRun: () => run,
  // A name's failing load, marked with the name's span (caret lines, compile/positions.ts).
  unbound: (name: string, span: SourceSpan): never => {
    throw located(unbound(name), span);
  },
  builtins: (): Map<string, PyValue> => run.get(interpreter).builtins,
  // A global name missing from the module: the builtins, else NameError (as loadName's closure).
  builtin: (name: string, span: SourceSpan, globals: Map<string, PyValue>): PyValue => {
    const v = run.get(interpreter).builtins.get(name);
    if (v === undefined) throw located(missingGlobal(globals, name), span);
    return v;
  },
};

/** Calls by these names take the closure form, which knows the calling frame. */
const CLOSURE_CALLS = new Set(['super', ...FRAME_BUILTINS]);

const NUMERIC_BINOPS = new Set(['+', '-', '*']);

/** Scopes whose names are slots of the frame (a comprehension's own frame has them as a function's does). */
function hasSlots(kind: Scope['kind']): boolean {
  return kind === 'function' || kind === 'comprehension';
}

/** An f-string field the emitter writes out itself: no conversion, no format spec, no `=`. */
function plainField(p: ir.FStringField): boolean {
  return p.conversion === null && p.spec === null && p.debugText === null;
}
const ORDERINGS = new Set(['<', '<=', '>', '>=']);

/**
 * A number literal's value as a float: a float literal's own, an int literal's when that float is
 * the int exactly (|k| <= 2**53); else null. A float meeting an int literal in arithmetic or a
 * comparison meets this number: Python converts the int to that same float (exactly), and comparing
 * with it is comparing with the int. Mixing a number and a bigint in JS instead costs V8 a runtime
 * call per operation. (A float literal takes the same path, so that a body whose literal changes
 * from one kind to the other is the same text.)
 */
function literalFloat(e: ir.Expr): number | null {
  if (e.type !== 'Const') return null;
  if (e.kind === 'float' && typeof e.value === 'number') return e.value;
  if (e.kind !== 'int' || typeof e.value !== 'bigint') return null;
  const k = e.value;
  return k >= -(2n ** 53n) && k <= 2n ** 53n ? Number(k) : null;
}

/** Where a `break` or `continue` inside a loop goes: the loop's labels and its line. */
interface Loop {
  label: number;
  line: number;
}

class Emitter {
  /** Values and closures the emitted code refers to as K[0], K[1], ... (its first argument). */
  readonly consts: unknown[] = [];
  /**
   * Temporaries t0, t1, ... are reused: an expression's own are taken before its operands' and all
   * are free once it is evaluated, so a deep recursion's JS frames stay small.
   */
  private top = 0;
  private maxTemps = 0;
  private labels = 0;
  private readonly loops: Loop[] = [];
  /**
   * Locals that are the target of an enclosing `for ... in range(...)`, with the JS temporaries
   * holding the int the loop last stored (bigint) and the same value as a JS number (NaN when the
   * loop is not over a range of safe integers): an index `seq[i]` then skips converting `i`.
   */
  private readonly counters = new Map<string, { big: string; num: string }>();

  constructor(private readonly cx: CompileContext) {}

  get tempCount(): number {
    return this.maxTemps;
  }

  private temp(): string {
    const t = `t${this.top++}`;
    this.maxTemps = Math.max(this.maxTemps, this.top);
    return t;
  }

  /** A new attribute site's inline cache. */
  private site(name: string): string {
    return this.ref(new AttrSite(name));
  }

  /**
   * A number literal's float (literalFloat) as a constant of the emitted code, or null. A constant
   * rather than text, so that a body whose literals change is still the same text (reused).
   */
  private floatOf(e: ir.Expr): string | null {
    const k = literalFloat(e);
    return k === null ? null : this.ref(k);
  }

  /**
   * `f.pos = <span>`: the frame notes the operation about to run, for caret lines
   * (compile/positions.ts); the span is a constant, so that moved code is still the same text.
   */
  private at(span: SourceSpan | null): string {
    return `f.pos = ${span === null ? 'null' : this.ref(span)}`;
  }

  private ref(v: unknown): string {
    this.consts.push(v);
    return `K[${this.consts.length - 1}]`;
  }

  /** The slot of a name that is a plain local of this function (not a cell, not declared global), or -1. */
  private localSlot(name: string): number {
    const sc = this.cx.scope;
    if (!hasSlots(sc.kind) || !sc.slots.has(name) || sc.globals.has(name) || sc.cells.has(name)) return -1;
    return sc.slots.get(name)!;
  }

  /** Whether a name of this function resolves to the module's globals (then the builtins). */
  private isGlobal(name: string): boolean {
    const sc = this.cx.scope;
    if (!hasSlots(sc.kind)) return false;
    if (sc.slots.has(name) && !sc.globals.has(name)) return false;
    // A method's __class__ is its class (names.ts's loadName; a comprehension's is left to it too).
    if (name === '__class__' && !sc.globals.has(name)) return false;
    return !sc.freeSlots.has(name);
  }

  // ------------------------------------------------------------ statements

  block(body: ir.Stmt[]): string {
    const user = this.cx.user;
    let out = '';
    for (const s of body) {
      const line = s.span.line;
      out += `f.line = ${line};\n`;
      // Dropped objects are checked as the next statement starts (sim/lifetimes.ts).
      // No operation of the statement has started yet (caret lines, compile/positions.ts).
      if (user) out += `f.pos = null;\nif (R.lifetimesDue) settleDrops();\nR.userLine = ${line};\n`;
      const free = this.top;
      out += this.stmt(s);
      this.top = free;
    }
    return out;
  }

  private stmt(s: ir.Stmt): string {
    switch (s.type) {
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return '';
      case 'Expr': {
        const x = this.expr(s.value);
        return this.cx.user ? `dropValue(${x});\n` : `${x};\n`;
      }
      case 'Return':
        return `f.retval = ${s.value ? this.expr(s.value) : 'null'};\nreturn 3;\n`;
      case 'Assign':
        return this.assign(s);
      case 'AugAssign':
        return this.augAssign(s);
      case 'If': {
        const orelse = s.orelse.length ? ` else {\n${this.block(s.orelse)}}` : '';
        return `if (${this.test(s.test, s.span)}) {\n${this.block(s.body)}}${orelse}\n`;
      }
      case 'While':
        return this.loop(
          s.span.line,
          s.body,
          s.orelse,
          (l) => `L${l}: while (${this.test(s.test, s.span)}) {\ntick(${s.span.line});\n`,
        );
      case 'For': {
        if (s.isAsync) break;
        const t = s.target;
        const counted = t.type === 'Name' && this.localSlot(t.id) >= 0 ? t.id : null;
        const num = counted !== null ? this.temp() : '';
        const before = counted !== null ? this.counters.get(counted) : undefined;
        // A loop over a temporary (not a range, walked in place) holds it in the frame while it runs.
        const depth = temporaryIterable(s.iter) ? this.temp() : '';
        const out = this.loop(
          s.span.line,
          s.body,
          s.orelse,
          (l) => {
            const head = this.forHead(s, l, num, depth);
            if (counted !== null) this.counters.set(counted, { big: head.value, num });
            return head.code;
          },
          depth && `} finally { if (${depth} >= 0) releaseIterables(f, ${depth}); }\n`,
        );
        if (counted !== null) {
          if (before) this.counters.set(counted, before);
          else this.counters.delete(counted);
        }
        return out;
      }
      case 'Break': {
        const lp = this.loops.at(-1);
        if (!lp) break;
        return `break B${lp.label};\n`;
      }
      case 'Continue': {
        const lp = this.loops.at(-1);
        if (!lp) break;
        return `f.line = ${lp.line};\ncontinue L${lp.label};\n`;
      }
    }
    return this.fallbackStmt(s);
  }

  /** A statement the closure compiler compiles; its completion is acted on here. */
  private fallbackStmt(s: ir.Stmt): string {
    const k = this.ref(this.cx.stmt(s));
    const c = this.temp();
    const lp = this.loops.at(-1);
    const leave = lp
      ? `if (${c} === 3) return 3;\nif (${c} === 1) break B${lp.label};\nf.line = ${lp.line};\ncontinue L${lp.label};\n`
      : `return ${c};\n`;
    return `${c} = ${k}(f);\nif (${c} !== 0) {\n${leave}}\n`;
  }

  /**
   * A for loop's head. Ranges, lists and tuples are walked in place, as getIter's iterators walk
   * them (a range's bounds as they were, a list's live length), without an iterator object. A range
   * whose bounds and step are at most 2**52 is counted in JS numbers (exact for every value and
   * step of it), each value made an int through smallInt: no bigint arithmetic per pass.
   */
  private forHead(s: ir.For, l: number, num: string, depth: string): { code: string; value: string } {
    const [r, mode, cur, stop, step, up, v] = [0, 1, 2, 3, 4, 5, 6].map(() => this.temp());
    // The value as a JS number too (`num`), when the loop's target is a local: NaN unless counted in numbers.
    const counted = num !== '';
    const notCounted = counted ? ` ${num} = NaN;` : '';
    // The program's own loop over a set of objects is noted (runtime/address-order.ts).
    const note = this.cx.user ? ` noteSetLoop(${r}, ${s.span.line});` : '';
    const code =
      `${r} = ${this.expr(s.iter)};\n` +
      (depth && `${depth} = ${r} instanceof PyRange ? -1 : holdIterable(f, ${r});\n`) +
      `if (${r} instanceof PyRange) { ${cur} = ${r}.start; ${stop} = ${r}.stop; ${step} = ${r}.step;` +
      ` if (${cur} >= -BOUND && ${cur} <= BOUND && ${stop} >= -BOUND && ${stop} <= BOUND && ${step} <= BOUND && ${step} >= -BOUND) { ${mode} = 3; ${cur} = Number(${cur}); ${stop} = Number(${stop}); ${step} = Number(${step}); ${up} = ${step} > 0; }` +
      ` else { ${mode} = 1; ${up} = ${step} > 0n;${notCounted} } }\n` +
      `else if (${r} instanceof PyList || ${r} instanceof PyTuple) { ${mode} = 2; ${r} = ${r}.items; ${cur} = 0;${notCounted} }\n` +
      `else { ${mode} = 0;${note} f.pos = R.minor >= 13 ? ${this.ref(s.iter.span)} : null; ${r} = getIter(${r});${notCounted} }\n` +
      (depth && `try {\n`) +
      `L${l}: for (;;) {\n` +
      `if (${mode} === 3) { if (${up} ? ${cur} >= ${stop} : ${cur} <= ${stop}) break; ${v} = smallInt(${cur});${counted ? ` ${num} = ${cur};` : ''} ${cur} += ${step}; }\n` +
      `else if (${mode} === 2) { if (${cur} >= ${r}.length) break; ${v} = ${r}[${cur}++]; }\n` +
      `else if (${mode} === 1) { if (${up} ? ${cur} >= ${stop} : ${cur} <= ${stop}) break; ${v} = ${cur}; ${cur} += ${step}; }\n` +
      // From 3.13 an iterator failing is located at the loop's iterable (caret lines).
      `else { f.pos = R.minor >= 13 ? ${this.ref(s.iter.span)} : null; ${v} = ${r}.next(); if (${v} === undefined) break; }\n` +
      `tick(${s.span.line});\n${this.store(s.target, v)}`;
    return { code, value: v };
  }

  /**
   * The JS number of an int index held in temporary \`k\` (a bigint): the enclosing range loop's
   * number when \`k\` is still the value that loop stored in the index's name, else converted.
   */
  private indexNumber(index: ir.Expr, k: string): string {
    const c = index.type === 'Name' ? this.counters.get(index.id) : undefined;
    return c ? `(${k} === ${c.big} ? ${c.num} : Number(${k}))` : `Number(${k})`;
  }

  /** A loop in a labelled block (`break` leaves the block, skipping `else`); each pass ends on the loop's line. */
  /** `after`: what closes the loop before its `else` (a try's finally the head opened). */
  private loop(line: number, body: ir.Stmt[], orelse: ir.Stmt[], head: (label: number) => string, after = ''): string {
    const label = this.labels++;
    const h = head(label);
    this.loops.push({ label, line });
    const b = this.block(body);
    this.loops.pop();
    return `B${label}: {\n${h}${b}f.line = ${line};\n}\n${after}${this.block(orelse)}}\n`;
  }

  private assign(s: ir.Assign): string {
    const v = this.temp();
    let out = `${v} = ${this.expr(s.value)};\n`;
    for (const t of s.targets) out += this.store(t, v);
    return out;
  }

  /** Store the value in JS variable `v` into a target, as assignTarget's closure does. */
  private store(t: ir.Expr, v: string): string {
    if (t.type === 'Name') {
      const i = this.localSlot(t.id);
      if (i < 0) return `${this.ref(assignTarget(this.cx, t))}(f, ${v});\n`;
      if (!this.cx.user) return `loc[${i}] = ${v};\n`;
      // In the program's code, rebinding a name lets go of the value it held.
      const old = this.temp();
      return `${old} = loc[${i}];\nloc[${i}] = ${v};\ndropValue(${old});\n`;
    }
    // A failing store is located at its target, as assignTarget's closures note it.
    if (t.type === 'Attribute') {
      const [o, d] = [this.temp(), this.temp()];
      return `${o} = ${this.expr(t.value)};\n${this.at(t.span)};\n${this.storeAttr(this.site(t.attr), o, d, v)}`;
    }
    if (t.type === 'Subscript') {
      const [o, k, n, d] = [this.temp(), this.temp(), this.temp(), this.temp()];
      return `${o} = ${this.expr(t.value)};\n${k} = ${this.expr(t.index)};\n${this.storeItem(t.index, o, k, n, d, v, t.span)}`;
    }
    return `${this.ref(assignTarget(this.cx, t))}(f, ${v});\n`;
  }

  /**
   * getattrAt(site, o) for the object in temporary `o`, with the path of its cache that reads the
   * instance dict inline (attr-cache.ts cachedFor): the site's class, not changed since, and a dict
   * of the shape the site last found the name in, read at its position. `d`: a temporary of its
   * own. Anything else is getattrAt's.
   */
  private loadAttr(site: string, o: string, d: string): string {
    return (
      `(${o} instanceof PyObject && ${o}.cls === ${site}.cls && ${site}.epoch === classEpochNow() && (${d} = ${o}.dict) !== null` +
      ` && ${d}.shape === ${site}.shape ? ${d}.vals[${site}.index] : getattrAt(${site}, ${o}))`
    );
  }

  /**
   * setattrAt(site, o, v) for the values in temporaries, with the path of its cache that replaces the
   * value at its position in a dict of the site's shape inline while no object's lifetime shows
   * (nothing to let go of); `d`: a temporary of its own. Anything else is setattrAt's.
   */
  private storeAttr(site: string, o: string, d: string, v: string): string {
    return (
      `if (${o} instanceof PyObject && ${o}.cls === ${site}.cls && ${site}.epoch === classEpochNow() && !(${o} instanceof PyExceptionObject)` +
      ` && (${d} = ${o}.dict) !== null && ${d}.shape === ${site}.shape && !R.lifetimesSeen) ${d}.vals[${site}.index] = ${v};\nelse setattrAt(${site}, ${o}, ${v});\n`
    );
  }

  /**
   * getitem(o, k) for the values in temporaries o and k, with its fast paths inline: an int index
   * into a plain list or tuple, and a str key found in a plain dict (getitem's own steps for them).
   */
  private loadItem(sub: ir.Subscript, o: string, k: string, n: string, d: string): string {
    const index = sub.index;
    return (
      `((${o} instanceof PyList || ${o} instanceof PyTuple) && typeof ${k} === 'bigint' && ${o}.cls.isBuiltin && (${n} = ${this.indexNumber(index, k)}) >= 0 && ${n} < ${o}.items.length ? ${o}.items[${n}]` +
      ` : ${o} instanceof PyDict && ${o}.cls === dictClass && typeof ${k} === 'string' && (${d} = ${o}.map.get(dictKey(${o}.map, ${k}))) !== undefined ? ${d}.value : (${this.at(sub.span)}, getitem(${o}, ${k})))`
    );
  }

  /**
   * setitem(o, k, v) for the values in temporaries, with its fast paths for a plain list and a plain
   * dict inline; `span`: where a failing store is located (its target), else (an augmented
   * assignment's) the frame's note stands.
   */
  private storeItem(
    index: ir.Expr,
    o: string,
    k: string,
    n: string,
    d: string,
    v: string,
    span: SourceSpan | null = null,
  ): string {
    return (
      `if (${o} instanceof PyList && typeof ${k} === 'bigint' && ${o}.cls.isBuiltin && (${n} = ${this.indexNumber(index, k)}) >= 0 && ${n} < ${o}.items.length) ${o}.items[${n}] = ${v};\n` +
      `else if (${o} instanceof PyDict && ${o}.cls === dictClass && typeof ${k} === 'string') { ${n} = dictKey(${o}.map, ${k}); if ((${d} = ${o}.map.get(${n})) !== undefined) ${d}.value = ${v}; else ${o}.map.set(${n}, { key: ${k}, value: ${v} }); }\n` +
      `else { ${span === null ? '' : this.at(span) + '; '}setitem(${o}, ${k}, ${v}); }\n`
    );
  }

  private augAssign(s: ir.AugAssign): string {
    const t = s.target;
    if (t.type === 'Name' && this.localSlot(t.id) >= 0) {
      const [r, a, b] = [this.temp(), this.temp(), this.temp()];
      const value = this.expr(s.value);
      return `${r} = ${this.inplace(s.op, a, this.name(t.id, t.span), b, value, this.floatOf(s.value), s.span)};\n${this.store(t, r)}`;
    }
    // Compiled in the closure compiler's order (the value first), so compile-time warnings keep theirs.
    if (t.type === 'Attribute') {
      const [o, a, b, d, r] = [this.temp(), this.temp(), this.temp(), this.temp(), this.temp()];
      const value = this.expr(s.value);
      const [get, set] = [this.site(t.attr), this.site(t.attr)];
      const result = this.inplace(
        s.op,
        a,
        `(${this.at(t.span)}, ${this.loadAttr(get, o, d)})`,
        b,
        value,
        this.floatOf(s.value),
        s.span,
      );
      return `${o} = ${this.expr(t.value)};\n${r} = ${result};\n${this.storeAttr(set, o, d, r)}`;
    }
    if (t.type === 'Subscript') {
      // As CPython: the container and index, the item, then the value; the result stored back.
      const [o, i, n, e, a, b] = [this.temp(), this.temp(), this.temp(), this.temp(), this.temp(), this.temp()];
      const value = this.expr(s.value);
      const result = this.inplace(s.op, a, this.loadItem(t, o, i, n, e), b, value, this.floatOf(s.value), s.span);
      return (
        `${o} = ${this.expr(t.value)};\n${i} = ${this.expr(t.index)};\n` +
        `${e} = ${result};\n${this.storeItem(t.index, o, i, n, a, e)}`
      );
    }
    return this.fallbackStmt(s);
  }

  /**
   * inplaceBinop of two operands (held in temporaries a and b, taken before the operands' code),
   * with binop's fast path for numbers: immutable operands act in place as they do otherwise.
   * `lit`: the right operand is a number literal, as a float (floatOf).
   */
  private inplace(
    op: string,
    a: string,
    left: string,
    b: string,
    right: string,
    lit: string | null,
    span: SourceSpan,
  ): string {
    const q = JSON.stringify(op);
    // CPython locates a failing augmented assignment at the whole statement.
    const at = this.at(span);
    if (!NUMERIC_BINOPS.has(op)) return `((${a} = ${left}), (${b} = ${right}), ${at}, inplaceBinop(${q}, ${a}, ${b}))`;
    const both = (t: string) => `typeof ${a} === '${t}' && typeof ${b} === '${t}'`;
    const mixed =
      lit !== null ? `typeof ${a} === 'number' ? ${a} ${op} ${lit} : ` : `${this.intFloat(op, a, b, this.temp())} : `;
    return `((${a} = ${left}), (${b} = ${right}), ${both('bigint')} || ${both('number')} ? ${a} ${op} ${b} : ${mixed}(${at}, inplaceBinop(${q}, ${a}, ${b})))`;
  }

  // ------------------------------------------------------------ expressions

  /**
   * A condition held by `holder` as a JS boolean (truthy() but for values already booleans), as
   * compile/conditions.ts compiles it: `not`, `and` and `or` are jumps of their own, and a failing
   * truth test is noted where that version of CPython locates it.
   */
  private test(e: ir.Expr, holder: SourceSpan): string {
    if (e.type === 'UnaryOp' && e.op === 'not') return `!${this.test(e.operand, holder)}`;
    if (e.type === 'BoolOp')
      return `(${e.values.map((v) => this.test(v, holder)).join(e.op === 'and' ? ' && ' : ' || ')})`;
    const t = this.temp();
    const at = this.ref(testedAt(this.cx, e, holder));
    return `((${t} = ${this.expr(e)}) === true || (${t} !== false && ((f.pos = ${at}), truthy(${t}))))`;
  }

  private name(id: string, span: SourceSpan): string {
    const i = this.localSlot(id);
    const t = this.temp();
    const k = this.ref(span);
    if (i >= 0) return `((${t} = loc[${i}]) !== undefined ? ${t} : unbound(${JSON.stringify(id)}, ${k}))`;
    // The site's kept value while no namespace has changed (runtime/global-cache.ts), else the lookups.
    const site = this.ref(new GlobalSite(id));
    return (
      `((${t} = ${site}).globals === G && ${t}.globalsCount === G.changes && ${t}.builtinsCount === ${t}.builtins.changes` +
      ` ? ${t}.value` +
      ` : (${t} = loadGlobalAt(${site}, G, builtins())) !== undefined ? ${t} : builtin(${JSON.stringify(id)}, ${k}, G))`
    );
  }

  private expr(e: ir.Expr): string {
    const free = this.top;
    const x = this.exprInner(e);
    this.top = free;
    return x;
  }

  private exprInner(e: ir.Expr): string {
    switch (e.type) {
      case 'Name':
        if (this.localSlot(e.id) >= 0 || this.isGlobal(e.id)) return this.name(e.id, e.span);
        break;
      case 'Const':
        // An object constant is made by each run (compileConst); any other is embedded as it is.
        if (constIsObject(e)) return `${this.ref(this.cx.expr(e))}(null)`;
        return this.ref(this.cx.expr(e)(null as unknown as Frame));
      case 'BinOp':
        return this.binop(e.op, e.left, e.right, e.span);
      case 'Compare':
        if (e.ops.length !== 1) break;
        checkIsLiteral(this.cx, e);
        return this.compare(e.ops[0], e.left, e.comparators[0], e.span);
      case 'UnaryOp': {
        if (e.op === 'not') {
          // truthy() may fail (__bool__, __len__): noted as the closure compiler's `not` does.
          const t = this.temp();
          return `((${t} = ${this.expr(e.operand)}) === true ? false : ${t} === false ? true : (${this.at(e.span)}, !truthy(${t})))`;
        }
        if (e.op === '-') {
          const t = this.temp();
          const x = this.expr(e.operand);
          return `((${t} = ${x}), typeof ${t} === 'bigint' || typeof ${t} === 'number' ? -${t} : (${this.at(e.span)}, unaryop('-', ${t})))`;
        }
        const t = this.temp();
        return `((${t} = ${this.expr(e.operand)}), ${this.at(e.span)}, unaryop(${JSON.stringify(e.op)}, ${t}))`;
      }
      case 'BoolOp': {
        const t = this.temp();
        const xs = e.values.map((v) => this.expr(v));
        let out = xs[xs.length - 1];
        // truthy() but for values already booleans (comparisons), as test() does; a failing
        // truth test is located at the whole expression.
        const t2 = `(${t} === true || (${t} !== false && (${this.at(e.span)}, truthy(${t}))))`;
        for (let i = xs.length - 2; i >= 0; i--)
          out =
            e.op === 'and'
              ? `((${t} = ${xs[i]}), ${t2} ? ${out} : ${t})`
              : `((${t} = ${xs[i]}), ${t2} ? ${t} : ${out})`;
        return out;
      }
      case 'IfExp':
        return `(${this.test(e.test, e.span)} ? ${this.expr(e.body)} : ${this.expr(e.orelse)})`;
      case 'Attribute': {
        const [t, d] = [this.temp(), this.temp()];
        return `((${t} = ${this.expr(e.value)}), ${this.at(e.span)}, ${this.loadAttr(this.site(e.attr), t, d)})`;
      }
      case 'Subscript': {
        checkSubscript(this.cx, e);
        const [o, k, n, d] = [this.temp(), this.temp(), this.temp(), this.temp()];
        return `((${o} = ${this.expr(e.value)}), (${k} = ${this.expr(e.index)}), ${this.loadItem(e, o, k, n, d)})`;
      }
      case 'Call':
        // super() and the builtins that read the caller's frame (locals(), ...) are compiled as closures (calls.ts).
        if (e.args.every((a) => a.kind === 'pos') && !(e.func.type === 'Name' && CLOSURE_CALLS.has(e.func.id))) {
          checkCaller(this.cx, e);
          if (!hasTemporaryCallArg(this.cx, e)) return this.call(e);
          const t = this.temp();
          return `((${t} = openTemporaries()), closeTemporaries(${t}, ${this.call(e)}))`;
        }
        break;
      case 'FString':
        if (!e.template && e.parts.every((p) => typeof p === 'string' || plainField(p))) return this.fstring(e);
        break;
    }
    return `${this.ref(this.cx.expr(e))}(f)`;
  }

  /**
   * An f-string whose fields have no conversion, format spec or `=`: compileFString's closures,
   * inline (a str field is taken as it is; any other value is formatted with an empty spec, the
   * field noted first for caret lines).
   */
  private fstring(e: ir.FString): string {
    const pieces = e.parts.map((p) => {
      if (typeof p === 'string') return this.ref(p);
      const t = this.temp();
      const pos = fieldPos(this.cx, p, e.span);
      const x = this.expr(p.expr);
      return `((${t} = ${x}), typeof ${t} === 'string' ? ${t} : (${pos === null ? '' : `${this.at(pos)}, `}pyFormat(${t}, '')))`;
    });
    if (pieces.length === 0) return `''`;
    return pieces.length === 1 ? pieces[0] : `(${pieces.join(' + ')})`;
  }

  /** An expression's JS, for compileSourceExpr. */
  value(e: ir.Expr): string {
    return this.expr(e);
  }

  /** A call with positional arguments: callee (or object and method), then the arguments, then the call's line, as compilePositionalCall. */
  private call(e: ir.Call): string {
    const line = e.span.line;
    const a = this.temp();
    const c = this.temp();
    const attr = e.func.type === 'Attribute';
    // The method and its binding, taken before the arguments' temps.
    const m = attr ? this.temp() : '';
    const u = attr ? this.temp() : '';
    if (e.func.type === 'Attribute') {
      // The arguments are held in temporaries until the callee is known: a Python function of the
      // class gets an array with the object first (its frame's locals), anything else the arguments alone.
      const ts = e.args.map(() => this.temp());
      const xs = e.args.map((x, i) => `(${ts[i]} = ${this.expr(x.value)})`);
      const o = c;
      const site = this.ref(new MethodSite(e.func.attr));
      return (
        `((${o} = ${this.expr(e.func.value)}), (${this.at(e.func.span)}, ${m} = loadMethodAt(${site}, ${o})), (${u} = loadedMethod.unbound), ${xs.map((x) => x + ', ').join('')}(f.line = ${line}), (${this.at(e.span)}), ` +
        `!${u} ? call(${m}, [${ts.join(', ')}], null) : ${m} instanceof PyFunctionBase ? ${m}.callOwned([${[o, ...ts].join(', ')}])` +
        // A built-in method takes its direct entry here (PyNativeMethod.direct), where V8 sees the one method this site calls.
        ` : ${m} instanceof PyNativeMethod && ${ts.length} >= ${m}.directMin && ${ts.length} <= ${m}.directMax && (!${m}.unboxes || typeof ${o} !== 'object') ? ${m}.direct(${o}, [${ts.join(', ')}])` +
        ` : callMethod(${m}, ${o}, [${ts.join(', ')}], null))`
      );
    }
    const xs = e.args.map((x) => this.expr(x.value));
    const args = `[${xs.join(', ')}]`;
    const n = xs.length;
    return (
      `((${c} = ${this.expr(e.func)}), (${a} = ${args}), (f.line = ${line}), (${this.at(e.span)}), ${c} instanceof PyFunction ? ${c}.callOwned(${a})` +
      // A built-in function takes its direct entry here (PyNativeFunction.direct), where V8 sees the one function this site calls.
      ` : ${c} instanceof PyNativeFunction && ${n} >= ${c}.directMin && ${n} <= ${c}.directMax ? ${c}.direct(${a}) : call(${c}, ${a}, null))`
    );
  }

  /**
   * `+ - *` of an int and a float held in temporaries a and b, as binop's own mixed path: the int
   * converted to float (Number() rounds half to even, as CPython's int-to-float does). An int too
   * large for a float converts to an infinity (`x - x` is then NaN): that case is left to binop's
   * OverflowError. The condition and value, without the branch that follows.
   */
  private intFloat(op: string, a: string, b: string, x: string): string {
    return (
      `typeof ${a} === 'bigint' && typeof ${b} === 'number' && (${x} = Number(${a})) - ${x} === 0 ? ${x} ${op} ${b}` +
      ` : typeof ${a} === 'number' && typeof ${b} === 'bigint' && (${x} = Number(${b})) - ${x} === 0 ? ${a} ${op} ${x}`
    );
  }

  /** fast-ops.ts's binopClosure, inline. */
  private binop(op: string, left: ir.Expr, right: ir.Expr, span: SourceSpan): string {
    const at = this.at(span);
    const a = this.temp();
    const b = this.temp();
    const x = NUMERIC_BINOPS.has(op) ? this.temp() : '';
    const l = this.expr(left);
    const r = this.expr(right);
    const q = JSON.stringify(op);
    const both = (t: string) => `typeof ${a} === '${t}' && typeof ${b} === '${t}'`;
    let fast: string;
    if (NUMERIC_BINOPS.has(op)) fast = `${both('bigint')} || ${both('number')} ? ${a} ${op} ${b}`;
    else if (op === '/') fast = `${both('number')} && ${b} !== 0 ? ${a} / ${b}`;
    else if (op === '//') fast = `${both('bigint')} && ${a} >= 0n && ${b} > 0n ? ${a} / ${b}`;
    else if (op === '%') fast = `${both('bigint')} && ${a} >= 0n && ${b} > 0n ? ${a} % ${b}`;
    else return `((${a} = ${l}), (${b} = ${r}), ${at}, binop(${q}, ${a}, ${b}))`;
    // A float and a number literal: the float op the literal's float (float division by a nonzero one).
    const [kl, kr] = [this.floatOf(left), this.floatOf(right)];
    if (kr !== null && NUMERIC_BINOPS.has(op)) fast += ` : typeof ${a} === 'number' ? ${a} ${op} ${kr}`;
    else if (kr !== null && op === '/') fast += ` : typeof ${a} === 'number' && ${kr} !== 0 ? ${a} / ${kr}`;
    else if (kl !== null && NUMERIC_BINOPS.has(op)) fast += ` : typeof ${b} === 'number' ? ${kl} ${op} ${b}`;
    else if (kl !== null && op === '/') fast += ` : typeof ${b} === 'number' && ${b} !== 0 ? ${kl} / ${b}`;
    else if (x !== '') fast += ` : ${this.intFloat(op, a, b, x)}`;
    return `((${a} = ${l}), (${b} = ${r}), ${fast} : (${at}, binop(${q}, ${a}, ${b})))`;
  }

  /** fast-ops.ts's compareClosure, inline. */
  private compare(op: string, left: ir.Expr, right: ir.Expr, span: SourceSpan): string {
    const at = this.at(span);
    const a = this.temp();
    const b = this.temp();
    const l = this.expr(left);
    const r = this.expr(right);
    const q = JSON.stringify(op);
    const num = (x: string) => `(typeof ${x} === 'bigint' || typeof ${x} === 'number')`;
    let fast: string;
    if (ORDERINGS.has(op)) fast = `${num(a)} && ${num(b)} ? ${a} ${op} ${b}`;
    else if (op === '==' || op === '!=')
      fast =
        `typeof ${a} === typeof ${b} && (typeof ${a} === 'bigint' || typeof ${a} === 'number' || typeof ${a} === 'string')` +
        ` ? ${a} ${op}= ${b}`;
    else return `((${a} = ${l}), (${b} = ${r}), ${at}, compare(${q}, ${a}, ${b}))`;
    // A float against a number literal: against the literal's float, which is an int literal exactly.
    const js = op === '==' ? '===' : op === '!=' ? '!==' : op;
    const [kl, kr] = [this.floatOf(left), this.floatOf(right)];
    if (kr !== null) fast = `typeof ${a} === 'number' ? ${a} ${js} ${kr} : ${fast}`;
    else if (kl !== null) fast = `typeof ${b} === 'number' ? ${kl} ${js} ${b} : ${fast}`;
    return `((${a} = ${l}), (${b} = ${r}), ${fast} : (${at}, compare(${q}, ${a}, ${b})))`;
  }
}

/**
 * Whether plain bodies take the source tier (tests turn it off to compare with the closure compiler),
 * and after how many calls a library function's body does (functions.ts; tests move it to compare).
 */
export const sourceTier = { enabled: true, libraryCalls: 50 };

/**
 * A plain block: the program's own code takes the source tier; Loopline's library code starts as
 * closures (emitting and compiling the hundreds of functions a run calls once would only slow the
 * start-up) and takes it when called often (compileHotBlock).
 */
export function compilePlainBlock(cx: CompileContext, body: ir.Stmt[]): S {
  return sourceTier.enabled && cx.user ? compileSourceBlock(cx, body) : cx.block(body);
}

/** A library body called often enough that emitting it pays (functions.ts): the source tier, if on. */
export function compileHotBlock(cx: CompileContext, body: ir.Stmt[]): S {
  return sourceTier.enabled ? compileSourceBlock(cx, body) : cx.block(body);
}

/** The emitted function's name: the Python function's, so that profiles name it. */
function jsName(qualname: string): string {
  return 'py_' + qualname.replace(/[^A-Za-z0-9_$]/g, '_');
}

/** An emitted body: the values it refers to (the emitter's consts) and a frame, to its completion. */
type Body = EmittedBody;

/**
 * The JS functions already made, by their source text: a body emitted again (the same program run
 * again, or its unchanged functions after an edit) is the same JS function, given this compile's
 * values as its first argument. V8 keeps a function's type feedback and optimized code with it,
 * so a program run again starts with the code its last run left warm. (Closures made per run from
 * one cached factory shared them only once V8 gave the factory feedback of its own, after some
 * eight runs: until then each run's function started cold.)
 */
const bodies = new Map<string, Body>();
const MAX_BODIES = 1000;

let emitted = 0;

/** How many bodies have been compiled to JS functions so far (a test's view of the reuse). */
export function sourceFactoryCount(): number {
  return emitted;
}

/** What a block was last emitted as, and its JS function (compileSourceBlock). */
interface Emitted {
  count: number;
  code: string;
  temps: number;
  name: string;
  fn: Body;
}

/**
 * The last emission of each block, by its first statement: the same IR compiled again (a program
 * run again, whose parse run.ts keeps) that emits the same body finds its function by comparing
 * that body alone, instead of building the whole source and hashing it to look it up in `bodies`
 * (most of a warm compile's time).
 */
const lastEmitted = new WeakMap<ir.Stmt, Emitted>();

/**
 * The emitted body given this compile's values: the closure compiler's contract (a frame to its
 * completion). A bound function rather than a closure: it has no code of its own for V8 to warm
 * up again in each run. The function and values go beside it, for a Python function's calls to
 * call the function itself (PyFunction.runFrame).
 */
function withValues(fn: Body, k: unknown[]): S {
  const b = fn.bind(null, k) as SourceBody;
  b.emitted = fn;
  b.values = k;
  return b;
}

/**
 * The JS function `name(K, f)` that runs `tail` (emitted code) with the frame's locals, globals and
 * run at hand and `temps` temporaries, from `cache` (the same source is made once) or made now.
 */
function sourceFunction<F>(cache: Map<string, F>, name: string, temps: number, tail: string): F {
  const names = Object.keys(helpers);
  const vars = Array.from({ length: temps }, (_, i) => `t${i}`);
  const src =
    `const { ${names.join(', ')} } = H;\n` +
    `return function ${name}(K, f) {\n` +
    `const loc = f.locals, G = f.globals, R = currentRun();\n` +
    (vars.length ? `let ${vars.join(', ')};\n` : '') +
    `${tail}\n};`;
  let fn = cache.get(src);
  if (fn === undefined) {
    fn = (new Function('H', src) as (h: typeof helpers) => F)(helpers);
    emitted++;
    if (cache.size >= MAX_BODIES) cache.delete(cache.keys().next().value as string);
    cache.set(src, fn);
  }
  return fn;
}

/** A plain function's body as one JS function with the closure compiler's contract (returns the completion). */
function compileSourceBlock(cx: CompileContext, body: ir.Stmt[]): S {
  const em = new Emitter(cx);
  const code = em.block(body);
  const name = jsName(cx.code.qualname);
  const first = body.length ? body[0] : null;
  const last = first === null ? undefined : lastEmitted.get(first);
  if (
    last !== undefined &&
    last.count === body.length &&
    last.temps === em.tempCount &&
    last.name === name &&
    last.code === code
  )
    return withValues(last.fn, em.consts);
  const fn = sourceFunction(bodies, name, em.tempCount, `${code}return 0;`);
  if (first !== null) lastEmitted.set(first, { count: body.length, code, temps: em.tempCount, name, fn });
  return withValues(fn, em.consts);
}

/** An emitted expression: the values it refers to and the frame it is evaluated in, to its value. */
type ExprBody = (k: unknown[], f: Frame) => PyValue;

/** What an expression was last emitted as, and its JS function (compileSourceExpr), by its node. */
const lastExpr = new WeakMap<ir.Expr, { code: string; temps: number; name: string; fn: ExprBody }>();
const exprBodies = new Map<string, ExprBody>();

/**
 * A comprehension's element (a generator expression's, evaluated once per item) as one JS
 * function, as compilePlainBlock does a function's body; Loopline's library code keeps closures.
 */
export function compilePlainExpr(cx: CompileContext, e: ir.Expr): X {
  return sourceTier.enabled && cx.user ? compileSourceExpr(cx, e) : cx.expr(e);
}

function compileSourceExpr(cx: CompileContext, e: ir.Expr): X {
  const em = new Emitter(cx);
  const code = em.value(e);
  // Nothing the emitter writes out itself: the closure it refers to is the expression.
  if (code === 'K[0](f)' && em.consts.length === 1) return em.consts[0] as X;
  const name = jsName(cx.code.qualname);
  const k = em.consts;
  const last = lastExpr.get(e);
  let fn: ExprBody | undefined;
  if (last !== undefined && last.temps === em.tempCount && last.name === name && last.code === code) fn = last.fn;
  else {
    fn = sourceFunction(exprBodies, name, em.tempCount, `return ${code};`);
    lastExpr.set(e, { code, temps: em.tempCount, name, fn });
  }
  const body = fn;
  return (f) => body(k, f);
}
