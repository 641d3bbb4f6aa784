/**
 * What CPython's _sre does in C and Loopline first did in re.py: a Match's data and its accessors
 * (group, groups, groupdict, start, end, span, []), Pattern's match/search/fullmatch, and the
 * loops of findall and split. A Python call costs microseconds here, and a log parser makes a
 * dozen of them per line; these are native methods of re.py's classes, their checks and messages
 * those re.py had (CPython's).
 */
import { PyBytes, PyDict, PyList, PyObject, PyTuple, pyError, typeName, unbox, type PyValue } from '../../runtime/core';
import type { PyClass } from '../../runtime/core';
import { callMethod, setitem, toIndex } from '../../runtime/ops';
import { defNativeMethod } from '../../runtime/native';
import { defBuiltinAttr } from '../../runtime/types/util';
import { makeIterator } from '../../runtime/types/iterator';
import { chargeOperations } from '../../runtime/memory';
import { sliceByCodePoints, strLength, transientCodePoints } from '../../runtime/types/code-points';
import { Matcher } from './vm';
import type { Program } from './program';

export interface Compiled {
  program: Program;
  groups: number;
  groupindex: Map<string, number>;
  /** Group names by index (for lastgroup). */
  names: Map<number, string>;
  /** The matcher last used for this pattern, reused by the next match (matching never re-enters). */
  matcher: Matcher | null;
}

/** The compiled form of each Pattern's `_code` handle. */
export const compiledOf = new WeakMap<PyObject, Compiled>();

/** A match: re.py's Match class, its fields here. */
export class ReMatch extends PyObject {
  declare pattern: PyValue;
  declare string: string;
  /** The subject as given (a str subclass stays one for `m.string`). */
  declare original: PyValue;
  declare pos: number;
  declare endpos: number;
  /** 2 * (groups + 1) positions, -1 for a group that did not take part (a plain array: cheaper to make than a typed one). */
  declare slots: number[];
  declare lastindex: number;
  declare c: Compiled;
  constructor(
    cls: PyClass,
    pattern: PyValue,
    string: string,
    original: PyValue,
    pos: number,
    endpos: number,
    slots: number[],
    lastindex: number,
    c: Compiled,
  ) {
    super(cls);
    this.pattern = pattern;
    this.string = string;
    this.original = original;
    this.pos = pos;
    this.endpos = endpos;
    this.slots = slots;
    this.lastindex = lastindex;
    this.c = c;
  }
}

/** string[a:b] by code points. */
export const substr = sliceByCodePoints;

let matchClass: PyClass | null = null;

/** The pattern's matcher, set to match over `points`. */
function matcherFor(c: Compiled, points: Int32Array): Matcher {
  if (c.matcher === null) return (c.matcher = new Matcher(c.program, c.groups, points, chargeOperations));
  c.matcher.subject = points;
  return c.matcher;
}

function copyOf(slots: Int32Array): number[] {
  const out = new Array<number>(slots.length);
  for (let i = 0; i < slots.length; i++) out[i] = slots[i];
  return out;
}

/** One match or search of `c` over `string` (already checked and clamped), as a Match or null. */
export function runMatch(
  pattern: PyValue,
  c: Compiled,
  original: PyValue,
  pos: number,
  endpos: number,
  mode: 'match' | 'fullmatch' | 'search',
  mustAdvance: boolean,
  origin = pos,
): ReMatch | null {
  const string = unbox(original) as string;
  const points = transientCodePoints(string);
  const matcher = matcherFor(c, points);
  if (!matcher.run(pos, endpos, mode, mustAdvance)) return null;
  // m.pos is where the caller's search began (finditer's, sub's, a scanner's first position).
  return new ReMatch(
    matchClass!,
    pattern,
    string,
    original,
    origin,
    endpos,
    copyOf(matcher.slots),
    matcher.lastindex,
    c,
  );
}

/** re.py's _check_string: the subject must be a str (bytes are not simulated). */
function subject(v: PyValue): string {
  const s = unbox(v);
  if (typeof s === 'string') return s;
  if (s instanceof PyBytes) throw pyError('NotImplementedError', 're: bytes subjects are not simulated in Loopline');
  throw pyError('TypeError', `expected string or bytes-like object, got '${typeName(v)}'`);
}

/** An index argument, re.py's _index (an int, else __index__). */
function index(v: PyValue): number {
  return Number(toIndex(unbox(v)));
}

function clamp(v: number, n: number): number {
  return v < 0 ? 0 : Math.min(v, n);
}

export function compiledFor(pattern: PyValue): Compiled {
  const handle = pattern instanceof PyObject ? pattern.dict?.get('_code') : undefined;
  const c = handle instanceof PyObject ? compiledOf.get(handle) : undefined;
  if (!c) throw pyError('TypeError', 'not a compiled pattern');
  return c;
}

/** The index of group `g` (a number or a name), or IndexError. */
function groupIndex(m: ReMatch, g: PyValue): number {
  const v = unbox(g);
  let i: number;
  if (typeof v === 'bigint' || typeof v === 'boolean') i = Number(v);
  else if (typeof v === 'string') i = m.c.groupindex.get(v) ?? -1;
  else if (v instanceof PyObject && v.cls.lookup('__index__') !== undefined)
    i = Number(toIndex(callMethod(v.cls.lookup('__index__')!, v, [])));
  else throw pyError('IndexError', 'no such group');
  if (i < 0 || i > m.c.groups) throw pyError('IndexError', 'no such group');
  return i;
}

function groupText(m: ReMatch, i: number, dflt: PyValue): PyValue {
  const a = m.slots[2 * i];
  const b = m.slots[2 * i + 1];
  if (a < 0 || b < 0) return dflt;
  return substr(m.string, a, b);
}

const self = (v: PyValue): ReMatch => v as ReMatch;

/** Makes re.py's Match class native-backed: `_re.run` makes its instances. */
export function setupMatch(cls: PyClass): void {
  matchClass = cls;
  defBuiltinAttr(cls, 'string', (m) => self(m).original, 'member');
  defBuiltinAttr(cls, 're', (m) => self(m).pattern, 'member');
  defBuiltinAttr(cls, 'pos', (m) => BigInt(self(m).pos), 'member');
  defBuiltinAttr(cls, 'endpos', (m) => BigInt(self(m).endpos), 'member');
  defBuiltinAttr(cls, 'lastindex', (m) => (self(m).lastindex < 0 ? null : BigInt(self(m).lastindex)));
  defBuiltinAttr(cls, 'lastgroup', (v) => {
    const m = self(v);
    return m.lastindex < 0 ? null : (m.c.names.get(m.lastindex) ?? null);
  });
  defBuiltinAttr(cls, 'regs', (v) => {
    const m = self(v);
    const out: PyValue[] = [];
    for (let i = 0; i <= m.c.groups; i++) out.push(new PyTuple([BigInt(m.slots[2 * i]), BigInt(m.slots[2 * i + 1])]));
    return new PyTuple(out);
  });
  defNativeMethod(cls, 'group', '(*args)', (v, [args]) => {
    const m = self(v);
    const items = (args as PyTuple).items;
    if (items.length === 0) return groupText(m, 0, null);
    if (items.length === 1) return groupText(m, groupIndex(m, items[0]), null);
    return new PyTuple(items.map((g) => groupText(m, groupIndex(m, g), null)));
  });
  defNativeMethod(cls, '__getitem__', '(key, /)', (v, [g]) => groupText(self(v), groupIndex(self(v), g), null));
  defNativeMethod(cls, 'groups', '(default=None)', (v, [dflt]) => {
    const m = self(v);
    const out: PyValue[] = [];
    for (let i = 1; i <= m.c.groups; i++) out.push(groupText(m, i, dflt ?? null));
    return new PyTuple(out);
  });
  defNativeMethod(cls, 'groupdict', '(default=None)', (v, [dflt]) => {
    const m = self(v);
    const d = new PyDict();
    for (const [name, i] of m.c.groupindex) setitem(d, name, groupText(m, i, dflt ?? null));
    return d;
  });
  const bound = (v: PyValue, g: PyValue | undefined, end: 0 | 1): bigint =>
    BigInt(self(v).slots[2 * (g === undefined ? 0 : groupIndex(self(v), g)) + end]);
  defNativeMethod(cls, 'start', '(group=0, /)', (v, [g]) => bound(v, g, 0));
  defNativeMethod(cls, 'end', '(group=0, /)', (v, [g]) => bound(v, g, 1));
  defNativeMethod(cls, 'span', '(group=0, /)', (v, [g]) => new PyTuple([bound(v, g, 0), bound(v, g, 1)]));
}

const MAXSIZE = 9223372036854775807n;

/** Pattern's match, fullmatch and search, native methods of re.py's Pattern class. */
export function setupPattern(cls: PyClass): void {
  for (const mode of ['match', 'fullmatch', 'search'] as const) {
    defNativeMethod(cls, mode, `(string, pos=0, endpos=${MAXSIZE})`, (p, [string, posArg, endArg]) => {
      const c = compiledFor(p);
      const s = subject(string);
      const n = strLength(s);
      const pos = clamp(posArg === undefined ? 0 : index(posArg), n);
      const endpos = clamp(endArg === undefined ? n : index(endArg), n);
      if (pos > endpos) return null;
      return runMatch(p, c, string, pos, endpos, mode, false);
    });
  }
  // finditer: CPython's is a callable_iterator over a scanner's search, its arguments checked at once.
  defNativeMethod(cls, 'finditer', `(string, pos=0, endpos=${MAXSIZE})`, (p, [string, posArg, endArg]) => {
    const c = compiledFor(p);
    const s = subject(string);
    const n = strLength(s);
    const origin = clamp(posArg === undefined ? 0 : index(posArg), n);
    const endpos = clamp(endArg === undefined ? n : index(endArg), n);
    let pos: number | null = origin;
    let mustAdvance = false;
    const it = {
      next: (): PyValue | undefined => {
        if (pos === null || pos > endpos) return undefined;
        const m = runMatch(p, c, string, pos, endpos, 'search', mustAdvance, origin);
        if (m === null) {
          pos = null;
          return undefined;
        }
        mustAdvance = m.slots[1] === m.slots[0];
        pos = m.slots[1];
        return m;
      },
    };
    return makeIterator(it, 'callable_iterator');
  });
  // findall and split: every match, without a Match object for each.
  defNativeMethod(cls, 'findall', `(string, pos=0, endpos=${MAXSIZE})`, (p, [string, posArg, endArg]) => {
    const c = compiledFor(p);
    const s = subject(string);
    const n = strLength(s);
    const out: PyValue[] = [];
    eachMatch(c, s, posArg === undefined ? 0 : index(posArg), endArg === undefined ? n : index(endArg), (slots) => {
      if (c.groups === 0) out.push(substr(s, slots[0], slots[1]));
      else if (c.groups === 1) out.push(slots[2] < 0 || slots[3] < 0 ? '' : substr(s, slots[2], slots[3]));
      else {
        const t: PyValue[] = [];
        for (let i = 1; i <= c.groups; i++)
          t.push(slots[2 * i] < 0 || slots[2 * i + 1] < 0 ? '' : substr(s, slots[2 * i], slots[2 * i + 1]));
        out.push(new PyTuple(t));
      }
      return true;
    });
    return new PyList(out);
  });
  defNativeMethod(cls, 'split', '(string, maxsplit=0)', (p, [string, maxArg]) => {
    const c = compiledFor(p);
    const s = subject(string);
    const maxsplit = maxArg === undefined ? 0 : index(maxArg);
    if (maxsplit < 0) return new PyList([string]);
    const out: PyValue[] = [];
    let last = 0;
    let count = 0;
    eachMatch(c, s, 0, strLength(s), (slots) => {
      if (maxsplit && count >= maxsplit) return false;
      out.push(substr(s, last, slots[0]));
      for (let i = 1; i <= c.groups; i++)
        out.push(slots[2 * i] < 0 || slots[2 * i + 1] < 0 ? null : substr(s, slots[2 * i], slots[2 * i + 1]));
      count++;
      last = slots[1];
      return true;
    });
    out.push(substr(s, last, strLength(s)));
    return new PyList(out);
  });
}

/**
 * The matches finditer, findall, split and sub see (re.py's Pattern._iter): after an empty match
 * the next may start at the same place only if it is not empty. `each` returns false to stop.
 */
function eachMatch(c: Compiled, s: string, posArg: number, endArg: number, each: (slots: Int32Array) => boolean): void {
  const n = strLength(s);
  let pos = clamp(posArg, n);
  const endpos = clamp(endArg, n);
  // The callers' `each` runs no Python code, so no other match reuses the buffer meanwhile.
  const points = transientCodePoints(s);
  let mustAdvance = false;
  while (pos <= endpos) {
    const matcher = matcherFor(c, points);
    if (!matcher.run(pos, endpos, 'search', mustAdvance)) return;
    const slots = matcher.slots;
    if (!each(slots)) return;
    mustAdvance = slots[1] === slots[0];
    pos = slots[1];
  }
}
