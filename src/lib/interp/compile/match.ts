/** `match` (PEP 634): the statement, plain and suspending, and each kind of pattern. */
import type * as ir from '../../ir/types';
import {
  PyObject,
  PyClass,
  PyList,
  PyTuple,
  PyDict,
  PyExc,
  pyError,
  isInstance,
  typeOf,
  typeName,
  tupleClass,
  type PyValue,
} from '../../runtime/core';
import { run } from '../../runtime/run';
import { bytearrayClass } from '../../runtime/types/bytearray';
import { interpreter } from '../state';
import { truthy, getattr, iterToArray, hashKey, findKey, eq, callMethod, repr } from '../../runtime/ops';
import { type Frame, NORMAL } from '../frame';
import type { S, GS, Assign, CompileContext } from './context';
import { CompileError } from './errors';
import { storeName } from './names';
import { suspends } from './suspends';

export function compileMatch(cx: CompileContext, s: ir.Match): S {
  const subj = cx.expr(s.subject);
  const pick = matchCases(cx, s);
  const bodies = s.cases.map((c) => cx.block(c.body));
  return (f) => {
    const i = pick(f, subj(f));
    return i < 0 ? NORMAL : bodies[i](f);
  };
}

export function compileMatchSuspending(cx: CompileContext, s: ir.Match): GS {
  const subj = cx.gx(s.subject);
  const bodies = s.cases.map((c) => cx.gblock(c.body));
  if (s.cases.some((c) => suspends(c.guard))) {
    // A guard that awaits (`case Order() if await allowed(user):`): each case in turn.
    const cases = s.cases.map((c) => ({
      pat: compilePattern(cx, c.pattern),
      guard: c.guard ? cx.gx(c.guard) : null,
      line: c.span.line,
    }));
    return function* (f) {
      const v = yield* subj(f);
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i];
        f.line = c.line;
        f.pos = null;
        if (c.pat(f, v) && (!c.guard || truthy(yield* c.guard(f)))) return yield* bodies[i](f);
      }
      return NORMAL;
    };
  }
  const sync = matchCases(cx, s);
  return function* (f) {
    const v = yield* subj(f);
    const i = sync(f, v);
    return i < 0 ? NORMAL : yield* bodies[i](f);
  };
}

/** Returns the index of the first matching case (binding its captures), or -1. */
function matchCases(cx: CompileContext, s: ir.Match): (f: Frame, v: PyValue) => number {
  const cases = s.cases.map((c) => ({
    pat: compilePattern(cx, c.pattern),
    guard: c.guard ? cx.expr(c.guard) : null,
    line: c.span.line,
  }));
  return (f, v) => {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      f.line = c.line;
      f.pos = null;
      if (c.pat(f, v) && (!c.guard || truthy(c.guard(f)))) return i;
    }
    return -1;
  };
}

function compilePattern(cx: CompileContext, p: ir.Pattern): (f: Frame, v: PyValue) => boolean {
  switch (p.type) {
    case 'MatchValue': {
      const x = cx.expr(p.value);
      return (f, v) => eq(v, x(f));
    }
    case 'MatchSingleton': {
      const want = p.value;
      return (_f, v) => v === want;
    }
    case 'MatchAs': {
      const sub = p.pattern ? compilePattern(cx, p.pattern) : null;
      const store = p.name ? storeName(cx, p.name) : null;
      return (f, v) => {
        if (sub && !sub(f, v)) return false;
        if (store) store(f, v);
        return true;
      };
    }
    case 'MatchOr': {
      const subs = p.patterns.map((q) => compilePattern(cx, q));
      return (f, v) => subs.some((q) => q(f, v));
    }
    case 'MatchStar':
      throw new CompileError('star pattern outside a sequence pattern', p.span);
    case 'MatchSequence': {
      const starAt = p.patterns.findIndex((q) => q.type === 'MatchStar');
      const subs = p.patterns.map((q) =>
        q.type === 'MatchStar' ? (q.name ? storeName(cx, q.name) : null) : compilePattern(cx, q),
      );
      const n = p.patterns.length;
      return (f, v) => {
        if (!(v instanceof PyList || v instanceof PyTuple) && !matchesAsSequence(v)) return false;
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
          if (!(subs[starAt + 1 + i] as (f: Frame, v: PyValue) => boolean)(f, items[items.length - after + i]))
            return false;
        const st = subs[starAt] as Assign | null;
        if (st) st(f, new PyList(items.slice(starAt, items.length - after)));
        return true;
      };
    }
    case 'MatchMapping': {
      const keys = p.keys.map((k) => cx.expr(k));
      const subs = p.patterns.map((q) => compilePattern(cx, q));
      const rest = p.rest ? storeName(cx, p.rest) : null;
      return (f, v) => {
        if (!(v instanceof PyDict)) return false;
        const used = new Set<unknown>();
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i](f);
          const hk = findKey(v.map, k, hashKey(k));
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
      const cls = cx.expr(p.cls);
      const pos = p.patterns.map((q) => compilePattern(cx, q));
      const kws = p.kwdAttrs.map((a, i) => ({ a, pat: compilePattern(cx, p.kwdPatterns[i]) }));
      return (f, v) => {
        const c = cls(f);
        if (!(c instanceof PyClass))
          throw pyError('TypeError', `called match pattern must be a ${run.minor >= 12 ? 'class' : 'type'}`);
        if (!isInstance(v, c)) return false;
        // CPython names the class by its tp_name.
        const tp = c.tpName ?? c.name;
        const seen = new Set<string>();
        const attr = (name: string): PyValue | undefined => {
          if (seen.has(name))
            throw pyError('TypeError', `${tp}() got multiple sub-patterns for attribute ${repr(name)}`);
          seen.add(name);
          return getattrOrUndefined(v, name);
        };
        if (pos.length) {
          const ma = c.lookup('__match_args__');
          let names: PyValue[] = [];
          let self = false;
          if (ma === undefined) self = matchesSelf(c);
          else if (ma instanceof PyTuple && ma.cls === tupleClass) names = ma.items;
          else throw pyError('TypeError', `${tp}.__match_args__ must be a tuple (got ${typeName(ma)})`);
          const allowed = self ? 1 : names.length;
          if (pos.length > allowed)
            throw pyError(
              'TypeError',
              `${tp}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${pos.length} given)`,
            );
          if (self) {
            if (!pos[0](f, v)) return false;
          } else {
            for (let i = 0; i < pos.length; i++) {
              const name = names[i];
              if (typeof name !== 'string')
                throw pyError('TypeError', `__match_args__ elements must be strings (got ${typeName(name)})`);
              const got = attr(name);
              if (got === undefined || !pos[i](f, got)) return false;
            }
          }
        }
        for (const k of kws) {
          const got = attr(k.a);
          if (got === undefined || !k.pat(f, got)) return false;
        }
        return true;
      };
    }
  }
}

/**
 * The builtin types whose class pattern takes the subject itself as its one positional sub-pattern
 * (CPython's _Py_TPFLAGS_MATCH_SELF), a flag their subclasses inherit (an IntEnum, a str subclass)
 * when no class along the way sets `__match_args__`.
 */
const MATCH_SELF = new Set([
  'bool',
  'bytearray',
  'bytes',
  'dict',
  'float',
  'frozenset',
  'int',
  'list',
  'set',
  'str',
  'tuple',
]);

function matchesSelf(c: PyClass): boolean {
  return c.mro.some((b) => (b.isBuiltin || b === bytearrayClass) && b.module === 'builtins' && MATCH_SELF.has(b.name));
}

function getattrOrUndefined(v: PyValue, name: string): PyValue | undefined {
  try {
    return getattr(v, name);
  } catch (e) {
    if (e instanceof PyExc && e.exc.cls.name === 'AttributeError') return undefined;
    throw e;
  }
}

// Builtin classes CPython flags as sequences for `match` (Py_TPFLAGS_SEQUENCE), and those it
// does not although collections.abc registers them (a text or bytes subject is never unpacked).
const SEQUENCE_BUILTINS = new Set(['list', 'tuple', 'range', 'memoryview', 'deque']);
const NOT_SEQUENCE_BUILTINS = new Set(['str', 'bytes', 'bytearray', 'dict']);

/**
 * Does a sequence pattern look into this subject? CPython's flag: a builtin sequence type, else a
 * class that inherits from collections.abc.Sequence or was registered with it.
 */
function matchesAsSequence(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  for (const c of typeOf(v).mro) {
    if (!c.isBuiltin && c !== bytearrayClass) continue;
    if (SEQUENCE_BUILTINS.has(c.name)) return true;
    if (NOT_SEQUENCE_BUILTINS.has(c.name)) return false;
  }
  const seq = run.get(interpreter).modules.get('_collections_abc')?.dict?.get('Sequence');
  if (!(seq instanceof PyClass)) return false;
  const check = typeOf(seq).lookup('__instancecheck__');
  return check === undefined ? typeOf(v).mro.includes(seq) : truthy(callMethod(check, seq, [v]));
}
