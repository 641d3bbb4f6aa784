/**
 * IR → JS closures. Each statement becomes `(frame) => completion`; code that can suspend
 * (contains `await`, `yield`, `async for/with`) becomes a JS generator so the event loop can
 * pause it, everything else stays a plain closure for speed.
 */
import type * as ir from '../ir/types';
import {
  PyObject,
  PyClass,
  PyCell,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PySlice,
  PyExc,
  PyExceptionObject,
  PyComplex,
  PyBytes,
  Ellipsis,
  iteratorClass,
  baseExceptionClass,
  pyError,
  makeError,
  typeOf,
  typeName,
  isInstance,
  getExcClass,
  type PyValue,
  type KwArgs,
} from '../runtime/core';
import {
  truthy,
  binop,
  inplaceBinop,
  unaryop,
  compare,
  getattr,
  setattr,
  delattr,
  call,
  callMethod,
  callMethodByName,
  getIter,
  iterToArray,
  getitem,
  setitem,
  delitem,
  hashKey,
  repr,
  str,
  
  eq,
  
  type PyIterator,
} from '../runtime/ops';
import { pyFormat } from '../runtime/types/format';
import { Frame, NORMAL, BREAK, CONTINUE, RETURN, type Code } from './frame';
import { Scope, analyze } from './scope';
import { PyFunction, type ParamInfo, type SyncBody, type GenBody } from './function';
import { asyncGenHooks, awaitTarget, yieldFromTarget, driveCoroutine, AgenYield, PyGenerator, PyCoroutine, PyAsyncGenerator, type Body } from './generator';
import { run } from '../runtime/run';
import { tick, importModule, interpreter } from './state';
import { buildClass, makeSuper, instantiateException } from './classes';

type X = (f: Frame) => PyValue;
type GX = (f: Frame) => Body;
type S = (f: Frame) => number;
type GS = (f: Frame) => Generator<PyValue, number, PyValue>;
type Assign = (f: Frame, v: PyValue) => void;

/** A compiled module: run it with a fresh globals map. */
export interface CompiledModule {
  code: Code;
  run(globals: Map<string, PyValue>): void;
}

const suspendMemo = new WeakMap<object, boolean>();

/** Does evaluating this node (not counting nested function bodies) possibly suspend? */
function suspends(n: ir.Expr | ir.Stmt | null | undefined): boolean {
  if (!n) return false;
  const m = suspendMemo.get(n);
  if (m !== undefined) return m;
  const r = computeSuspends(n);
  suspendMemo.set(n, r);
  return r;
}

function anySuspends(ns: (ir.Expr | ir.Stmt | null)[]): boolean {
  for (const n of ns) if (suspends(n)) return true;
  return false;
}

function computeSuspends(n: ir.Expr | ir.Stmt): boolean {
  switch (n.type) {
    case 'Await':
    case 'Yield':
    case 'YieldFrom':
      return true;
    case 'FunctionDef':
      return anySuspends(n.decorators) || anySuspends(paramDefaults(n.params));
    case 'ClassDef':
      return anySuspends(n.bases) || anySuspends(n.decorators);
    case 'Lambda':
      return anySuspends(paramDefaults(n.params));
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return n.generators.some((g) => g.isAsync) || compHasAwait(n) || suspends(n.generators[0].iter);
    case 'GeneratorExp':
      return suspends(n.generators[0].iter);
    case 'For':
      return n.isAsync || suspends(n.iter) || anySuspends(n.body) || anySuspends(n.orelse);
    case 'With':
      return n.isAsync || n.items.some((i) => suspends(i.context)) || anySuspends(n.body);
    case 'Try':
      return anySuspends(n.body) || n.handlers.some((h) => anySuspends(h.body) || suspends(h.type)) || anySuspends(n.orelse) || anySuspends(n.finalbody);
    case 'Match':
      return suspends(n.subject) || n.cases.some((c) => anySuspends(c.body) || suspends(c.guard));
    case 'AnnAssign':
      // In a function the annotation is never evaluated: only the value can suspend.
      return suspends(n.value) || suspends(n.target);
  }
  for (const child of childNodes(n)) if (suspends(child)) return true;
  return false;
}

function compHasAwait(n: ir.Comprehension | ir.DictComp): boolean {
  const inner: (ir.Expr | null)[] = n.type === 'DictComp' ? [n.key, n.value] : [n.elt];
  for (const g of n.generators.slice(1)) inner.push(g.iter);
  for (const g of n.generators) inner.push(...g.ifs);
  return anySuspends(inner);
}

function paramDefaults(p: ir.Params): ir.Expr[] {
  const out: ir.Expr[] = [];
  for (const a of [...p.posonly, ...p.args, ...p.kwonly]) if (a.default) out.push(a.default);
  return out;
}

/** Direct sub-expressions and sub-statements of simple nodes. */
function childNodes(n: ir.Expr | ir.Stmt): (ir.Expr | ir.Stmt)[] {
  const out: (ir.Expr | ir.Stmt)[] = [];
  const push = (x: unknown) => {
    if (x && typeof x === 'object' && 'type' in (x as object)) out.push(x as ir.Expr);
  };
  for (const [k, v] of Object.entries(n)) {
    if (k === 'span') continue;
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x && typeof x === 'object') {
          if ('type' in x) push(x);
          else if ('value' in x && (x as { value: unknown }).value && typeof (x as { value: object }).value === 'object') push((x as { value: unknown }).value);
          else if ('expr' in x) {
            push((x as ir.FStringField).expr);
            const spec = (x as ir.FStringField).spec;
            if (spec) for (const sp of spec) if (typeof sp !== 'string') push(sp.expr);
          } else if ('context' in x) push((x as ir.WithItem).context);
        }
      }
    } else push(v);
  }
  return out;
}

// ------------------------------------------------------------------ errors

function unbound(name: string): PyExc {
  return pyError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}
function nameError(name: string): PyExc {
  const e = pyError('NameError', `name '${name}' is not defined`);
  e.exc.dict!.set('name', name);
  return e;
}
function freeUnbound(name: string): PyExc {
  return pyError('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

// ------------------------------------------------------------------ the compiler

export class Compiler {
  private scopes: Map<object, Scope>;
  private scope: Scope;
  private code!: Code;
  private qualPrefix = '';
  /** Inside a class body: its scope (names go to the namespace). */
  /** `from __future__ import annotations`: annotations are kept as source text, not evaluated. */
  private futureAnnotations: boolean;
  private source: string | null = null;

  constructor(private mod: ir.Module, private user: boolean, private moduleName = '__main__') {
    const r = analyze(mod);
    this.scopes = r.scopes;
    this.scope = r.root;
    this.futureAnnotations = mod.body.some(
      (st) => st.type === 'ImportFrom' && st.module === '__future__' && st.names.some((n) => n.name === 'annotations')
    );
  }

  /** An annotation: evaluated (CPython 3.13), or its text under the __future__ import. */
  private annotation(e: ir.Expr): X {
    if (!this.futureAnnotations) return this.expr(e);
    this.source ??= this.mod.lines.join('\n');
    const text = this.source.slice(e.span.from, e.span.to);
    return () => text;
  }

  compileModule(): CompiledModule {
    const code: Code = {
      name: '<module>',
      qualname: '<module>',
      user: this.user,
      firstLine: 1,
      scope: this.scope,
      kind: 'function',
      nlocals: 0,
      cellSlots: [],
    };
    this.code = code;
    const body = this.block(this.mod.body);
    return {
      code,
      run(globals) {
        const f = new Frame(code, [], [], globals);
        try {
          body(f);
        } catch (e) {
          if (e instanceof PyExc) e.exc.traceback.push({ name: '<module>', line: f.line, user: code.user });
          throw e;
        }
      },
    };
  }

  // ---------------------------------------------------------------- blocks

  private block(body: ir.Stmt[]): S {
    const fns = body.map((s) => this.stmt(s));
    if (fns.length === 0) return () => NORMAL;
    if (fns.length === 1) return fns[0];
    if (fns.length === 2) {
      const [a, b] = fns;
      return (f) => a(f) || b(f);
    }
    return (f) => {
      for (let i = 0; i < fns.length; i++) {
        const c = fns[i](f);
        if (c !== NORMAL) return c;
      }
      return NORMAL;
    };
  }

  private gblock(body: ir.Stmt[]): GS {
    // Suspending statements set their line here rather than in a wrapper generator of their own.
    const user = this.user;
    const items = body.map((s) =>
      suspends(s) ? { g: this.gstmtInner(s), s: null, line: s.span.line } : { g: null, s: this.stmt(s), line: s.span.line }
    );
    return function* (f) {
      for (let i = 0; i < items.length; i++) {
        const it = items[i];
        let c: number;
        if (it.s !== null) c = it.s(f);
        else {
          f.line = it.line;
          if (user) run.userLine = it.line;
          c = yield* it.g!(f);
        }
        if (c !== NORMAL) return c;
      }
      return NORMAL;
    };
  }

  /** A sync expression lifted into generator form, or the generator form itself. */
  private gx(e: ir.Expr): GX {
    if (suspends(e)) return this.gexpr(e);
    const x = this.expr(e);
    return function* (f) {
      return x(f);
    };
  }

  // ---------------------------------------------------------------- statements (sync)

  private stmt(s: ir.Stmt): S {
    const line = s.span.line;
    const inner = this.stmtInner(s);
    if (this.user)
      return (f) => {
        f.line = line;
        // The last line of the user's program that ran (warnings are attributed to it).
        run.userLine = line;
        return inner(f);
      };
    return (f) => {
      f.line = line;
      return inner(f);
    };
  }

  private stmtInner(s: ir.Stmt): S {
    switch (s.type) {
      case 'Expr': {
        const x = this.expr(s.value);
        return (f) => {
          x(f);
          return NORMAL;
        };
      }
      case 'Assign': {
        const x = this.expr(s.value);
        const ts = s.targets.map((t) => this.assignTarget(t));
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
      case 'AugAssign':
        return this.augAssign(s, this.expr(s.value));
      case 'AnnAssign':
        return this.annAssign(s, s.value ? this.expr(s.value) : null);
      case 'FunctionDef': {
        const make = this.functionDef(s);
        const store = this.storeName(s.name);
        return (f) => {
          store(f, make(f));
          return NORMAL;
        };
      }
      case 'ClassDef':
        return this.classDef(s);
      case 'Return': {
        if (!s.value)
          return (f) => {
            f.retval = null;
            return RETURN;
          };
        const x = this.expr(s.value);
        return (f) => {
          f.retval = x(f);
          return RETURN;
        };
      }
      case 'If': {
        const t = this.expr(s.test);
        const body = this.block(s.body);
        const orelse = s.orelse.length ? this.block(s.orelse) : null;
        return (f) => (truthy(t(f)) ? body(f) : orelse ? orelse(f) : NORMAL);
      }
      case 'While': {
        const t = this.expr(s.test);
        const body = this.block(s.body);
        const orelse = s.orelse.length ? this.block(s.orelse) : null;
        const line = s.span.line;
        return (f) => {
          while (truthy(t(f))) {
            tick(line);
            const c = body(f);
            if (c === BREAK) return NORMAL;
            if (c === RETURN) return c;
            f.line = line;
          }
          return orelse ? orelse(f) : NORMAL;
        };
      }
      case 'For': {
        const it = this.expr(s.iter);
        const target = this.assignTarget(s.target);
        const body = this.block(s.body);
        const orelse = s.orelse.length ? this.block(s.orelse) : null;
        const line = s.span.line;
        return (f) => {
          const iter = getIter(it(f));
          for (let v = iter.next(); v !== undefined; v = iter.next()) {
            tick(line);
            target(f, v);
            const c = body(f);
            if (c === BREAK) return NORMAL;
            if (c === RETURN) return c;
            f.line = line;
          }
          return orelse ? orelse(f) : NORMAL;
        };
      }
      case 'With':
        return this.withStmt(s);
      case 'Try':
        return s.isStar ? this.tryStar(s) : this.tryStmt(s);
      case 'Raise': {
        const exc = s.exc ? this.expr(s.exc) : null;
        const cause = s.cause ? this.expr(s.cause) : null;
        return (f) => {
          throw doRaise(f, exc ? exc(f) : undefined, cause ? cause(f) : undefined);
        };
      }
      case 'Assert': {
        const t = this.expr(s.test);
        const msg = s.msg ? this.expr(s.msg) : null;
        return (f) => {
          if (!truthy(t(f))) {
            const e = makeError('AssertionError');
            if (msg) e.args = [msg(f)];
            throw new PyExc(e);
          }
          return NORMAL;
        };
      }
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return () => NORMAL;
      case 'Break':
        return () => BREAK;
      case 'Continue':
        return () => CONTINUE;
      case 'Delete': {
        const ds = s.targets.map((t) => this.delTarget(t));
        return (f) => {
          for (const d of ds) d(f);
          return NORMAL;
        };
      }
      case 'Import': {
        const parts = s.names.map((n) => {
          const top = n.name.split('.')[0];
          return { full: n.name, store: this.storeName(n.asname ?? top), asname: n.asname };
        });
        return (f) => {
          for (const p of parts) {
            const m = importModule(p.full);
            p.store(f, p.asname ? m : importModule(p.full.split('.')[0]));
          }
          return NORMAL;
        };
      }
      case 'ImportFrom': {
        const names = s.names.map((n) => ({ name: n.name, store: n.name === '*' ? null : this.storeName(n.asname ?? n.name) }));
        const modName = s.module;
        return (f) => {
          const m = importModule(modName);
          for (const n of names) {
            if (n.store === null) {
              for (const [k, v] of m.dict!) if (!k.startsWith('_')) f.globals.set(k, v);
              continue;
            }
            const v = m.dict!.get(n.name);
            if (v === undefined) {
              let sub: PyValue | undefined;
              try {
                sub = importModule(modName + '.' + n.name);
              } catch {
                sub = undefined;
              }
              if (sub === undefined)
                throw pyError('ImportError', `cannot import name '${n.name}' from '${modName}' (unknown location)`);
              n.store(f, sub);
            } else n.store(f, v);
          }
          return NORMAL;
        };
      }
      case 'Match':
        return this.matchStmt(s);
    }
  }

  // ---------------------------------------------------------------- statements (generator)

  private gstmtInner(s: ir.Stmt): GS {
    switch (s.type) {
      case 'Expr': {
        const x = this.gexpr(s.value);
        return function* (f) {
          yield* x(f);
          return NORMAL;
        };
      }
      case 'Assign': {
        const x = this.gexpr(s.value);
        const ts = s.targets.map((t) => this.assignTarget(t));
        return function* (f) {
          const v = yield* x(f);
          for (const t of ts) t(f, v);
          return NORMAL;
        };
      }
      case 'AugAssign': {
        const x = this.gexpr(s.value);
        const target = s.target;
        const load = this.expr(target);
        const store = this.assignTarget(target);
        const op = s.op;
        if (target.type !== 'Name') throw new CompileError('await inside an augmented assignment to an attribute or item', s.span);
        return function* (f) {
          const cur = load(f);
          const v = yield* x(f);
          store(f, inplaceBinop(op, cur, v));
          return NORMAL;
        };
      }
      case 'AnnAssign': {
        if (!s.value) return function* () {
          return NORMAL;
        };
        const x = this.gexpr(s.value);
        const ts = this.assignTarget(s.target);
        return function* (f) {
          ts(f, yield* x(f));
          return NORMAL;
        };
      }
      case 'Return': {
        const x = this.gexpr(s.value!);
        return function* (f) {
          f.retval = yield* x(f);
          return RETURN;
        };
      }
      case 'If': {
        const t = this.gx(s.test);
        const body = this.gblock(s.body);
        const orelse = this.gblock(s.orelse);
        return function* (f) {
          return truthy(yield* t(f)) ? yield* body(f) : yield* orelse(f);
        };
      }
      case 'While': {
        const t = this.gx(s.test);
        const body = this.gblock(s.body);
        const orelse = this.gblock(s.orelse);
        const line = s.span.line;
        return function* (f) {
          while (truthy(yield* t(f))) {
            tick(line);
            const c = yield* body(f);
            if (c === BREAK) return NORMAL;
            if (c === RETURN) return c;
            f.line = line;
          }
          return yield* orelse(f);
        };
      }
      case 'For':
        return s.isAsync ? this.asyncFor(s) : this.gfor(s);
      case 'With':
        return s.isAsync ? this.asyncWith(s) : this.gwith(s);
      case 'Try':
        return s.isStar ? this.gtryStar(s) : this.gtry(s);
      case 'Raise': {
        const exc = s.exc ? this.gx(s.exc) : null;
        const cause = s.cause ? this.gx(s.cause) : null;
        return function* (f) {
          const e = exc ? yield* exc(f) : undefined;
          const c = cause ? yield* cause(f) : undefined;
          throw doRaise(f, e, c);
        };
      }
      case 'Assert': {
        const t = this.gx(s.test);
        const msg = s.msg ? this.gx(s.msg) : null;
        return function* (f) {
          if (!truthy(yield* t(f))) {
            const e = makeError('AssertionError');
            if (msg) e.args = [yield* msg(f)];
            throw new PyExc(e);
          }
          return NORMAL;
        };
      }
      case 'FunctionDef':
      case 'ClassDef':
      case 'Delete':
        throw new CompileError(`await inside the header of a ${s.type === 'Delete' ? 'del statement' : s.type === 'ClassDef' ? 'class statement' : 'def statement'}`, s.span);
      case 'Match': {
        const subj = this.gx(s.subject);
        const sync = this.matchCases(s);
        const bodies = s.cases.map((c) => this.gblock(c.body));
        return function* (f) {
          const v = yield* subj(f);
          const i = sync(f, v);
          return i < 0 ? NORMAL : yield* bodies[i](f);
        };
      }
      default:
        throw new CompileError(`await inside ${s.type}`, s.span);
    }
  }

  private gfor(s: ir.For): GS {
    const it = this.gx(s.iter);
    const target = this.assignTarget(s.target);
    const body = this.gblock(s.body);
    const orelse = this.gblock(s.orelse);
    const line = s.span.line;
    return function* (f) {
      const iter = getIter(yield* it(f));
      for (let v = iter.next(); v !== undefined; v = iter.next()) {
        tick(line);
        target(f, v);
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
        f.line = line;
      }
      return yield* orelse(f);
    };
  }

  private asyncFor(s: ir.For): GS {
    const it = this.gx(s.iter);
    // `async for x in agen():` holds the only reference to the generator: leaving the loop
    // early frees it, and CPython's finalizer hook then schedules its aclose().
    const temporary = s.iter.type === 'Call';
    const target = this.assignTarget(s.target);
    const body = this.gblock(s.body);
    const orelse = this.gblock(s.orelse);
    const line = s.span.line;
    return function* (f) {
      const iterable = yield* it(f);
      const aiter = aiterOf(iterable);
      let early = true;
      try {
        for (;;) {
          tick(line);
          f.line = line;
          let v: PyValue;
          try {
            v = yield* awaitValue(f, anextOf(aiter));
          } catch (e) {
            if (e instanceof PyExc && e.exc.cls === getExcClass('StopAsyncIteration')) break;
            throw e;
          }
          target(f, v);
          const c = yield* body(f);
          if (c === BREAK) return NORMAL;
          if (c === RETURN) return c;
        }
        early = false;
      } finally {
        if (early && temporary && aiter instanceof PyAsyncGenerator && aiter.state === 'suspended') run.get(asyncGenHooks).finalize(aiter);
      }
      return yield* orelse(f);
    };
  }

  // ---------------------------------------------------------------- assignment

  private augAssign(s: ir.AugAssign, value: X): S {
    const op = s.op;
    const t = s.target;
    if (t.type === 'Name') {
      const load = this.loadName(t.id);
      const store = this.storeName(t.id);
      return (f) => {
        store(f, inplaceBinop(op, load(f), value(f)));
        return NORMAL;
      };
    }
    if (t.type === 'Attribute') {
      const obj = this.expr(t.value);
      const attr = t.attr;
      return (f) => {
        const o = obj(f);
        setattr(o, attr, inplaceBinop(op, getattr(o, attr), value(f)));
        return NORMAL;
      };
    }
    if (t.type === 'Subscript') {
      const obj = this.expr(t.value);
      const idx = this.expr(t.index);
      return (f) => {
        const o = obj(f);
        const i = idx(f);
        setitem(o, i, inplaceBinop(op, getitem(o, i), value(f)));
        return NORMAL;
      };
    }
    throw new CompileError("'" + t.type + "' is an illegal expression for augmented assignment", s.span);
  }

  private annAssign(s: ir.AnnAssign, value: X | null): S {
    const t = s.target;
    const store = value ? this.assignTarget(t) : null;
    if ((this.scope.kind === 'class' || this.scope.kind === 'module') && t.type === 'Name') {
      // Record annotations in the class (or module) namespace, in order (dataclasses read them).
      const ann = this.annotation(s.annotation);
      const name = t.id;
      const inClass = this.scope.kind === 'class';
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

  /** Compile an assignment target. */
  assignTarget(t: ir.Expr): Assign {
    switch (t.type) {
      case 'Name':
        return this.storeName(t.id);
      case 'Attribute': {
        const obj = this.expr(t.value);
        const name = t.attr;
        return (f, v) => setattr(obj(f), name, v);
      }
      case 'Subscript': {
        const obj = this.expr(t.value);
        const idx = this.expr(t.index);
        return (f, v) => {
          const o = obj(f);
          setitem(o, idx(f), v);
        };
      }
      case 'Tuple':
      case 'List': {
        const starAt = t.elts.findIndex((e) => e.type === 'Starred');
        const subs = t.elts.map((e) => this.assignTarget(e.type === 'Starred' ? e.value : e));
        const n = subs.length;
        return (f, v) => {
          const items = v instanceof PyList || v instanceof PyTuple ? v.items : iterToArray(v);
          if (starAt < 0) {
            if (items.length !== n) {
              if (items.length > n) throw pyError('ValueError', `too many values to unpack (expected ${n})`);
              throw pyError('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
            }
            for (let i = 0; i < n; i++) subs[i](f, items[i]);
            return;
          }
          const after = n - starAt - 1;
          if (items.length < n - 1)
            throw pyError('ValueError', `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
          for (let i = 0; i < starAt; i++) subs[i](f, items[i]);
          subs[starAt](f, new PyList(items.slice(starAt, items.length - after)));
          for (let i = 0; i < after; i++) subs[starAt + 1 + i](f, items[items.length - after + i]);
        };
      }
      case 'Starred':
        throw new CompileError('starred assignment target must be in a list or tuple', t.span);
      default:
        throw new CompileError(`cannot assign to ${t.type}`, t.span);
    }
  }

  private delTarget(t: ir.Expr): (f: Frame) => void {
    switch (t.type) {
      case 'Name': {
        const name = t.id;
        const sc = this.scope;
        if (sc.isLocal(name) && !sc.cells.has(name)) {
          const i = sc.slots.get(name)!;
          return (f) => {
            if (f.locals[i] === undefined) throw unbound(name);
            f.locals[i] = undefined;
          };
        }
        if (sc.kind === 'class')
          return (f) => {
            if (!f.ns!.delete(name)) throw nameError(name);
          };
        return (f) => {
          if (!f.globals.delete(name)) throw nameError(name);
        };
      }
      case 'Attribute': {
        const obj = this.expr(t.value);
        return (f) => delattr(obj(f), t.attr);
      }
      case 'Subscript': {
        const obj = this.expr(t.value);
        const idx = this.expr(t.index);
        return (f) => {
          const o = obj(f);
          delitem(o, idx(f));
        };
      }
      case 'Tuple':
      case 'List': {
        const ds = t.elts.map((e) => this.delTarget(e));
        return (f) => ds.forEach((d) => d(f));
      }
      default:
        throw new CompileError(`cannot delete ${t.type}`, t.span);
    }
  }

  // ---------------------------------------------------------------- names

  loadName(name: string): X {
    const sc = this.scope;
    if (sc.kind === 'function' || sc.kind === 'comprehension') {
      if (sc.slots.has(name) && !sc.globals.has(name)) {
        const i = sc.slots.get(name)!;
        if (sc.cells.has(name))
          return (f) => {
            const v = (f.locals[i] as PyCell).v;
            if (v === undefined) throw unbound(name);
            return v;
          };
        return (f) => {
          const v = f.locals[i] as PyValue | undefined;
          if (v === undefined) throw unbound(name);
          return v;
        };
      }
    }
    if (sc.freeSlots.has(name)) {
      const j = sc.freeSlots.get(name)!;
      return (f) => {
        const v = f.free[j].v;
        if (v === undefined) throw freeUnbound(name);
        return v;
      };
    }
    if (sc.kind === 'class' && !sc.globals.has(name)) {
      return (f) => {
        // `None` is null: test for undefined (missing), never with `??`.
        let v = f.ns!.get(name);
        if (v === undefined) v = f.globals.get(name);
        if (v === undefined) v = run.get(interpreter).builtins.get(name);
        if (v === undefined) throw nameError(name);
        return v;
      };
    }
    return (f) => {
      let v = f.globals.get(name);
      if (v === undefined) v = run.get(interpreter).builtins.get(name);
      if (v === undefined) throw nameError(name);
      return v;
    };
  }

  storeName(name: string): Assign {
    const sc = this.scope;
    if ((sc.kind === 'function' || sc.kind === 'comprehension') && sc.slots.has(name) && !sc.globals.has(name)) {
      const i = sc.slots.get(name)!;
      if (sc.cells.has(name))
        return (f, v) => {
          (f.locals[i] as PyCell).v = v;
        };
      return (f, v) => {
        f.locals[i] = v;
      };
    }
    if (sc.freeSlots.has(name) && (sc.nonlocals.has(name) || sc.kind === 'comprehension')) {
      const j = sc.freeSlots.get(name)!;
      return (f, v) => {
        f.free[j].v = v;
      };
    }
    if (sc.kind === 'class' && !sc.globals.has(name))
      return (f, v) => {
        f.ns!.set(name, v);
      };
    return (f, v) => {
      f.globals.set(name, v);
    };
  }

  // ---------------------------------------------------------------- expressions (sync)

  expr(e: ir.Expr): X {
    switch (e.type) {
      case 'Name':
        return this.loadName(e.id);
      case 'Const': {
        const v = constValue(e);
        return () => v;
      }
      case 'FString':
        return this.fstring(e.parts);
      case 'BinOp': {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        const op = e.op;
        if (op === '+')
          return (f) => {
            const a = l(f);
            const b = r(f);
            return typeof a === 'bigint' && typeof b === 'bigint' ? a + b : binop('+', a, b);
          };
        return (f) => {
          const a = l(f);
          return binop(op, a, r(f));
        };
      }
      case 'UnaryOp': {
        const x = this.expr(e.operand);
        const op = e.op;
        if (op === 'not') return (f) => !truthy(x(f));
        return (f) => unaryop(op, x(f));
      }
      case 'BoolOp': {
        const xs = e.values.map((v) => this.expr(v));
        if (e.op === 'and')
          return (f) => {
            let v: PyValue = null;
            for (const x of xs) {
              v = x(f);
              if (!truthy(v)) return v;
            }
            return v;
          };
        return (f) => {
          let v: PyValue = null;
          for (const x of xs) {
            v = x(f);
            if (truthy(v)) return v;
          }
          return v;
        };
      }
      case 'Compare': {
        this.checkIsLiteral(e);
        const l = this.expr(e.left);
        const rs = e.comparators.map((c) => this.expr(c));
        const ops = e.ops;
        if (ops.length === 1) {
          const op = ops[0];
          const r = rs[0];
          return (f) => {
            const a = l(f);
            return compare(op, a, r(f));
          };
        }
        return (f) => {
          let a = l(f);
          let res: PyValue = true;
          for (let i = 0; i < ops.length; i++) {
            const b = rs[i](f);
            res = compare(ops[i], a, b);
            if (!truthy(res)) return res;
            a = b;
          }
          return res;
        };
      }
      case 'Call':
        return this.callExpr(e);
      case 'Attribute': {
        const obj = this.expr(e.value);
        const name = e.attr;
        return (f) => getattr(obj(f), name);
      }
      case 'Subscript': {
        const obj = this.expr(e.value);
        const idx = this.expr(e.index);
        return (f) => {
          const o = obj(f);
          return getitem(o, idx(f));
        };
      }
      case 'Slice': {
        const lo = e.lower ? this.expr(e.lower) : null;
        const hi = e.upper ? this.expr(e.upper) : null;
        const st = e.step ? this.expr(e.step) : null;
        return (f) => new PySlice(lo ? lo(f) : null, hi ? hi(f) : null, st ? st(f) : null);
      }
      case 'List': {
        const items = this.seqItems(e.elts);
        return (f) => new PyList(items(f));
      }
      case 'Tuple': {
        const items = this.seqItems(e.elts);
        return (f) => new PyTuple(items(f));
      }
      case 'Set': {
        const items = this.seqItems(e.elts);
        return (f) => {
          const s = new PySet();
          for (const v of items(f)) s.map.set(hashKey(v), v);
          return s;
        };
      }
      case 'Dict': {
        const ks = e.keys.map((k) => (k ? this.expr(k) : null));
        const vs = e.values.map((v) => this.expr(v));
        return (f) => {
          const d = new PyDict();
          for (let i = 0; i < vs.length; i++) {
            const k = ks[i];
            if (k === null) mergeInto(d, vs[i](f));
            else {
              const key = k(f);
              setitem(d, key, vs[i](f));
            }
          }
          return d;
        };
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'Lambda':
        return this.lambda(e);
      case 'IfExp': {
        const t = this.expr(e.test);
        const a = this.expr(e.body);
        const b = this.expr(e.orelse);
        return (f) => (truthy(t(f)) ? a(f) : b(f));
      }
      case 'NamedExpr': {
        const x = this.expr(e.value);
        const store = this.storeName(e.target.id);
        return (f) => {
          const v = x(f);
          store(f, v);
          return v;
        };
      }
      case 'Starred':
        throw new CompileError("can't use starred expression here", e.span);
      case 'Await':
      case 'Yield':
      case 'YieldFrom':
        throw new CompileError(`'${e.type.toLowerCase()}' in a context that cannot suspend`, e.span);
    }
  }

  /** CPython's compile-time SyntaxWarning for `x is 1`, `"a" is not y` and the like. */
  private checkIsLiteral(e: ir.Compare): void {
    if (!this.user) return;
    const literalType = (x: ir.Expr): string | null => {
      if (x.type === 'Const') {
        if (x.kind === 'None' || x.kind === 'bool' || x.kind === 'Ellipsis') return null;
        return x.kind;
      }
      // Constant folding turns `-1` into an int literal.
      if (x.type === 'UnaryOp' && (x.op === '-' || x.op === '+') && x.operand.type === 'Const') return literalType(x.operand);
      if (x.type === 'Tuple' && x.elts.every((el) => literalType(el) !== null || el.type === 'Const')) return 'tuple';
      return null;
    };
    let left = e.left;
    e.ops.forEach((op, i) => {
      const right = e.comparators[i];
      if (op === 'is' || op === 'is not') {
        const t = literalType(left) ?? literalType(right);
        if (t !== null) {
          const hint = op === 'is' ? '==' : '!=';
          this.warnings.push({ line: e.span.line, text: `SyntaxWarning: "${op}" with '${t}' literal. Did you mean "${hint}"?` });
        }
      }
      left = right;
    });
  }

  /** Compile-time warnings (CPython prints them before the program runs). */
  warnings: { line: number; text: string }[] = [];

  private seqItems(elts: ir.Expr[]): (f: Frame) => PyValue[] {
    if (!elts.some((e) => e.type === 'Starred')) {
      const xs = elts.map((x) => this.expr(x));
      return (f) => {
        const out = new Array<PyValue>(xs.length);
        for (let i = 0; i < xs.length; i++) out[i] = xs[i](f);
        return out;
      };
    }
    const parts = elts.map((x) => (x.type === 'Starred' ? { star: true, x: this.expr(x.value) } : { star: false, x: this.expr(x) }));
    return (f) => {
      const out: PyValue[] = [];
      for (const p of parts) {
        if (p.star) out.push(...iterToArray(p.x(f)));
        else out.push(p.x(f));
      }
      return out;
    };
  }

  private fstring(parts: ir.FStringPart[]): X {
    const fns = parts.map((p): X => {
      if (typeof p === 'string') return () => p;
      const x = this.expr(p.expr);
      const spec = p.spec ? this.fstring(p.spec) : null;
      const conv = p.conversion ?? (p.debugText !== null && !p.spec ? 'r' : null);
      const prefix = p.debugText ?? '';
      return (f) => {
        let v = x(f);
        if (conv === 'r') v = repr(v);
        else if (conv === 's') v = str(v);
        else if (conv === 'a') v = asciiOf(repr(v));
        const sp = spec ? (spec(f) as string) : '';
        return prefix + (sp === '' && typeof v === 'string' ? v : pyFormat(v, sp));
      };
    });
    if (fns.length === 1) return fns[0];
    return (f) => {
      let s = '';
      for (const fn of fns) s += fn(f) as string;
      return s;
    };
  }

  private compileArgs(args: ir.Arg[]): (f: Frame) => [PyValue[], KwArgs] {
    const simple = args.every((a) => a.kind === 'pos');
    if (simple) {
      const xs = args.map((a) => this.expr(a.value));
      const n = xs.length;
      if (n === 0) return () => [[], null];
      if (n === 1) {
        const x0 = xs[0];
        return (f) => [[x0(f)], null];
      }
      return (f) => {
        const out = new Array<PyValue>(n);
        for (let i = 0; i < n; i++) out[i] = xs[i](f);
        return [out, null];
      };
    }
    const parts = args.map((a) => ({ kind: a.kind, name: a.kind === 'kw' ? a.name : '', x: this.expr(a.value) }));
    return (f) => buildArgs(parts, f, (p, fr) => p.x(fr));
  }

  private callExpr(e: ir.Call): X {
    // Zero-argument super() inside a method.
    if (e.func.type === 'Name' && e.func.id === 'super' && e.args.length === 0 && this.scope.kind === 'function') {
      const firstSlot = this.scope.slots.size > 0 ? 0 : -1;
      const isCell = firstSlot >= 0 && [...this.scope.cells].some((n) => this.scope.slots.get(n) === 0);
      const superName = this.loadName('super');
      return (f) => {
        const sup = superName(f);
        if (sup !== run.get(interpreter).builtins.get('super')) return call(sup, [], null);
        if (!f.ownerClass) throw pyError('RuntimeError', 'super(): __class__ cell not found');
        if (firstSlot < 0) throw pyError('RuntimeError', 'super(): no arguments');
        const self = isCell ? (f.locals[0] as PyCell).v : f.locals[0];
        return makeSuper(f.ownerClass, self as PyValue);
      };
    }
    const args = this.compileArgs(e.args);
    const line = e.span.line;
    if (e.func.type === 'Attribute') {
      const obj = this.expr(e.func.value);
      const name = e.func.attr;
      return (f) => {
        const o = obj(f);
        const [a, kw] = args(f);
        f.line = line;
        return callMethodByName(o, name, a, kw);
      };
    }
    const fn = this.expr(e.func);
    return (f) => {
      const callee = fn(f);
      const [a, kw] = args(f);
      f.line = line;
      return call(callee, a, kw);
    };
  }

  // ---------------------------------------------------------------- expressions (generator)

  gexpr(e: ir.Expr): GX {
    if (!suspends(e)) return this.gx(e);
    switch (e.type) {
      case 'Await': {
        const x = this.gx(e.value);
        const line = e.span.line;
        return function* (f) {
          const v = yield* x(f);
          f.line = line;
          return yield* awaitValue(f, v);
        };
      }
      case 'Yield': {
        const x = e.value ? this.gx(e.value) : null;
        const isAsyncGen = this.code.kind === 'asyncgen';
        const line = e.span.line;
        return function* (f) {
          const v = x ? yield* x(f) : null;
          f.line = line;
          return yield isAsyncGen ? new AgenYield(v) : v;
        };
      }
      case 'YieldFrom': {
        const x = this.gx(e.value);
        return function* (f) {
          const v = yield* x(f);
          if (v instanceof PyCoroutine) throw pyError('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
          if (v instanceof PyGenerator) {
            f.awaiting = v;
            try {
              return yield* driveCoroutine(v);
            } finally {
              f.awaiting = null;
            }
          }
          const inner = yieldFromTarget(v);
          if (inner) {
            f.awaiting = v as PyObject;
            try {
              return yield* inner;
            } finally {
              f.awaiting = null;
            }
          }
          const it = getIter(v);
          for (let item = it.next(); item !== undefined; item = it.next()) yield item;
          return null;
        };
      }
      case 'BinOp': {
        const l = this.gx(e.left);
        const r = this.gx(e.right);
        const op = e.op;
        return function* (f) {
          const a = yield* l(f);
          const b = yield* r(f);
          return binop(op, a, b);
        };
      }
      case 'UnaryOp': {
        const x = this.gx(e.operand);
        const op = e.op;
        return function* (f) {
          return unaryop(op, yield* x(f));
        };
      }
      case 'BoolOp': {
        const xs = e.values.map((v) => this.gx(v));
        const isAnd = e.op === 'and';
        return function* (f) {
          let v: PyValue = null;
          for (const x of xs) {
            v = yield* x(f);
            if (truthy(v) !== isAnd) return v;
          }
          return v;
        };
      }
      case 'Compare': {
        this.checkIsLiteral(e);
        const l = this.gx(e.left);
        const rs = e.comparators.map((c) => this.gx(c));
        const ops = e.ops;
        return function* (f) {
          let a = yield* l(f);
          let res: PyValue = true;
          for (let i = 0; i < ops.length; i++) {
            const b = yield* rs[i](f);
            res = compare(ops[i], a, b);
            if (!truthy(res)) return res;
            a = b;
          }
          return res;
        };
      }
      case 'Call': {
        const parts = e.args.map((a) => ({ kind: a.kind, name: a.kind === 'kw' ? a.name : '', x: this.gx(a.value) }));
        const line = e.span.line;
        if (e.func.type === 'Attribute') {
          const obj = this.gx(e.func.value);
          const name = e.func.attr;
          return function* (f) {
            const o = yield* obj(f);
            const [a, kw] = yield* gbuildArgs(parts, f);
            f.line = line;
            return callMethodByName(o, name, a, kw);
          };
        }
        const fn = this.gx(e.func);
        return function* (f) {
          const callee = yield* fn(f);
          const [a, kw] = yield* gbuildArgs(parts, f);
          f.line = line;
          return call(callee, a, kw);
        };
      }
      case 'Attribute': {
        const obj = this.gx(e.value);
        const name = e.attr;
        return function* (f) {
          return getattr(yield* obj(f), name);
        };
      }
      case 'Subscript': {
        const obj = this.gx(e.value);
        const idx = this.gx(e.index);
        return function* (f) {
          const o = yield* obj(f);
          return getitem(o, yield* idx(f));
        };
      }
      case 'List':
      case 'Tuple':
      case 'Set': {
        const parts = e.elts.map((x) => (x.type === 'Starred' ? { star: true, x: this.gx(x.value) } : { star: false, x: this.gx(x) }));
        const kind = e.type;
        return function* (f) {
          const out: PyValue[] = [];
          for (const p of parts) {
            const v = yield* p.x(f);
            if (p.star) out.push(...iterToArray(v));
            else out.push(v);
          }
          if (kind === 'List') return new PyList(out);
          if (kind === 'Tuple') return new PyTuple(out);
          const s = new PySet();
          for (const v of out) s.map.set(hashKey(v), v);
          return s;
        };
      }
      case 'Dict': {
        const ks = e.keys.map((k) => (k ? this.gx(k) : null));
        const vs = e.values.map((v) => this.gx(v));
        return function* (f) {
          const d = new PyDict();
          for (let i = 0; i < vs.length; i++) {
            const k = ks[i];
            if (k === null) mergeInto(d, yield* vs[i](f));
            else {
              const key = yield* k(f);
              setitem(d, key, yield* vs[i](f));
            }
          }
          return d;
        };
      }
      case 'IfExp': {
        const t = this.gx(e.test);
        const a = this.gx(e.body);
        const b = this.gx(e.orelse);
        return function* (f) {
          return truthy(yield* t(f)) ? yield* a(f) : yield* b(f);
        };
      }
      case 'NamedExpr': {
        const x = this.gx(e.value);
        const store = this.storeName(e.target.id);
        return function* (f) {
          const v = yield* x(f);
          store(f, v);
          return v;
        };
      }
      case 'FString': {
        const parts = e.parts.map((p) => {
          if (typeof p === 'string') return { lit: p, x: null, conv: null, spec: null, prefix: '' };
          if (p.spec && p.spec.some((q) => typeof q !== 'string' && suspends(q.expr)))
            throw new CompileError('await inside an f-string format spec', e.span);
          return {
            lit: '',
            x: this.gx(p.expr),
            conv: p.conversion ?? (p.debugText !== null && !p.spec ? 'r' : null),
            spec: p.spec ? this.fstring(p.spec) : null,
            prefix: p.debugText ?? '',
          };
        });
        return function* (f) {
          let s = '';
          for (const p of parts) {
            if (!p.x) {
              s += p.lit;
              continue;
            }
            let v = yield* p.x(f);
            if (p.conv === 'r') v = repr(v);
            else if (p.conv === 's') v = str(v);
            else if (p.conv === 'a') v = asciiOf(repr(v));
            s += p.prefix + pyFormat(v, p.spec ? (p.spec(f) as string) : '');
          }
          return s;
        };
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        // The first iterable is evaluated here (it may await); an async comprehension's own
        // function is a coroutine we then drive inline.
        const isAsync = e.type !== 'GeneratorExp' && (compHasAwait(e) || e.generators.some((g) => g.isAsync));
        const it = this.gx(e.generators[0].iter);
        const make = this.comprehension(e, true) as unknown as (f: Frame, source: PyValue) => PyValue;
        return function* (f) {
          const r = make(f, yield* it(f));
          return isAsync ? yield* awaitValue(f, r) : r;
        };
      }
      case 'Starred':
        throw new CompileError("can't use starred expression here", e.span);
      default:
        throw new CompileError(`await inside ${e.type}`, e.span);
    }
  }

  // ---------------------------------------------------------------- functions

  private compileParams(p: ir.Params, sc: Scope): { info: ParamInfo; defaults: X[]; kwdefaults: [string, X][] } {
    const names = [...p.posonly, ...p.args, ...p.kwonly].map((a) => a.name);
    const info: ParamInfo = {
      names,
      posonly: p.posonly.length,
      positional: p.posonly.length + p.args.length,
      kwonly: p.kwonly.length,
      varargSlot: p.vararg ? sc.slots.get(p.vararg.name)! : -1,
      kwargSlot: p.kwarg ? sc.slots.get(p.kwarg.name)! : -1,
    };
    // Slots: posonly+args first (analysis assigned them in order), then vararg, kwonly, kwarg.
    // ParamInfo's name indices must match slots, so we require kwonly to follow positional slots.
    const positional = [...p.posonly, ...p.args];
    const defaults = positional.filter((a) => a.default).map((a) => this.expr(a.default!));
    const kwdefaults = p.kwonly.filter((a) => a.default).map((a): [string, X] => [a.name, this.expr(a.default!)]);
    return { info, defaults, kwdefaults };
  }

  private functionBody(node: ir.FunctionDef | ir.Lambda, name: string, kind: Code['kind'], firstLine: number) {
    const sc = this.scopes.get(node)!;
    const saved = { scope: this.scope, code: this.code, prefix: this.qualPrefix };
    const qualname = this.qualPrefix + name;
    const code: Code = {
      name,
      qualname,
      user: this.user,
      firstLine,
      scope: sc,
      kind,
      nlocals: sc.slots.size,
      cellSlots: [...sc.cells].map((n) => sc.slots.get(n)!),
      doc: node.type === 'FunctionDef' ? node.docstring : null,
    };
    this.scope = sc;
    this.code = code;
    this.qualPrefix = qualname + '.<locals>.';
    let body: SyncBody | null = null;
    let genBody: GenBody | null = null;
    try {
      if (node.type === 'Lambda') {
        const x = this.expr(node.body);
        body = (f) => {
          f.retval = x(f);
          return RETURN;
        };
      } else if (kind === 'function') body = this.block(node.body);
      else genBody = this.gblock(node.body);
    } finally {
      this.scope = saved.scope;
      this.code = saved.code;
      this.qualPrefix = saved.prefix;
    }
    return { code, body, genBody, sc };
  }

  /** Returns a closure that creates the function object (evaluating defaults and decorators). */
  private functionDef(s: ir.FunctionDef): X {
    const kind: Code['kind'] = s.isAsync ? (s.isGenerator ? 'asyncgen' : 'coroutine') : s.isGenerator ? 'generator' : 'function';
    const { code, body, genBody, sc } = this.functionBody(s, s.name, kind, s.span.line);
    const { info, defaults, kwdefaults } = this.compileParams(s.params, sc);
    fixParamSlots(info, s.params, sc);
    const closure = this.closureLoader(sc);
    const decos = s.decorators.map((d) => this.expr(d));
    // Annotations are evaluated when the def runs, after the defaults (CPython 3.13).
    const p = s.params;
    const annotated = [...p.posonly, ...p.args, ...(p.vararg ? [p.vararg] : []), ...p.kwonly, ...(p.kwarg ? [p.kwarg] : [])]
      .filter((a) => a.annotation)
      .map((a) => ({ name: a.name, x: this.annotation(a.annotation!) }));
    if (s.returns) annotated.push({ name: 'return', x: this.annotation(s.returns) });
    return (f) => {
      const decoVals = decos.map((d) => d(f));
      const fn0 = new PyFunction(
        code,
        info,
        defaults.map((d) => d(f)),
        new Map(kwdefaults.map(([n, d]) => [n, d(f)])),
        closure(f),
        f.globals,
        body,
        genBody
      );
      if (annotated.length) {
        const d = new PyDict();
        for (const a of annotated) setitem(d, a.name, a.x(f));
        fn0.annotations = d;
      }
      let fn: PyValue = fn0;
      for (let i = decoVals.length - 1; i >= 0; i--) fn = call(decoVals[i], [fn], null);
      return fn;
    };
  }

  private lambda(e: ir.Lambda): X {
    const { code, body, sc } = this.functionBody(e, '<lambda>', 'function', e.span.line);
    const { info, defaults, kwdefaults } = this.compileParams(e.params, sc);
    fixParamSlots(info, e.params, sc);
    const closure = this.closureLoader(sc);
    return (f) =>
      new PyFunction(code, info, defaults.map((d) => d(f)), new Map(kwdefaults.map(([n, d]) => [n, d(f)])), closure(f), f.globals, body, null);
  }

  /** How a nested scope's free variables are fetched from the defining frame. */
  private closureLoader(inner: Scope): (f: Frame) => PyCell[] {
    const sc = this.scope;
    const getters = [...inner.free].map((name) => {
      if ((sc.kind === 'function' || sc.kind === 'comprehension') && sc.cells.has(name)) {
        const i = sc.slots.get(name)!;
        return (f: Frame) => f.locals[i] as PyCell;
      }
      if (sc.freeSlots.has(name)) {
        const j = sc.freeSlots.get(name)!;
        return (f: Frame) => f.free[j];
      }
      return () => new PyCell(undefined);
    });
    if (getters.length === 0) return () => [];
    return (f) => getters.map((g) => g(f));
  }

  private comprehension(e: ir.Comprehension | ir.DictComp, genexpFromIter = false): X {
    const sc = this.scopes.get(e)!;
    const isGenExp = e.type === 'GeneratorExp';
    const isAsync = !isGenExp && (e.generators.some((g) => g.isAsync) || compHasAwait(e));
    const asyncGenExp = isGenExp && (e.generators.some((g) => g.isAsync) || compHasAwait(e));
    // PEP 709 (3.12+): list/set/dict comprehensions run inline in the enclosing frame, so they
    // report its name (in await chains and tracebacks); generator expressions keep their own.
    const inlined = e.type !== 'GeneratorExp';
    const name = inlined ? this.code.name : '<genexpr>';
    const saved = { scope: this.scope, code: this.code };
    const code: Code = {
      name,
      qualname: inlined ? this.code.qualname : this.qualPrefix + name,
      user: this.user,
      firstLine: e.span.line,
      scope: sc,
      kind: isGenExp ? (asyncGenExp ? 'asyncgen' : 'generator') : isAsync ? 'coroutine' : 'function',
      nlocals: sc.slots.size,
      cellSlots: [...sc.cells].map((n) => sc.slots.get(n)!),
    };
    const firstIter = genexpFromIter ? null : this.expr(e.generators[0].iter);
    this.scope = sc;
    this.code = code;
    let run: ((f: Frame) => PyValue) | null = null;
    let grun: ((f: Frame) => Body) | null = null;
    try {
      const gens = e.generators.map((g, i) => ({
        iter: i === 0 ? null : this.gx(g.iter),
        target: this.assignTarget(g.target),
        ifs: g.ifs.map((c) => this.gx(c)),
        isAsync: g.isAsync,
      }));
      const kind = e.type;
      const elt = e.type === 'DictComp' ? null : this.gx(e.elt);
      const key = e.type === 'DictComp' ? this.gx(e.key) : null;
      const val = e.type === 'DictComp' ? this.gx(e.value) : null;
      const line = e.span.line;
      // One generator implementation serves all comprehensions; plain ones are driven synchronously.
      const loop = function* (f: Frame, depth: number, emit: (v: PyValue, v2?: PyValue) => void): Generator<PyValue, void, PyValue> {
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
        for (let v = it.next(); v !== undefined; v = it.next()) {
          tick(line);
          yield* body(f, depth, v, emit);
        }
      };
      const body = function* (f: Frame, depth: number, v: PyValue, emit: (v: PyValue, v2?: PyValue) => void): Generator<PyValue, void, PyValue> {
        const g = gens[depth];
        g.target(f, v);
        for (const c of g.ifs) if (!truthy(yield* c(f))) return;
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
          yield* loop(f, 0, (v) => s.map.set(hashKey(v), v));
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
      if (isGenExp || isAsync) grun = collect;
      else
        run = (f) => {
          const g = collect(f);
          const r = g.next();
          if (!r.done) throw new Error('a synchronous comprehension suspended');
          return r.value;
        };
    } finally {
      this.scope = saved.scope;
      this.code = saved.code;
    }
    const closure = this.closureLoader(sc);
    const firstAsync = e.generators[0].isAsync;
    const makeFrame = (f: Frame, source: PyValue) => {
      const locals: (PyValue | PyCell | undefined)[] = new Array(code.nlocals);
      locals[0] = firstAsync ? aiterOf(source) : isGenExp ? (getIterObject(source) as PyValue) : source;
      for (const s of code.cellSlots) locals[s] = new PyCell(locals[s] as PyValue | undefined);
      return new Frame(code, locals, closure(f), f.globals);
    };
    const finish = (fr: Frame): PyValue => {
      if (run) {
        try {
          return run(fr);
        } catch (err) {
          // Inlined: the enclosing frame's own traceback entry stands for it.
          if (err instanceof PyExc && !inlined) err.exc.traceback.push({ name, line: fr.line, user: code.user });
          throw err;
        }
      }
      if (code.kind === 'coroutine') return new PyCoroutine(fr, grun!(fr), name, code.qualname);
      if (code.kind === 'asyncgen') return new PyAsyncGenerator(fr, grun!(fr), name, code.qualname);
      return new PyGenerator(fr, grun!(fr), name, code.qualname);
    };
    if (genexpFromIter) return ((f: Frame, source: PyValue) => finish(makeFrame(f, source))) as unknown as X;
    return (f) => finish(makeFrame(f, firstIter!(f)));
  }

  // ---------------------------------------------------------------- classes

  private classDef(s: ir.ClassDef): S {
    const sc = this.scopes.get(s)!;
    const bases = s.bases.map((b) => this.expr(b));
    const kws = s.keywords.map((k) => ({ name: k.name, x: this.expr(k.value) }));
    const decos = s.decorators.map((d) => this.expr(d));
    const saved = { scope: this.scope, code: this.code, prefix: this.qualPrefix };
    const qualname = this.qualPrefix + s.name;
    this.scope = sc;
    this.qualPrefix = qualname + '.';
    let body: S;
    try {
      body = this.block(s.body);
    } finally {
      this.scope = saved.scope;
      this.code = saved.code;
      this.qualPrefix = saved.prefix;
    }
    const store = this.storeName(s.name);
    const closure = this.closureLoader(sc);
    const name = s.name;
    const code: Code = { name, qualname, user: this.user, firstLine: s.span.line, scope: sc, kind: 'function', nlocals: 0, cellSlots: [] };
    const doc = s.docstring;
    const moduleName = this.moduleName;
    return (f) => {
      const decoVals = decos.map((d) => d(f));
      const baseVals = bases.map((b) => b(f));
      const kw = new Map(kws.map((k) => [k.name, k.x(f)]));
      const ns = new Map<string, PyValue>();
      ns.set('__module__', moduleName);
      ns.set('__qualname__', qualname);
      if (doc !== null) ns.set('__doc__', doc);
      const cf = new Frame(code, [], closure(f), f.globals, ns);
      try {
        body(cf);
      } catch (e) {
        if (e instanceof PyExc) e.exc.traceback.push({ name, line: cf.line, user: code.user });
        throw e;
      }
      let cls: PyValue = buildClass(name, qualname, baseVals, ns, kw);
      for (let i = decoVals.length - 1; i >= 0; i--) cls = call(decoVals[i], [cls], null);
      store(f, cls);
      return NORMAL;
    };
  }

  // ---------------------------------------------------------------- try / with

  private handlers(s: ir.Try) {
    return s.handlers.map((h) => ({
      type: h.type ? this.expr(h.type) : null,
      store: h.name ? this.storeName(h.name) : null,
      del: h.name ? this.delTarget({ type: 'Name', id: h.name, span: h.span }) : null,
      line: h.span.line,
    }));
  }

  private tryStmt(s: ir.Try): S {
    const body = this.block(s.body);
    const hs = this.handlers(s).map((h, i) => ({ ...h, body: this.block(s.handlers[i].body) }));
    const orelse = s.orelse.length ? this.block(s.orelse) : null;
    const finalbody = s.finalbody.length ? this.block(s.finalbody) : null;
    const tryBody = (f: Frame): number => {
      let c: number;
      try {
        c = body(f);
      } catch (e) {
        if (!(e instanceof PyExc) || hs.length === 0) throw e;
        const exc = e.exc;
        for (const h of hs) {
          f.line = h.line;
          if (h.type && !excMatches(exc, h.type(f))) continue;
          if (h.store) h.store(f, exc);
          const prev = f.handled;
          f.handled = exc;
          try {
            return h.body(f);
          } catch (e2) {
            if (e2 instanceof PyExc) chainContext(e2.exc, exc);
            throw e2;
          } finally {
            f.handled = prev;
            if (h.del) {
              try {
                h.del(f);
              } catch {
                /* already deleted by the handler */
              }
            }
          }
        }
        throw e;
      }
      return c === NORMAL && orelse ? orelse(f) : c;
    };
    if (!finalbody) return tryBody;
    return (f) => {
      let c = NORMAL;
      let pending: unknown = null;
      let threw = false;
      try {
        c = tryBody(f);
      } catch (e) {
        // Loopline's own stops (limits, internal errors) unwind without running Python code.
        if (!(e instanceof PyExc)) throw e;
        pending = e;
        threw = true;
      }
      const savedRet = f.retval;
      let fc: number;
      try {
        fc = finalbody(f);
      } catch (e2) {
        if (threw && e2 instanceof PyExc && pending instanceof PyExc) chainContext(e2.exc, pending.exc);
        throw e2;
      }
      if (fc !== NORMAL) return fc; // return/break/continue in finally wins
      f.retval = savedRet;
      if (threw) throw pending;
      return c;
    };
  }

  private gtry(s: ir.Try): GS {
    const body = this.gblock(s.body);
    const hs = this.handlers(s).map((h, i) => ({ ...h, body: this.gblock(s.handlers[i].body) }));
    const orelse = this.gblock(s.orelse);
    const finalbody = s.finalbody.length ? this.gblock(s.finalbody) : null;
    const tryBody = function* (f: Frame): Generator<PyValue, number, PyValue> {
      let c: number;
      try {
        c = yield* body(f);
      } catch (e) {
        if (!(e instanceof PyExc) || hs.length === 0) throw e;
        const exc = e.exc;
        for (const h of hs) {
          f.line = h.line;
          if (h.type && !excMatches(exc, h.type(f))) continue;
          if (h.store) h.store(f, exc);
          const prev = f.handled;
          f.handled = exc;
          try {
            return yield* h.body(f);
          } catch (e2) {
            if (e2 instanceof PyExc) chainContext(e2.exc, exc);
            throw e2;
          } finally {
            f.handled = prev;
            if (h.del) {
              try {
                h.del(f);
              } catch {
                /* already deleted */
              }
            }
          }
        }
        throw e;
      }
      return c === NORMAL ? yield* orelse(f) : c;
    };
    return finalbody ? withFinally(tryBody, finalbody) : tryBody;
  }

  /** `try ... except* T` (PEP 654) in synchronous code: the generator form, driven at once. */
  private tryStar(s: ir.Try): S {
    const g = this.gtryStar(s);
    return (f) => {
      const it = g(f);
      const r = it.next();
      if (!r.done) throw new Error('synchronous except* suspended');
      return r.value;
    };
  }

  /** `try ... except* T`: each handler takes the matching part of the exception group. */
  private gtryStar(s: ir.Try): GS {
    const body = this.gblock(s.body);
    const hs = this.handlers(s).map((h, i) => ({ ...h, body: this.gblock(s.handlers[i].body) }));
    const orelse = this.gblock(s.orelse);
    const finalbody = s.finalbody.length ? this.gblock(s.finalbody) : null;
    const tryBody = function* (f: Frame): Generator<PyValue, number, PyValue> {
      let c: number;
      try {
        c = yield* body(f);
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        const original = e.exc;
        let rest: PyExceptionObject | null = original.exceptions ? original : wrapInGroup(original);
        const raised: PyExceptionObject[] = [];
        for (const h of hs) {
          if (!rest) break;
          f.line = h.line;
          const t = h.type!(f);
          const [match, remain] = splitGroup(rest, (x) => excMatches(x, t));
          rest = remain;
          if (!match) continue;
          if (h.store) h.store(f, match);
          const prev = f.handled;
          f.handled = match;
          try {
            const hc = yield* h.body(f);
            if (hc !== NORMAL) return hc;
          } catch (e2) {
            if (!(e2 instanceof PyExc)) throw e2;
            if (e2.exc !== match) chainContext(e2.exc, match);
            raised.push(e2.exc === match ? match : e2.exc);
          } finally {
            f.handled = prev;
          }
        }
        if (raised.length === 0) {
          if (rest === null) return NORMAL;
          // Only the unhandled part escapes; a naked exception stays naked.
          if (!original.exceptions && rest.exceptions?.length === 1) throw new PyExc(rest.exceptions[0]);
          throw new PyExc(rest);
        }
        const leftovers = [...(rest ? [rest] : []), ...raised];
        if (leftovers.length === 1 && !rest) throw new PyExc(leftovers[0]);
        throw new PyExc(makeGroup('', leftovers));
      }
      return c === NORMAL ? yield* orelse(f) : c;
    };
    return finalbody ? withFinally(tryBody, finalbody) : tryBody;
  }

  private withStmt(s: ir.With): S {
    const items = s.items.map((it) => ({ cm: this.expr(it.context), target: it.target ? this.assignTarget(it.target) : null }));
    const body = this.block(s.body);
    const run = (f: Frame, i: number): number => {
      if (i === items.length) return body(f);
      const item = items[i];
      const cm = item.cm(f);
      const { enter, exit } = withMethods(cm, false);
      const v = callMethod(enter, cm, []);
      if (item.target) item.target(f, v);
      let c: number;
      try {
        c = run(f, i + 1);
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        const suppress = callMethod(exit, cm, [e.exc.cls, e.exc, null]);
        if (truthy(suppress)) return NORMAL;
        throw e;
      }
      callMethod(exit, cm, [null, null, null]);
      return c;
    };
    return (f) => run(f, 0);
  }

  private gwith(s: ir.With): GS {
    const items = s.items.map((it) => ({ cm: this.gx(it.context), target: it.target ? this.assignTarget(it.target) : null }));
    const body = this.gblock(s.body);
    const run = function* (f: Frame, i: number): Generator<PyValue, number, PyValue> {
      if (i === items.length) return yield* body(f);
      const item = items[i];
      const cm = yield* item.cm(f);
      const { enter, exit } = withMethods(cm, false);
      const v = callMethod(enter, cm, []);
      if (item.target) item.target(f, v);
      let c: number;
      try {
        c = yield* run(f, i + 1);
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        if (truthy(callMethod(exit, cm, [e.exc.cls, e.exc, null]))) return NORMAL;
        throw e;
      }
      callMethod(exit, cm, [null, null, null]);
      return c;
    };
    return (f) => run(f, 0);
  }

  private asyncWith(s: ir.With): GS {
    const items = s.items.map((it) => ({ cm: this.gx(it.context), target: it.target ? this.assignTarget(it.target) : null }));
    const body = this.gblock(s.body);
    const line = s.span.line;
    const run = function* (f: Frame, i: number): Generator<PyValue, number, PyValue> {
      if (i === items.length) return yield* body(f);
      const item = items[i];
      const cm = yield* item.cm(f);
      const { enter, exit } = withMethods(cm, true);
      f.line = line;
      const v = yield* awaitValue(f, callMethod(enter, cm, []));
      if (item.target) item.target(f, v);
      let c: number;
      try {
        c = yield* run(f, i + 1);
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        f.line = line;
        const suppress = yield* awaitValue(f, callMethod(exit, cm, [e.exc.cls, e.exc, null]));
        if (truthy(suppress)) return NORMAL;
        throw e;
      }
      f.line = line;
      yield* awaitValue(f, callMethod(exit, cm, [null, null, null]));
      return c;
    };
    return (f) => run(f, 0);
  }

  // ---------------------------------------------------------------- match

  private matchStmt(s: ir.Match): S {
    const subj = this.expr(s.subject);
    const pick = this.matchCases(s);
    const bodies = s.cases.map((c) => this.block(c.body));
    return (f) => {
      const i = pick(f, subj(f));
      return i < 0 ? NORMAL : bodies[i](f);
    };
  }

  /** Returns the index of the first matching case (binding its captures), or -1. */
  private matchCases(s: ir.Match): (f: Frame, v: PyValue) => number {
    const cases = s.cases.map((c) => ({ pat: this.pattern(c.pattern), guard: c.guard ? this.expr(c.guard) : null, line: c.span.line }));
    return (f, v) => {
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i];
        f.line = c.line;
        if (c.pat(f, v) && (!c.guard || truthy(c.guard(f)))) return i;
      }
      return -1;
    };
  }

  private pattern(p: ir.Pattern): (f: Frame, v: PyValue) => boolean {
    switch (p.type) {
      case 'MatchValue': {
        const x = this.expr(p.value);
        return (f, v) => eq(v, x(f));
      }
      case 'MatchSingleton': {
        const want = p.value;
        return (_f, v) => v === want;
      }
      case 'MatchAs': {
        const sub = p.pattern ? this.pattern(p.pattern) : null;
        const store = p.name ? this.storeName(p.name) : null;
        return (f, v) => {
          if (sub && !sub(f, v)) return false;
          if (store) store(f, v);
          return true;
        };
      }
      case 'MatchOr': {
        const subs = p.patterns.map((q) => this.pattern(q));
        return (f, v) => subs.some((q) => q(f, v));
      }
      case 'MatchStar':
        throw new CompileError('star pattern outside a sequence pattern', p.span);
      case 'MatchSequence': {
        const starAt = p.patterns.findIndex((q) => q.type === 'MatchStar');
        const subs = p.patterns.map((q) =>
          q.type === 'MatchStar' ? (q.name ? this.storeName(q.name) : null) : this.pattern(q)
        );
        const n = p.patterns.length;
        return (f, v) => {
          if (!(v instanceof PyList || v instanceof PyTuple) && !(v instanceof PyObject && isSequenceLike(v))) return false;
          const items = v instanceof PyList || v instanceof PyTuple ? v.items : iterToArray(v);
          if (starAt < 0) {
            if (items.length !== n) return false;
            for (let i = 0; i < n; i++) if (!(subs[i] as (f: Frame, v: PyValue) => boolean)(f, items[i])) return false;
            return true;
          }
          if (items.length < n - 1) return false;
          const after = n - starAt - 1;
          for (let i = 0; i < starAt; i++) if (!(subs[i] as (f: Frame, v: PyValue) => boolean)(f, items[i])) return false;
          for (let i = 0; i < after; i++)
            if (!(subs[starAt + 1 + i] as (f: Frame, v: PyValue) => boolean)(f, items[items.length - after + i])) return false;
          const st = subs[starAt] as Assign | null;
          if (st) st(f, new PyList(items.slice(starAt, items.length - after)));
          return true;
        };
      }
      case 'MatchMapping': {
        const keys = p.keys.map((k) => this.expr(k));
        const subs = p.patterns.map((q) => this.pattern(q));
        const rest = p.rest ? this.storeName(p.rest) : null;
        return (f, v) => {
          if (!(v instanceof PyDict)) return false;
          const used = new Set<unknown>();
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i](f);
            const hk = hashKey(k);
            const e = v.map.get(hk);
            if (!e || !subs[i](f, e.value)) return false;
            used.add(hk);
          }
          if (rest) {
            const d = new PyDict();
            for (const [hk, e] of v.map) if (!used.has(hk)) d.map.set(hk, { key: e.key, value: e.value });
            rest(f, d);
          }
          return true;
        };
      }
      case 'MatchClass': {
        const cls = this.expr(p.cls);
        const pos = p.patterns.map((q) => this.pattern(q));
        const kws = p.kwdAttrs.map((a, i) => ({ a, pat: this.pattern(p.kwdPatterns[i]) }));
        return (f, v) => {
          const c = cls(f);
          if (!(c instanceof PyClass)) throw pyError('TypeError', 'called match pattern must be a class');
          if (!isInstance(v, c)) return false;
          if (pos.length) {
            const selfMatch = c.isBuiltin && ['int', 'str', 'float', 'bool', 'list', 'tuple', 'dict', 'set'].includes(c.name);
            if (selfMatch) {
              if (pos.length > 1) throw pyError('TypeError', `${c.name}() accepts 1 positional sub-pattern (${pos.length} given)`);
              if (!pos[0](f, v)) return false;
            } else {
              const ma = c.lookup('__match_args__');
              const names = ma instanceof PyTuple ? ma.items : [];
              if (pos.length > names.length)
                throw pyError('TypeError', `${c.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${pos.length} given)`);
              for (let i = 0; i < pos.length; i++) {
                const attr = getattrOrUndefined(v, names[i] as string);
                if (attr === undefined || !pos[i](f, attr)) return false;
              }
            }
          }
          for (const k of kws) {
            const attr = getattrOrUndefined(v, k.a);
            if (attr === undefined || !k.pat(f, attr)) return false;
          }
          return true;
        };
      }
    }
  }
}

/**
 * `finally` around a generator try body: it runs whichever way the body left; a return, break
 * or continue in it wins, an exception raised in it gets the pending one as `__context__`.
 * Loopline's own stops (limits, internal errors) unwind without running Python code.
 */
function withFinally(tryBody: GS, finalbody: GS): GS {
  return function* (f) {
    let c = NORMAL;
    let pending: unknown = null;
    let threw = false;
    try {
      c = yield* tryBody(f);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      pending = e;
      threw = true;
    }
    const savedRet = f.retval;
    let fc: number;
    try {
      fc = yield* finalbody(f);
    } catch (e2) {
      if (threw && e2 instanceof PyExc && pending instanceof PyExc) chainContext(e2.exc, pending.exc);
      throw e2;
    }
    if (fc !== NORMAL) return fc;
    f.retval = savedRet;
    if (threw) throw pending;
    return c;
  };
}

function getattrOrUndefined(v: PyValue, name: string): PyValue | undefined {
  try {
    return getattr(v, name);
  } catch (e) {
    if (e instanceof PyExc && e.exc.cls.name === 'AttributeError') return undefined;
    throw e;
  }
}

function isSequenceLike(v: PyObject): boolean {
  return !(v instanceof PyDict) && typeof v !== 'string' && v.cls.lookup('__getitem__') !== undefined && v.cls.lookup('__len__') !== undefined;
}

/** Where *args and **kwargs live (scope analysis numbers the named parameters first). */
function fixParamSlots(info: ParamInfo, p: ir.Params, sc: Scope): void {
  info.varargSlot = p.vararg ? sc.slots.get(p.vararg.name)! : -1;
  info.kwargSlot = p.kwarg ? sc.slots.get(p.kwarg.name)! : -1;
}

// ------------------------------------------------------------------ runtime helpers used by compiled code

function constValue(e: ir.Const): PyValue {
  switch (e.kind) {
    case 'None':
      return null;
    case 'Ellipsis':
      return Ellipsis;
    case 'complex':
      return new PyComplex(0, e.value as number);
    case 'bytes':
      return new PyBytes(Uint8Array.from(e.value as string, (c) => c.charCodeAt(0)));
    default:
      return e.value as PyValue;
  }
}

function asciiOf(s: string): string {
  return s.replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

function mergeInto(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    for (const [k, e] of src.map) d.map.set(k, { key: e.key, value: e.value });
    return;
  }
  const keys = callMethodByName(src, 'keys', []);
  for (const k of iterToArray(keys)) setitem(d, k, getitem(src, k));
}

type ArgPart<T> = { kind: ir.Arg['kind']; name: string; x: T };

function addArg(a: PyValue[], kwRef: { kw: Map<string, PyValue> | null }, kind: ir.Arg['kind'], name: string, v: PyValue): void {
  switch (kind) {
    case 'pos':
      a.push(v);
      return;
    case 'star':
      a.push(...iterToArray(v));
      return;
    case 'kw':
      if (!kwRef.kw) kwRef.kw = new Map();
      if (kwRef.kw.has(name)) throw pyError('TypeError', `keyword argument repeated: ${name}`);
      kwRef.kw.set(name, v);
      return;
    case 'dstar': {
      if (!kwRef.kw) kwRef.kw = new Map();
      if (!(v instanceof PyDict)) {
        const keys = iterToArray(callMethodByName(v, 'keys', []));
        for (const k of keys) {
          if (typeof k !== 'string') throw pyError('TypeError', 'keywords must be strings');
          kwRef.kw.set(k, getitem(v, k));
        }
        return;
      }
      for (const e of v.map.values()) {
        if (typeof e.key !== 'string') throw pyError('TypeError', 'keywords must be strings');
        if (kwRef.kw.has(e.key)) throw pyError('TypeError', `got multiple values for keyword argument '${e.key}'`);
        kwRef.kw.set(e.key, e.value);
      }
    }
  }
}

function buildArgs(parts: ArgPart<X>[], f: Frame, ev: (p: ArgPart<X>, f: Frame) => PyValue): [PyValue[], KwArgs] {
  const a: PyValue[] = [];
  const kwRef = { kw: null as Map<string, PyValue> | null };
  for (const p of parts) addArg(a, kwRef, p.kind, p.name, ev(p, f));
  return [a, kwRef.kw];
}

function* gbuildArgs(parts: ArgPart<GX>[], f: Frame): Generator<PyValue, [PyValue[], KwArgs], PyValue> {
  const a: PyValue[] = [];
  const kwRef = { kw: null as Map<string, PyValue> | null };
  for (const p of parts) addArg(a, kwRef, p.kind, p.name, yield* p.x(f));
  return [a, kwRef.kw];
}

/** `await v` from frame f: delegate, recording what the frame waits on for the trace. */
export function* awaitValue(f: Frame, v: PyValue): Body {
  if (v instanceof PyCoroutine) {
    // The hot path: driveCoroutine's loop, inlined (one generator object fewer per await).
    v.checkAwaitable();
    f.awaiting = v;
    try {
      let r = v.resume(null);
      while (!r.done) {
        let sent: PyValue;
        try {
          sent = yield r.value;
        } catch (e) {
          if (e instanceof PyExc) {
            r = v.resumeThrow(e);
            continue;
          }
          throw e;
        }
        r = v.resume(sent);
      }
      return r.value;
    } finally {
      f.awaiting = null;
    }
  }
  const [it, chain] = awaitTarget(v);
  f.awaiting = chain as PyObject;
  try {
    return yield* it;
  } finally {
    f.awaiting = null;
  }
}


function aiterOf(v: PyValue): PyValue {
  const m = typeOf(v).lookup('__aiter__');
  if (m === undefined) throw pyError('TypeError', `'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  return callMethod(m, v, []);
}

function anextOf(it: PyValue): PyValue {
  const m = typeOf(it).lookup('__anext__');
  if (m === undefined) throw pyError('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  return callMethod(m, it, []);
}

/** A generator expression's first iterable is turned into an iterator eagerly (like CPython). */
class EagerIterator extends PyObject {
  constructor(private it: PyIterator) {
    super(iteratorClass);
  }
  pyIter(): PyIterator {
    return this.it;
  }
}
function getIterObject(v: PyValue): PyValue {
  return new EagerIterator(getIter(v));
}

function withMethods(cm: PyValue, isAsync: boolean): { enter: PyValue; exit: PyValue } {
  const t = typeOf(cm);
  const enter = t.lookup(isAsync ? '__aenter__' : '__enter__');
  const exit = t.lookup(isAsync ? '__aexit__' : '__exit__');
  if (enter === undefined || exit === undefined) {
    const proto = isAsync ? 'asynchronous context manager protocol' : 'context manager protocol';
    const missing = enter === undefined ? (isAsync ? '__aenter__' : '__enter__') : isAsync ? '__aexit__' : '__exit__';
    const extra =
      !isAsync && t.lookup('__aenter__') !== undefined
        ? " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
        : isAsync && t.lookup('__enter__') !== undefined
          ? " but it supports the context manager protocol. Did you mean to use 'with'?"
          : '';
    throw pyError('TypeError', `'${t.name}' object does not support the ${proto} (missed ${missing} method)${extra}`);
  }
  return { enter, exit };
}

/** Does exception `exc` match an `except` clause's type (a class or tuple of classes)? */
export function excMatches(exc: PyExceptionObject, t: PyValue): boolean {
  if (t instanceof PyClass) {
    if (!t.isSubclassOf(baseExceptionClass)) throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    return exc.cls.isSubclassOf(t);
  }
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(exc, x));
  throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}

function chainContext(e: PyExceptionObject, ctxExc: PyExceptionObject): void {
  if (e === ctxExc) return;
  // Avoid cycles: walk e's context chain.
  for (let c: PyExceptionObject | null = ctxExc; c; c = c.context) if (c === e) return;
  if (e.context === null) e.context = ctxExc;
}

/** `raise`, `raise X`, `raise X from Y`. */
function doRaise(f: Frame, exc: PyValue | undefined, cause: PyValue | undefined): PyExc {
  if (exc === undefined) {
    if (!f.handled) return pyError('RuntimeError', 'No active exception to reraise');
    return new PyExc(f.handled);
  }
  const e = toException(exc);
  if (cause !== undefined) {
    if (cause === null) e.cause = null;
    else e.cause = toException(cause);
    e.suppressContext = true;
  }
  if (f.handled) chainContext(e, f.handled);
  return new PyExc(e);
}

export function toException(v: PyValue): PyExceptionObject {
  if (v instanceof PyClass) {
    if (!v.isSubclassOf(baseExceptionClass)) throw pyError('TypeError', 'exceptions must derive from BaseException');
    const inst = instantiateException(v);
    return inst;
  }
  if (v instanceof PyExceptionObject) return v;
  throw pyError('TypeError', 'exceptions must derive from BaseException');
}

export function makeGroup(message: string, excs: PyExceptionObject[]): PyExceptionObject {
  const allExc = excs.every((e) => e.cls.isSubclassOf(getExcClass('Exception')));
  const g = new PyExceptionObject(getExcClass(allExc ? 'ExceptionGroup' : 'BaseExceptionGroup'));
  g.groupMessage = message;
  g.exceptions = excs;
  g.args = [message, new PyList(excs)];
  return g;
}

function wrapInGroup(e: PyExceptionObject): PyExceptionObject {
  return makeGroup('', [e]);
}

/** Split a group into (matching, rest), recursively, preserving structure. */
export function splitGroup(
  g: PyExceptionObject,
  pred: (e: PyExceptionObject) => boolean
): [PyExceptionObject | null, PyExceptionObject | null] {
  if (pred(g)) return [g, null];
  if (!g.exceptions) return [null, g];
  const yes: PyExceptionObject[] = [];
  const no: PyExceptionObject[] = [];
  for (const e of g.exceptions) {
    const [m, r] = splitGroup(e, pred);
    if (m) yes.push(m);
    if (r) no.push(r);
  }
  const mk = (xs: PyExceptionObject[]) => {
    if (xs.length === 0) return null;
    const n = makeGroup(g.groupMessage ?? '', xs);
    n.cls = g.cls;
    n.traceback = g.traceback;
    n.cause = g.cause;
    n.context = g.context;
    return n;
  };
  return [mk(yes), mk(no)];
}


export class CompileError {
  constructor(public message: string, public span: ir.Span) {}
}

