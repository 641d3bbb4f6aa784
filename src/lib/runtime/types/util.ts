/**
 * Small helpers shared by the builtin type modules: argument conversions and code-point aware
 * string helpers (argument counts are checked by the signatures in runtime/signature.ts).
 */
import { PyExc, PyProperty, PyNativeFunction, unbox, type PyValue, type PyClass } from '../core';
import { toIndex } from '../ops';
import { pairsOf, pairedCpToUnit, pairedUnitToCp } from './code-points';
import { PyBuiltinAttr } from './descriptor-types';

// ------------------------------------------------------------------ arguments

/** An index argument (`__index__`), with CPython's TypeError for other types. */
export function indexArg(v: PyValue): number {
  return Number(toIndex(v));
}

// ------------------------------------------------------------------ exceptions

export function isExcInstance(e: unknown, name: string): e is PyExc {
  if (!(e instanceof PyExc)) return false;
  const mro = e.exc.cls.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i].name === name && mro[i].isBuiltin) return true;
  return false;
}

// ------------------------------------------------------------------ code points

export { hasSurrogates } from './code-points';

/** UTF-16 offset of code point index `cp` in `s`. */
export function cpToUnit(s: string, cp: number): number {
  const pairs = pairsOf(s);
  if (pairs !== null) return pairedCpToUnit(s, pairs, cp);
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset `u` in `s`. */
export function unitToCp(s: string, u: number): number {
  const pairs = pairsOf(s);
  if (pairs !== null) return pairedUnitToCp(s, pairs, u);
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Python whitespace (str.isspace / str.split()). */
export function isPyWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Line boundaries of str.splitlines (other than \r\n, handled by the caller). */
export function isLineBreak(c: number): boolean {
  return (
    (c >= 0x0a && c <= 0x0d) || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029
  );
}

/** Define a read-only attribute computed from the instance (a loop's `_ready`): a property. */
export function defGetter(cls: PyClass, name: string, get: (self: PyValue) => PyValue): void {
  const fget = new PyNativeFunction(name, (args) => get(unbox(args[0])));
  cls.dict!.set(name, new PyProperty(fget, null, null, null));
}

/**
 * Define a read-only attribute of a builtin type's instances (`x.real`, `r.start`) as the
 * descriptor CPython has for it: a getset_descriptor, or a member_descriptor for a struct field.
 */
export function defBuiltinAttr(
  cls: PyClass,
  name: string,
  get: (self: PyValue) => PyValue,
  kind: 'getset' | 'member' = 'getset',
): void {
  cls.dict!.set(name, new PyBuiltinAttr(name, cls, kind, get));
}
