/** Assignment: `=`, augmented and annotated assignment, targets and `del`, each plain and suspending. */
import type * as ir from '../../ir/types';
import { run as currentRun } from '../../runtime/run';
import {
  PyList,
  PyTuple,
  PyDict,
  PyExc,
  pyError,
  getExcClass,
  typeOf,
  typeName,
  listClass,
  tupleClass,
  dictClass,
  type PyCell,
  type PyValue,
} from '../../runtime/core';
import { inplaceBinop, delattr, iterToArray, getitem, setitem, delitem } from '../../runtime/ops';
import { AttrSite, getattrAt, setattrAt } from '../../runtime/attr-cache';
import { type Frame, NORMAL } from '../frame';
import type { S, GS, X, Assign, CompileContext } from './context';
import { CompileError } from './errors';
import { loadName, storeName, unbound, nameError, missingGlobal, freeUnbound } from './names';
import { forgetStarName } from '../../runtime/star-names';
import { dropValue } from '../drops';
import { noteSetUnpack } from '../../runtime/address-order';
import { suspends } from './suspends';
import { classAnnotationRan, collectAnnotation, moduleAnnotationRan } from '../class-annotate';
import { compileAwaitStatement } from './await-yield';

export function compileAssign(cx: CompileContext, s: ir.Assign): S {
  const x = cx.expr(s.value);
  const ts = s.targets.map((t) => assignTarget(cx, t));
  if (ts.length === 1) {
    const t = ts[0];
    return (f) => {
      t(f, x(f));
      return NORMAL;
    };
  }
  return (f) => {
    const v = x(f);
    for (const t of ts) t(f, v);
    return NORMAL;
  };
}

export function compileAssignSuspending(cx: CompileContext, s: ir.Assign): GS {
  if (s.value.type === 'Await' && s.targets.length === 1 && !suspends(s.targets[0])) {
    // `y = await x`: the await runs in this statement's generator.
    const value = s.value;
    let target: Assign | null = null;
    const g = compileAwaitStatement(cx, value, (f, v) => {
      target!(f, v);
      return NORMAL;
    });
    target = assignTarget(cx, s.targets[0]);
    return g;
  }
  const x = cx.gexpr(s.value);
  const ts = s.targets.map((t) => assignTargetSuspending(cx, t));
  return function* (f) {
    const v = yield* x(f);
    for (const t of ts) yield* t(f, v);
    return NORMAL;
  };
}

export function compileAugAssign(cx: CompileContext, s: ir.AugAssign): S {
  const value = cx.expr(s.value);
  const op = s.op;
  const t = s.target;
  // Where a failing load or operation shows in the caret line (compile/positions.ts): CPython
  // locates the operation at the whole statement.
  const [at, whole] = cx.positions ? [t.span, s.span] : [null, null];
  if (t.type === 'Name') {
    const load = loadName(cx, t.id, at);
    const store = storeName(cx, t.id);
    return (f) => {
      const cur = load(f);
      const v = value(f);
      f.pos = whole;
      store(f, inplaceBinop(op, cur, v));
      return NORMAL;
    };
  }
  if (t.type === 'Attribute') {
    const obj = cx.expr(t.value);
    const [get, set] = [new AttrSite(t.attr), new AttrSite(t.attr)];
    return (f) => {
      const o = obj(f);
      f.pos = at;
      const cur = getattrAt(get, o);
      const v = value(f);
      f.pos = whole;
      setattrAt(set, o, inplaceBinop(op, cur, v));
      return NORMAL;
    };
  }
  if (t.type === 'Subscript') {
    const obj = cx.expr(t.value);
    const idx = cx.expr(t.index);
    return (f) => {
      const o = obj(f);
      const i = idx(f);
      f.pos = at;
      const cur = getitem(o, i);
      const v = value(f);
      f.pos = whole;
      setitem(o, i, inplaceBinop(op, cur, v));
      return NORMAL;
    };
  }
  throw new CompileError("'" + t.type + "' is an illegal expression for augmented assignment", s.span);
}

export function compileAugAssignSuspending(cx: CompileContext, s: ir.AugAssign): GS {
  const x = cx.gexpr(s.value);
  const target = s.target;
  const op = s.op;
  // CPython's order: the target's object (and index), the current value, then the right side.
  const [at, whole] = cx.positions ? [target.span, s.span] : [null, null];
  if (target.type === 'Attribute') {
    const obj = cx.gx(target.value);
    const [get, set] = [new AttrSite(target.attr), new AttrSite(target.attr)];
    return function* (f) {
      const o = yield* obj(f);
      f.pos = at;
      const cur = getattrAt(get, o);
      const v = yield* x(f);
      f.pos = whole;
      setattrAt(set, o, inplaceBinop(op, cur, v));
      return NORMAL;
    };
  }
  if (target.type === 'Subscript') {
    const obj = cx.gx(target.value);
    const idx = cx.gx(target.index);
    return function* (f) {
      const o = yield* obj(f);
      const i = yield* idx(f);
      f.pos = at;
      const cur = getitem(o, i);
      const v = yield* x(f);
      f.pos = whole;
      setitem(o, i, inplaceBinop(op, cur, v));
      return NORMAL;
    };
  }
  if (target.type !== 'Name')
    throw new CompileError("'" + target.type + "' is an illegal expression for augmented assignment", s.span);
  const load = cx.expr(target);
  const store = assignTarget(cx, target);
  return function* (f) {
    const cur = load(f);
    const v = yield* x(f);
    store(f, inplaceBinop(op, cur, v));
    return NORMAL;
  };
}

export function compileAnnAssign(cx: CompileContext, s: ir.AnnAssign): S {
  const value = s.value ? cx.expr(s.value) : null;
  const t = s.target;
  const store = value ? assignTarget(cx, t) : null;
  if ((cx.scope.kind === 'class' || cx.scope.kind === 'module') && t.type === 'Name') {
    // Record annotations in the class (or module) namespace, in order (dataclasses read them).
    const ann = cx.annotation(s.annotation);
    const name = t.id;
    const inClass = cx.scope.kind === 'class';
    const lazy = !cx.futureAnnotations && currentRun.minor >= 14;
    if (lazy) {
      // 3.14 (PEP 649): kept for the class's or module's __annotate__, which evaluates those that ran.
      const index = collectAnnotation(cx.scope, name, ann, s.annotation);
      const ran = inClass ? classAnnotationRan : moduleAnnotationRan;
      return (f) => {
        if (value && store) store(f, value(f));
        ran(f, index);
        return NORMAL;
      };
    }
    return (f) => {
      if (value && store) store(f, value(f));
      const ns = inClass ? f.ns! : f.globals;
      let d = ns.get('__annotations__');
      if (!(d instanceof PyDict)) {
        d = new PyDict();
        ns.set('__annotations__', d);
      }
      setitem(d, name, ann(f));
      return NORMAL;
    };
  }
  return (f) => {
    if (value && store) store(f, value(f));
    return NORMAL;
  };
}

export function compileAnnAssignSuspending(cx: CompileContext, s: ir.AnnAssign): GS {
  if (!s.value)
    return function* () {
      return NORMAL;
    };
  const x = cx.gexpr(s.value);
  const ts = assignTarget(cx, s.target);
  return function* (f) {
    ts(f, yield* x(f));
    return NORMAL;
  };
}

/** Compile an assignment target. */
/**
 * Stores into a target. A store or unpacking that fails is located at its target (CPython's
 * STORE_ATTR, STORE_SUBSCR, UNPACK_SEQUENCE), noted in the frame first (caret lines, compile/positions.ts).
 */
export function assignTarget(cx: CompileContext, t: ir.Expr): Assign {
  const pos = cx.positions ? t.span : null;
  switch (t.type) {
    case 'Name':
      return storeName(cx, t.id);
    case 'Attribute': {
      const obj = cx.expr(t.value);
      const site = new AttrSite(t.attr);
      return (f, v) => {
        const o = obj(f);
        f.pos = pos;
        setattrAt(site, o, v);
      };
    }
    case 'Subscript': {
      const obj = cx.expr(t.value);
      const idx = cx.expr(t.index);
      return (f, v) => {
        const o = obj(f);
        const i = idx(f);
        f.pos = pos;
        setitem(o, i, v);
      };
    }
    case 'Tuple':
    case 'List': {
      const starAt = t.elts.findIndex((e) => e.type === 'Starred');
      const subs = t.elts.map((e) => assignTarget(cx, e.type === 'Starred' ? e.value : e));
      const n = subs.length;
      const note = cx.user ? t.span.line : 0;
      return (f, v) => {
        f.pos = pos;
        if (note) noteSetUnpack(v, note);
        const values = unpackValues(v, n, starAt);
        for (let i = 0; i < n; i++) subs[i](f, values[i]);
      };
    }
    case 'Starred':
      throw new CompileError('starred assignment target must be in a list or tuple', t.span);
    default:
      throw new CompileError(`cannot assign to ${t.type}`, t.span);
  }
}

/** A store into a target whose object or index suspends (`d[await key()] = v`), after the value. */
type AssignSuspending = (f: Frame, v: PyValue) => Generator<PyValue, void, PyValue>;

function assignTargetSuspending(cx: CompileContext, t: ir.Expr): AssignSuspending {
  const pos = cx.positions ? t.span : null;
  if (!suspends(t) || t.type === 'Name' || t.type === 'Starred') {
    const store = assignTarget(cx, t);
    return function* (f, v) {
      store(f, v);
    };
  }
  switch (t.type) {
    case 'Attribute': {
      const obj = cx.gx(t.value);
      const site = new AttrSite(t.attr);
      return function* (f, v) {
        const o = yield* obj(f);
        f.pos = pos;
        setattrAt(site, o, v);
      };
    }
    case 'Subscript': {
      const obj = cx.gx(t.value);
      const idx = cx.gx(t.index);
      return function* (f, v) {
        const o = yield* obj(f);
        const i = yield* idx(f);
        f.pos = pos;
        setitem(o, i, v);
      };
    }
    case 'Tuple':
    case 'List': {
      const starAt = t.elts.findIndex((e) => e.type === 'Starred');
      const subs = t.elts.map((e) => assignTargetSuspending(cx, e.type === 'Starred' ? e.value : e));
      const n = subs.length;
      const note = cx.user ? t.span.line : 0;
      return function* (f, v) {
        f.pos = pos;
        if (note) noteSetUnpack(v, note);
        const values = unpackValues(v, n, starAt);
        for (let i = 0; i < n; i++) yield* subs[i](f, values[i]);
      };
    }
    default:
      throw new CompileError(`cannot assign to ${t.type}`, t.span);
  }
}

/** `*args: *Ts`'s annotation (PEP 646): the one item iterating the value gives, unpacked as one target. */
export function starredAnnotation(value: X): X {
  return (f) => unpackValues(value(f), 1, -1)[0];
}

/** The values an unpacking gives its `n` targets (the starred one at `starAt`, if any, a list). */
function unpackValues(v: PyValue, n: number, starAt: number): PyValue[] {
  const items = v instanceof PyList || v instanceof PyTuple ? v.items : unpackable(v);
  if (starAt < 0) {
    if (items.length !== n) {
      if (items.length > n)
        throw pyError('ValueError', `too many values to unpack (expected ${n}${gotCount(v, items.length)})`);
      throw pyError('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    return items;
  }
  const after = n - starAt - 1;
  if (items.length < n - 1)
    throw pyError('ValueError', `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
  return [
    ...items.slice(0, starAt),
    new PyList(items.slice(starAt, items.length - after)),
    ...items.slice(items.length - after),
  ];
}

export function compileDelete(cx: CompileContext, s: ir.Delete): S {
  const ds = s.targets.map((t) => delTarget(cx, t));
  return (f) => {
    for (const d of ds) d(f);
    return NORMAL;
  };
}

/** `del` whose target's object or index suspends (`del d[await key()]`). */
export function compileDeleteSuspending(cx: CompileContext, s: ir.Delete): GS {
  const ds = s.targets.map((t) => delTargetSuspending(cx, t));
  return function* (f) {
    for (const d of ds) yield* d(f);
    return NORMAL;
  };
}

function delTargetSuspending(cx: CompileContext, t: ir.Expr): (f: Frame) => Generator<PyValue, void, PyValue> {
  const pos = cx.positions ? t.span : null;
  if (!suspends(t) || (t.type !== 'Attribute' && t.type !== 'Subscript' && t.type !== 'Tuple' && t.type !== 'List')) {
    const d = delTarget(cx, t);
    return function* (f) {
      d(f);
    };
  }
  if (t.type === 'Attribute') {
    const obj = cx.gx(t.value);
    return function* (f) {
      const o = yield* obj(f);
      f.pos = pos;
      delattr(o, t.attr);
    };
  }
  if (t.type === 'Subscript') {
    const obj = cx.gx(t.value);
    const idx = cx.gx(t.index);
    return function* (f) {
      const o = yield* obj(f);
      const i = yield* idx(f);
      f.pos = pos;
      delitem(o, i);
    };
  }
  const ds = t.elts.map((e) => delTargetSuspending(cx, e));
  return function* (f) {
    for (const d of ds) yield* d(f);
  };
}

/** A deletion that fails is located at its target, as a store's (caret lines, compile/positions.ts). */
export function delTarget(cx: CompileContext, t: ir.Expr): (f: Frame) => void {
  const pos = cx.positions ? t.span : null;
  switch (t.type) {
    case 'Name': {
      const name = t.id;
      const sc = cx.scope;
      if (sc.isLocal(name) && !sc.cells.has(name)) {
        const i = sc.slots.get(name)!;
        return (f) => {
          const old = f.locals[i];
          f.pos = pos;
          if (old === undefined) throw unbound(name);
          f.locals[i] = undefined;
          dropValue(old as PyValue);
        };
      }
      if (sc.isLocal(name) || sc.freeSlots.has(name)) {
        // A captured local (a cell) or a `nonlocal` one: the cell is emptied, for every function sharing it.
        const cell = sc.isLocal(name)
          ? (f: Frame) => f.locals[sc.slots.get(name)!] as PyCell
          : (f: Frame) => f.free[sc.freeSlots.get(name)!];
        const own = sc.isLocal(name);
        return (f) => {
          const c = cell(f);
          const old = c.v;
          f.pos = pos;
          if (old === undefined) throw own ? unbound(name) : freeUnbound(name);
          c.v = undefined;
          dropValue(old);
        };
      }
      if (sc.kind === 'class')
        return (f) => {
          const old = f.ns!.get(name);
          f.pos = pos;
          if (!f.ns!.delete(name)) throw nameError(name);
          dropValue(old);
        };
      return (f) => {
        const old = f.globals.get(name);
        f.pos = pos;
        if (!f.globals.delete(name)) throw missingGlobal(f.globals, name);
        // The program's own binding is gone: its name reads as missing, as in CPython.
        forgetStarName(f.globals, name);
        dropValue(old);
      };
    }
    case 'Attribute': {
      const obj = cx.expr(t.value);
      return (f) => {
        const o = obj(f);
        f.pos = pos;
        delattr(o, t.attr);
      };
    }
    case 'Subscript': {
      const obj = cx.expr(t.value);
      const idx = cx.expr(t.index);
      return (f) => {
        const o = obj(f);
        const i = idx(f);
        f.pos = pos;
        delitem(o, i);
      };
    }
    case 'Tuple':
    case 'List': {
      const ds = t.elts.map((e) => delTarget(cx, e));
      return (f) => ds.forEach((d) => d(f));
    }
    default:
      throw new CompileError(`cannot delete ${t.type}`, t.span);
  }
}

/** 3.14 says how many values an exact list, tuple or dict had when it had too many. */
function gotCount(v: PyValue, count: number): string {
  if (currentRun.minor < 14 || !(v instanceof PyList || v instanceof PyTuple || v instanceof PyDict)) return '';
  return v.cls === listClass || v.cls === tupleClass || v.cls === dictClass ? `, got ${count}` : '';
}

/**
 * The items a target list unpacks; a value that is not iterable at all gets CPython's own message
 * ("cannot unpack non-iterable int object"), while an `__iter__` that raises keeps its error.
 */
function unpackable(v: PyValue): PyValue[] {
  try {
    return iterToArray(v);
  } catch (e) {
    const t = typeOf(v);
    if (
      e instanceof PyExc &&
      e.exc.cls === getExcClass('TypeError') &&
      t.lookup('__iter__') === undefined &&
      t.lookup('__getitem__') === undefined
    )
      throw pyError('TypeError', `cannot unpack non-iterable ${typeName(v)} object`);
    throw e;
  }
}
