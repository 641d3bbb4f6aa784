/**
 * Python's operator semantics over the value model of core.ts: truth, equality, hashing,
 * arithmetic, comparison, attribute access, calls, iteration, subscripts, repr/str.
 */
import { unicodeErrorText } from './unicode-errors';
import { releaseValue } from './releases';
import {
  PyObject,
  PyClass,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyRange,
  PySlice,
  PyBytes,
  PyComplex,
  PyNativeFunction,
  PyNativeMethod,
  PyBoundMethod,
  PyBoxed,
  unbox,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  PyModule,
  PyExceptionObject,
  PyExc,
  NotImplemented,
  Ellipsis,
  typeOf,
  typeName,
  pyError,
  getExcClass,
  addressOf,
  classChanged,
  objectClass,
  typeClass,
  listClass,
  dictClass,
  setClass,
  frozensetClass,
  type PyValue,
  type KwArgs,
  type HashKey,
  type PyKeyLookup,
  type PyKeyMap,
} from './core';
import { PyFunctionBase } from './callable';
import { smallInt } from './small-int';
import { run } from './run';
import { noteHashOrder } from './hash-order';
import { addressOfValue, emptySingleton } from './object-id';
import { floatRepr } from '../py/format/float';
import { strRepr } from '../py/format/strrepr';
import { TOO_MANY_DIGITS, tooManyDigits } from '../py/format/int-digits';
import { osErrorArgs, osErrorFields } from './oserror';
import { chargeAllocation, checkSequenceLength, checkShift, chargePower } from './memory';
import { floatPowInt, libmPow, ratioToFloat } from './exact-float';
import { PyUnion, typeUnion, unionEq } from './types/union';
import { memberDescriptorClass } from './types/descriptor-types';
import {
  classAnnotate,
  moduleAnnotations,
  ownAnnotations,
  setAnnotationsCall,
  setClassAnnotations,
} from './class-annotations';
import { setBases } from './class-bases';
import { bestBase, layoutOf, textSignature, type Layout } from './type-layout';
import { builtinTypeDoc, libraryDoc } from './builtin-docs';
import { zeroDivision, zeroToNegativePower } from './zero-division';
import { complexDiv, complexPow, mixedArith } from './complex-arith';
import { ownGetattribute } from './getattribute';
import { setExceptionLink } from './exception-links';
import { fillAll, fillName } from './lazy-names';
import { cpythonSpec } from './module-vars';
import { compareStr, hasSurrogates, pairedCpToUnit, pairsOf, strLength } from './types/code-points';

// ------------------------------------------------------------------ truth

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (!v.cls.isBuiltin && (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet))
    return containerSubclassTruth(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  const special = (v as { pyLen?: () => number }).pyLen;
  if (special) return special.call(v) > 0;
  if (v.cls.isBuiltin) return true;
  const b = v.cls.lookup('__bool__');
  if (b !== undefined) {
    const r = callMethod(b, v, []);
    if (typeof r !== 'boolean') throw pyError('TypeError', `__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = v.cls.lookup('__len__');
  if (l !== undefined) return toIndex(callMethod(l, v, [])) !== 0n;
  return v instanceof PyBoxed ? truthy(v.value) : true;
}

/** bool() of an instance of a subclass of list, tuple, dict or set: the class's own __bool__ or __len__ decides, if it has one. */
function containerSubclassTruth(v: PyList | PyTuple | PyDict | PySet): boolean {
  const b = userOverride(v, '__bool__');
  if (b !== undefined) {
    const r = callMethod(b, v, []);
    if (typeof r !== 'boolean') throw pyError('TypeError', `__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  if (userOverride(v, '__len__') !== undefined) return len(v) > 0;
  return v instanceof PyList || v instanceof PyTuple ? v.items.length > 0 : v.map.size > 0;
}

// ------------------------------------------------------------------ numbers

export function isIntLike(v: PyValue): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}
export function isNumber(v: PyValue): v is bigint | boolean | number {
  return typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number';
}
export function asBig(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}
export function toFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return bigToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const f = v.cls.lookup('__float__');
    if (f !== undefined) return toFloat(callMethod(f, v, []));
  }
  throw pyError('TypeError', `must be real number, not ${typeName(v)}`);
}
export function bigToFloat(v: bigint): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw pyError('OverflowError', 'int too large to convert to float');
  return n;
}
/** `operator.index`: ints and bools (and objects with `__index__`). */
export function toIndex(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const f = v.cls.lookup('__index__');
    if (f !== undefined) {
      const r = callMethod(f, v, []);
      if (typeof r === 'bigint') return r;
      if (typeof r !== 'boolean' && !(r instanceof PyBoxed && typeof r.value === 'bigint'))
        throw pyError('TypeError', `__index__ returned non-int (type ${typeName(r)})`);
      // An int subclass's instance (a bool) is taken, with CPython's DeprecationWarning.
      hooks.deprecated(
        `__index__ returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict ` +
          'subclass of int is deprecated, and may be removed in a future version of Python.',
      );
      return typeof r === 'boolean' ? (r ? 1n : 0n) : ((r as PyBoxed).value as bigint);
    }
  }
  throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
}
function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
function modBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}
function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivision(run.minor >= 13 ? 'float modulo by zero' : 'float modulo');
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}
function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivision('float floor division by zero');
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) {
    // copysign(0.0, a / b), as CPython: -0.0 // 1 is -0.0.
    const q = a / b;
    return q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  const fl = Math.floor(div);
  return div - fl > 0.5 ? fl + 1 : fl;
}

function powBig(a: bigint, b: bigint): PyValue {
  if (b < 0n) {
    if (a === 0n) throw zeroToNegativePower();
    return floatPowInt(bigToFloat(a), Number(b));
  }
  return a ** b;
}
function powFloat(a: number, b: number): PyValue {
  if (a === 0 && b < 0) throw zeroToNegativePower();
  if (a < 0 && !Number.isInteger(b)) {
    // Python returns a complex number here.
    const r = Math.pow(-a, b);
    const th = Math.PI * b;
    return new PyComplex(r * Math.cos(th), r * Math.sin(th));
  }
  const r = libmPow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b))
    throw pyError('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

const opDunder: Record<string, [string, string]> = {
  '+': ['__add__', '__radd__'],
  '-': ['__sub__', '__rsub__'],
  '*': ['__mul__', '__rmul__'],
  '/': ['__truediv__', '__rtruediv__'],
  '//': ['__floordiv__', '__rfloordiv__'],
  '%': ['__mod__', '__rmod__'],
  '**': ['__pow__', '__rpow__'],
  '@': ['__matmul__', '__rmatmul__'],
  '<<': ['__lshift__', '__rlshift__'],
  '>>': ['__rshift__', '__rrshift__'],
  '&': ['__and__', '__rand__'],
  '|': ['__or__', '__ror__'],
  '^': ['__xor__', '__rxor__'],
};

/** Hook for `str % x` formatting, installed by the str type module. */
export const hooks = {
  percentFormat: (fmt: string, _args: PyValue): PyValue => fmt,
  /** `bytes % x`, installed by the bytes type module. */
  bytesPercent: (_fmt: PyBytes, _args: PyValue): PyValue => NotImplemented,
  /** `fn` for a set-like binary op on PySet, installed by the set type module. */
  setOp: (_op: string, _a: PySet, _b: PySet): PyValue => NotImplemented,
  /** `a op= b` on a set: whether it was done (installed by the set type module). */
  setInplaceOp: (_op: string, _a: PySet, _b: PySet): boolean => false,
  dictOr: (_a: PyDict, _b: PyDict): PyValue => NotImplemented,
  /** CPython's hash() of a value (installed by hash.ts), which dicts and sets bucket keys by. */
  keyHash: (v: PyValue): bigint => pyHash(v),
  /** A set's members in CPython's iteration order (installed by setorder.ts). */
  setOrder: (s: PySet): PyValue[] => [...s.map.values()],
  /** `cls[key]` for a class without `__class_getitem__` (installed by the generic alias type). */
  classGetItem: (cls: PyClass, _key: PyValue): PyValue => cls,
  /** warnings.warn(text, DeprecationWarning) from a C function (installed by builtins.ts). */
  deprecated: (_text: string): void => {},
};

function numericBinop(op: string, a: PyValue, b: PyValue): PyValue {
  // int (and bool) operands
  if ((typeof a === 'bigint' || typeof a === 'boolean') && (typeof b === 'bigint' || typeof b === 'boolean')) {
    const x = asBig(a);
    const y = asBig(b);
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        if (y === 0n) throw pyError('ZeroDivisionError', 'division by zero');
        return intTrueDiv(x, y);
      case '//':
        if (y === 0n) throw zeroDivision('integer division or modulo by zero');
        return floorDivBig(x, y);
      case '%':
        if (y === 0n) throw zeroDivision('integer modulo by zero');
        return modBig(x, y);
      case '**':
        if (y > 0n) chargePower(x, y);
        return powBig(x, y);
      case '<<':
        if (y < 0n) throw pyError('ValueError', 'negative shift count');
        checkShift(x, y);
        return x << y;
      case '>>':
        if (y < 0n) throw pyError('ValueError', 'negative shift count');
        return x >> y;
      case '&':
        if (typeof a === 'boolean' && typeof b === 'boolean') return a && b;
        return x & y;
      case '|':
        if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
        return x | y;
      case '^':
        if (typeof a === 'boolean' && typeof b === 'boolean') return a !== b;
        return x ^ y;
    }
    return NotImplemented;
  }
  if (!isNumber(a) || !isNumber(b)) return NotImplemented;
  const x = toFloat(a);
  const y = toFloat(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw zeroDivision('float division by zero');
      return x / y;
    case '//':
      return floatFloorDiv(x, y);
    case '%':
      return floatMod(x, y);
    case '**':
      return powFloat(x, y);
  }
  return NotImplemented;
}

/** Correctly rounded int / int, as CPython computes it (subnormal results included). */
function intTrueDiv(x: bigint, y: bigint): number {
  const f = ratioToFloat(x, y);
  if (!Number.isFinite(f)) throw pyError('OverflowError', 'integer division result too large for a float');
  return f;
}

function seqRepeat(seq: PyValue, n: PyValue): PyValue {
  const k = Number(asBig(n as bigint | boolean));
  if (typeof seq === 'string') {
    // Past Py_ssize_t CPython cannot even size it; past V8's longest string, repeat's RangeError is a MemoryError.
    if (k * seq.length >= 2 ** 63) throw pyError('OverflowError', 'repeated string is too long');
    if (k <= 0) return '';
    chargeAllocation(k * seq.length);
    return seq.repeat(k);
  }
  if (seq instanceof PyList) return new PyList(repeatItems(seq.items, k));
  if (seq instanceof PyTuple) return new PyTuple(repeatItems(seq.items, k));
  if (seq instanceof PyBytes) {
    const m = seq.data.length;
    const n = k > 0 ? k * m : 0;
    checkSequenceLength(n);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += m) out.set(seq.data, i);
    return new PyBytes(out);
  }
  return NotImplemented;
}

/** `items` k times over, copied element by element (no spread of the array per repetition). */
function repeatItems(items: PyValue[], k: number): PyValue[] {
  const m = items.length;
  const n = k > 0 ? k * m : 0;
  checkSequenceLength(n);
  // Allocated once at its final length (pushing grows and copies it again and again).
  const out = new Array<PyValue>(n);
  if (m === 1) {
    const x = items[0];
    for (let i = 0; i < n; i++) out[i] = x;
    return out;
  }
  for (let i = 0, o = 0; i < k; i++) for (let j = 0; j < m; j++) out[o++] = items[j];
  return out;
}

function isSeq(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

function builtinBinop(op: string, a: PyValue, b: PyValue): PyValue {
  const r = numericBinop(op, a, b);
  if (r !== NotImplemented) return r;
  switch (op) {
    case '+':
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (a instanceof PyList && b instanceof PyList) return new PyList(a.items.concat(b.items));
      if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
      if (a instanceof PyBytes && b instanceof PyBytes) {
        const out = new Uint8Array(a.data.length + b.data.length);
        out.set(a.data);
        out.set(b.data, a.data.length);
        return new PyBytes(out);
      }
      break;
    case '*':
      if (isSeq(a) && isIntLike(b)) return seqRepeat(a, b);
      if (isSeq(b) && isIntLike(a)) return seqRepeat(b, a);
      break;
    case '%':
      if (typeof a === 'string') return hooks.percentFormat(a, b);
      if (a instanceof PyBytes) return hooks.bytesPercent(a, b);
      break;
    case '|':
      if (a instanceof PyDict && b instanceof PyDict) return hooks.dictOr(a, b);
    // fallthrough
    case '&':
    case '-':
    case '^':
      if (a instanceof PySet && b instanceof PySet) return hooks.setOp(op, a, b);
      break;
  }
  if (a instanceof PyComplex || b instanceof PyComplex) return complexBinop(op, a, b);
  return NotImplemented;
}

function complexBinop(op: string, a: PyValue, b: PyValue): PyValue {
  const ca = toComplex(a);
  const cb = toComplex(b);
  if (!ca || !cb) return NotImplemented;
  if (run.minor >= 14 && !(a instanceof PyComplex && b instanceof PyComplex)) {
    const r = mixedArith(op, a instanceof PyComplex ? ca : ca[0], b instanceof PyComplex ? cb : cb[0]);
    if (r !== null) return new PyComplex(r[0], r[1]);
  }
  switch (op) {
    case '+':
      return new PyComplex(ca[0] + cb[0], ca[1] + cb[1]);
    case '-':
      return new PyComplex(ca[0] - cb[0], ca[1] - cb[1]);
    case '*':
      return new PyComplex(ca[0] * cb[0] - ca[1] * cb[1], ca[0] * cb[1] + ca[1] * cb[0]);
    case '/':
      return new PyComplex(...complexDiv(ca, cb));
    case '**':
      return new PyComplex(...complexPow(ca, cb));
  }
  return NotImplemented;
}
function toComplex(v: PyValue): [number, number] | null {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (isNumber(v)) return [toFloat(v), 0];
  return null;
}

/** `inPlace`: the operation of an augmented assignment (`x += y`), whose operator its error names. */
export function binop(op: string, a: PyValue, b: PyValue, inPlace = false): PyValue {
  // Fast paths first: the interpreter spends most of its arithmetic here.
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '<') return a < b;
  }
  // An int and a float: the int converted to float (toFloat), as numericBinop does below.
  if (typeof a === 'number' ? typeof b === 'bigint' : typeof a === 'bigint' && typeof b === 'number') {
    const x = typeof a === 'bigint' ? bigToFloat(a) : (a as number);
    const y = typeof b === 'bigint' ? bigToFloat(b) : (b as number);
    if (op === '+') return x + y;
    if (op === '-') return x - y;
    if (op === '*') return x * y;
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  const [fwd, rev] = opDunder[op];
  const aUser = ta.operatesByDunders;
  const bUser = tb.operatesByDunders;
  if (aUser || bUser) {
    // A subclass's reflected method gets the first chance (Python's rule).
    if (bUser && tb !== ta && tb.isSubclassOf(ta)) {
      const r = tryDunder(b, rev, a);
      if (r !== NotImplemented) return r;
    }
    if (aUser) {
      const r = tryDunder(a, fwd, b);
      if (r !== NotImplemented) return r;
    }
    if (!aUser || !bUser || ta !== tb || a instanceof PyBoxed) {
      // str % x formats x itself: an int subclass's own __repr__ for %s and %r.
      const ua = unbox(a);
      const inner = op === '%' && typeof ua === 'string' ? hooks.percentFormat(ua, b) : builtinBinop(op, ua, unbox(b));
      if (inner !== NotImplemented) return inner;
    }
    if (bUser && ta !== tb) {
      const r = tryDunder(b, rev, a);
      if (r !== NotImplemented) return r;
    }
  } else {
    const r = builtinBinop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  // Named as CPython's messages name them: by tp_name ('_asyncio.Task', 'collections.deque').
  const na = ta.tpName ?? ta.name;
  const nb = tb.tpName ?? tb.name;
  if (op === '+' && typeof unbox(a) === 'string')
    throw pyError('TypeError', `can only concatenate str (not "${nb}") to str`);
  if (op === '+' && a instanceof PyList) throw pyError('TypeError', `can only concatenate list (not "${nb}") to list`);
  if (op === '+' && a instanceof PyTuple)
    throw pyError('TypeError', `can only concatenate tuple (not "${nb}") to tuple`);
  if (op === '+' && a instanceof PyBytes) throw pyError('TypeError', `can't concat ${nb} to bytes`);
  if (op === '*' && (isSeq(a) || isSeq(b))) {
    // A sequence repeats by any object with __index__ (CPython's sq_repeat takes its index).
    const count = isSeq(a) ? b : a;
    if (count instanceof PyObject && !(count instanceof PyClass) && typeOf(count).lookup('__index__') !== undefined) {
      const n = toIndex(count);
      if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n)
        throw pyError('OverflowError', `cannot fit '${typeName(count)}' into an index-sized integer`);
      return isSeq(a) ? binop('*', a, n, inPlace) : binop('*', n, b, inPlace);
    }
    const other = isSeq(a) ? tb : ta;
    throw pyError('TypeError', `can't multiply sequence by non-int of type '${other.tpName ?? other.name}'`);
  }
  if (op === '|') {
    const u = typeUnion(a, b);
    if (u !== null) return u;
  }
  if (inPlace) throw pyError('TypeError', `unsupported operand type(s) for ${op}=: '${na}' and '${nb}'`);
  if (op === '**') throw pyError('TypeError', `unsupported operand type(s) for ** or pow(): '${na}' and '${nb}'`);
  throw pyError('TypeError', `unsupported operand type(s) for ${op}: '${na}' and '${nb}'`);
}

function tryDunder(self: PyValue, name: string, other: PyValue): PyValue {
  const m = typeOf(self).lookup(name);
  if (m === undefined) return NotImplemented;
  return callMethod(m, self, [other]);
}

const inplaceDunder: Record<string, string> = {
  '+': '__iadd__',
  '-': '__isub__',
  '*': '__imul__',
  '/': '__itruediv__',
  '//': '__ifloordiv__',
  '%': '__imod__',
  '**': '__ipow__',
  '|': '__ior__',
  '&': '__iand__',
  '^': '__ixor__',
  '<<': '__ilshift__',
  '>>': '__irshift__',
};

/** `a op= b`: lists extend in place; user classes may define `__iadd__` and friends. */
export function inplaceBinop(op: string, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '*') return a * b;
  }
  if (a instanceof PyList && a.cls === listClass) {
    if (op === '+') {
      const items = iterToArray(b);
      for (const x of items) a.items.push(x);
      return a;
    }
    if (op === '*' && isIntLike(b)) {
      const copy = a.items.slice();
      a.items.length = 0;
      for (const x of repeatItems(copy, Number(asBig(b)))) a.items.push(x);
      return a;
    }
  }
  if (a instanceof PyDict && op === '|' && a.cls === dictClass) {
    const r = callMethodByName(a, 'update', [b]);
    void r;
    return a;
  }
  if (a instanceof PySet && a.cls === setClass && b instanceof PySet && hooks.setInplaceOp(op, a, b)) return a;
  if (a instanceof PyObject && a.cls.operatesByDunders) {
    const m = a.cls.lookup(inplaceDunder[op]);
    if (m !== undefined) {
      const r = callMethod(m, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  return binop(op, a, b, true);
}

export function unaryop(op: string, v: PyValue): PyValue {
  if (op === 'not') return !truthy(v);
  if (typeof v === 'bigint') {
    if (op === '-') return -v;
    if (op === '+') return v;
    if (op === '~') return ~v;
  }
  if (typeof v === 'boolean') {
    const b = v ? 1n : 0n;
    if (op === '-') return -b;
    if (op === '+') return b;
    if (op === '~') return ~b;
  }
  if (typeof v === 'number') {
    if (op === '-') return -v;
    if (op === '+') return v;
  }
  if (v instanceof PyComplex) {
    if (op === '-') return new PyComplex(-v.re, -v.im);
    if (op === '+') return v;
  }
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
    const m = v.cls.lookup(name);
    if (m !== undefined) return callMethod(m, v, []);
    // The value's operator where it has one; a refusal names the subclass.
    if (v instanceof PyBoxed && (typeof v.value === 'bigint' || (typeof v.value === 'number' && op !== '~')))
      return unaryop(op, v.value);
  }
  throw pyError('TypeError', `bad operand type for unary ${op}: '${typeName(v)}'`);
}

// ------------------------------------------------------------------ comparison

function operates(v: PyValue): boolean {
  return v instanceof PyObject && v.cls.operatesByDunders;
}

/**
 * Whether `b`'s reflected comparison goes first: CPython asks the right operand first when its type
 * is a proper subclass of the left operand's (both objects of classes here).
 */
function rightFirst(a: PyValue, b: PyValue): b is PyObject {
  return (
    a instanceof PyObject &&
    b instanceof PyObject &&
    b.cls.operatesByDunders &&
    b.cls !== a.cls &&
    b.cls.isSubclassOf(a.cls)
  );
}

export function eq(a: PyValue, b: PyValue, leftAsked = false, rightAsked = false): boolean {
  if (a === b) return !(typeof a === 'number' && Number.isNaN(a));
  const ta = typeof a;
  const tb = typeof b;
  // A str against anything but an object of a class with dunders (a str subclass, mock's ANY) differs.
  if ((ta === 'string' || tb === 'string') && !operates(a) && !operates(b)) return false;
  if (
    (ta === 'bigint' || ta === 'number' || ta === 'boolean') &&
    (tb === 'bigint' || tb === 'number' || tb === 'boolean')
  ) {
    return numEq(a as number | bigint | boolean, b as number | bigint | boolean);
  }
  if (a === null || b === null) return false;
  if (a instanceof PyObject && a.cls.operatesByDunders) {
    if (!leftAsked) {
      const r = richDunder(a, '__eq__', b);
      if (r !== NotImplemented) return truthy(r);
    }
    // A subclass of int, float or str that declined, against a builtin value: that value's own
    // comparison, if it knows the subclass's value, else identity.
    if (a instanceof PyBoxed && !(b instanceof PyObject)) return answers(b, a.value) && eq(b, a.value);
  }
  if (b instanceof PyBoxed && !(a instanceof PyObject) && b.cls.operatesByDunders) {
    const r = againstSubclass(a, b, '__eq__', (x) => eq(a, x));
    return r === NotImplemented ? false : truthy(r);
  }
  if (b instanceof PyObject && b.cls.operatesByDunders && !rightAsked) {
    const r = richDunder(b, '__eq__', a);
    if (r !== NotImplemented) return truthy(r);
  }
  return builtinEq(a, b);
}

/**
 * `a == b` between builtin values once neither side's own __eq__ answered: apart from eq so that
 * eq's frame, on the JS stack at every level of a recursion through __eq__ (a dict lookup calling
 * the program's __eq__), stays small.
 */
function builtinEq(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyBoxed || b instanceof PyBoxed) return eq(unbox(a), unbox(b));
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) {
      const o = b.map.get(keyFrom(b.map, a.map, k, e.key));
      if (!o || !(same(e.value, o.value) || eq(e.value, o.value))) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    return keysWithin(a.map, b.map);
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const la = a.length;
    if (la !== b.length) return false;
    if (la === 0) return true;
    if (a.start !== b.start) return false;
    return la === 1 || a.step === b.step;
  }
  if (a instanceof PyComplex && b instanceof PyComplex) return a.re === b.re && a.im === b.im;
  // A complex equals an int or float when its imaginary part is zero and its real part equals it.
  if (a instanceof PyComplex && isRealNumber(b)) return a.im === 0 && numEq(a.re, b);
  if (b instanceof PyComplex && isRealNumber(a)) return b.im === 0 && numEq(b.re, a);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    if (a.data.length !== b.data.length) return false;
    return a.data.every((x, i) => x === b.data[i]);
  }
  if (a instanceof PyBoundMethod && b instanceof PyBoundMethod) return a.func === b.func && a.self === b.self;
  if (a instanceof PyUnion && b instanceof PyUnion) return unionEq(a, b);
  return false;
}

function numEq(a: number | bigint | boolean, b: number | bigint | boolean): boolean {
  if (typeof a === 'boolean') a = a ? 1n : 0n;
  if (typeof b === 'boolean') b = b ? 1n : 0n;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const f = (typeof a === 'number' ? a : b) as number;
  const i = (typeof a === 'bigint' ? a : b) as bigint;
  if (!Number.isInteger(f)) return false;
  return BigInt(f) === i;
}

/** Sequences equal item by item (lists, tuples, deques). */
const isRealNumber = (v: PyValue): v is number | bigint | boolean =>
  typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';

export function seqEq(a: PyValue[], b: PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i]) && !eq(a[i], b[i])) return false;
  return true;
}

/**
 * A builtin value `a` (number, str, None) compared with `b`, an instance of a subclass of int,
 * float or str with dunders of its own, in CPython's order: `b`'s reflected dunder first only when
 * its type is a subclass of `a`'s (`3 == I(3)` asks I first; `3.0 == I(3)` does not), then `a`'s
 * own comparison, which answers only a value it knows (int another int, float any number, str a
 * str: `1 == F(1.0)` is left to F), then `b`'s dunder. NotImplemented when nobody answers.
 */
function againstSubclass(a: PyValue, b: PyBoxed, reflectedName: string, native: (v: PyValue) => PyValue): PyValue {
  const first = a !== null && b.cls.isSubclassOf(typeOf(a));
  if (first) {
    const r = richDunder(b, reflectedName, a);
    if (r !== NotImplemented) return r;
  }
  if (answers(a, b.value)) return native(b.value);
  return first ? NotImplemented : richDunder(b, reflectedName, a);
}

/** Whether the comparisons of builtin value `a` know `v`: int's another int, float's any number, str's a str. */
function answers(a: PyValue, v: PyValue): boolean {
  if (typeof a === 'string') return typeof v === 'string';
  if (typeof a === 'number') return isNumber(v);
  return (typeof a === 'bigint' || typeof a === 'boolean') && (typeof v === 'bigint' || typeof v === 'boolean');
}

function richDunder(self: PyObject, name: string, other: PyValue): PyValue {
  const m = self.cls.lookup(name);
  if (m === undefined) return NotImplemented;
  return callMethod(m, self, [other]);
}

const reflected: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const cmpDunder: Record<string, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__' };

/** `a < b` as a JS boolean (CPython's PyObject_RichCompareBool with Py_LT): sorting, heapq, bisect. */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return compareStr(a, b) < 0;
  const r = order('<', a, b);
  return typeof r === 'boolean' ? r : truthy(r);
}

/** Ordering comparison; returns a Python value (user `__lt__` may return anything). */
export function order(op: '<' | '>' | '<=' | '>=', a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') return cmpResult(op, a < b ? -1 : a > b ? 1 : 0);
  const rightAsked = rightFirst(a, b);
  if (rightAsked) {
    const r = richDunder(b, cmpDunder[reflected[op]], a);
    if (r !== NotImplemented) return r;
  }
  if (isNumber(a) && isNumber(b)) {
    const c = numCmp(a, b);
    if (c === null) return false;
    return cmpResult(op, c);
  }
  if (typeof a === 'string' && typeof b === 'string') return cmpResult(op, compareStr(a, b));
  if (a instanceof PyBytes && b instanceof PyBytes) return cmpResult(op, compareBytes(a.data, b.data));
  if (a instanceof PyObject && a.cls.operatesByDunders) {
    const r = richDunder(a, cmpDunder[op], b);
    if (r !== NotImplemented) return r;
    // A subclass of int, float or str that declined, against a builtin value: that value's own
    // reflected comparison, if it knows the subclass's value, else nobody answers.
    if (a instanceof PyBoxed && !(b instanceof PyObject)) {
      if (answers(b, a.value)) return order(op, a.value, b);
      throw notSupported(op, a, b);
    }
  }
  if (b instanceof PyBoxed && !(a instanceof PyObject) && b.cls.operatesByDunders) {
    const r = againstSubclass(a, b, cmpDunder[reflected[op]], (x) => order(op, a, x));
    if (r !== NotImplemented) return r;
    throw notSupported(op, a, b);
  }
  if (b instanceof PyObject && b.cls.operatesByDunders && !rightAsked) {
    const r = richDunder(b, cmpDunder[reflected[op]], a);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof PyBoxed || b instanceof PyBoxed) {
    // Compared as their values; a refusal names the subclasses, as CPython's does.
    const x = unbox(a);
    const y = unbox(b);
    if ((isNumber(x) && isNumber(y)) || (typeof x === 'string' && typeof y === 'string')) return order(op, x, y);
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple))
    return orderItems(op, (a as PyList).items, (b as PyList).items);
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (p: PySet, q: PySet) => keysWithin(p.map, q.map);
    switch (op) {
      case '<=':
        return sub(a, b);
      case '>=':
        return sub(b, a);
      case '<':
        return a.map.size < b.map.size && sub(a, b);
      case '>':
        return a.map.size > b.map.size && sub(b, a);
    }
  }
  throw notSupported(op, a, b);
}

function notSupported(op: string, a: PyValue, b: PyValue): PyExc {
  return pyError('TypeError', `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Byte strings in order: the first unequal byte decides, else the lengths. */
export function compareBytes(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Sequences in order (lists, tuples, deques): the first unequal pair of items decides, else the lengths. */
export function orderItems(op: '<' | '>' | '<=' | '>=', x: PyValue[], y: PyValue[]): PyValue {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!eq(x[i], y[i])) return order(op, x[i], y[i]);
  }
  return cmpResult(op, x.length - y.length);
}

function numCmp(a: number | bigint | boolean, b: number | bigint | boolean): number | null {
  if (typeof a === 'boolean') a = a ? 1n : 0n;
  if (typeof b === 'boolean') b = b ? 1n : 0n;
  if (typeof a === 'number' && Number.isNaN(a)) return null;
  if (typeof b === 'number' && Number.isNaN(b)) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  // Mixed int/float: compare exactly.
  if (typeof a === 'number') {
    const c = numCmp(b, a);
    return c === null ? null : -c;
  }
  const f = b as number;
  if (!Number.isFinite(f)) return f > 0 ? -1 : 1;
  const fl = Math.floor(f);
  const bi = BigInt(fl);
  if (a < bi) return -1;
  if (a > bi) return 1;
  return f > fl ? -1 : 0;
}

function cmpResult(op: string, c: number): boolean {
  switch (op) {
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** `self.__ne__(other)`: a class's own __ne__, else object's (its __eq__'s answer inverted). */
function notEqual(self: PyObject, other: PyValue): PyValue {
  const ne = self.cls.lookup('__ne__');
  if (ne !== undefined && !(ne instanceof PyNativeMethod && ne.owner === objectClass))
    return callMethod(ne, self, [other]);
  const r = richDunder(self, '__eq__', other);
  return r === NotImplemented ? r : !truthy(r);
}

export function compare(op: string, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case '==': {
      const rightAsked = rightFirst(a, b);
      if (rightAsked) {
        const r = richDunder(b, '__eq__', a);
        if (r !== NotImplemented) return r;
      }
      // A class with dunders of its own is asked even about itself (a memoryview of NaNs is not equal to itself).
      if (a instanceof PyObject && a.cls.operatesByDunders && a.cls.lookup('__eq__') !== undefined) {
        const r = richDunder(a, '__eq__', b);
        if (r !== NotImplemented) return r;
        // `x == x` is the operator, not a container's identity test: x is asked again as the right
        // operand before identity answers (CPython's do_richcompare).
        if (a === b) {
          const again = richDunder(a, '__eq__', a);
          return again === NotImplemented ? true : again;
        }
        return eq(a, b, true, rightAsked);
      }
      return eq(a, b, false, rightAsked);
    }
    case '!=': {
      const rightAsked = rightFirst(a, b);
      if (rightAsked) {
        const r = notEqual(b, a);
        if (r !== NotImplemented) return r;
      }
      // `x != x` asks x's __ne__ twice (left, then reflected) before identity answers False.
      if (a === b && a instanceof PyObject && a.cls.operatesByDunders) {
        for (let i = 0; i < 2; i++) {
          const r = notEqual(a, a);
          if (r !== NotImplemented) return r;
        }
        return false;
      }
      if (a instanceof PyObject && a.cls.operatesByDunders) {
        const ne = a.cls.lookup('__ne__');
        // object's __ne__ is eq's answer inverted, which eq() below gives.
        if (ne !== undefined && !(ne instanceof PyNativeMethod && ne.owner === objectClass)) {
          const r = callMethod(ne, a, [b]);
          if (r !== NotImplemented) return r;
        }
      }
      return !eq(a, b, false, rightAsked);
    }
    case 'is':
      return is(a, b);
    case 'is not':
      return !is(a, b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    default:
      return order(op as '<', a, b);
  }
}

/**
 * Identity (`is`). An int, float or str has no object of its own here, so equal values of one type
 * are one object, as CPython's are where a value travels (`y = x`, a list's items, an argument),
 * where a code object's equal constants are merged (`a = 1000; b = 1000` in one function or
 * module), for small ints, and for identifiers and one-character strings. A NaN is itself
 * (`x is x`), +0.0 and -0.0 are two. Not modelled: CPython's distinct objects for equal values
 * computed separately at run time (`int('1000') is int('1000')`, `''.join(...) is 'ab'`,
 * `float('nan') is float('nan')` are False there, True here). Every empty tuple or bytes is the
 * one CPython keeps (`() is tuple()`).
 */
export function same(a: PyValue, b: PyValue): boolean {
  if (Object.is(a, b)) return true;
  // The empty tuple and the empty bytes are singletons in CPython.
  return (
    a instanceof PyObject &&
    b instanceof PyObject &&
    a.cls === b.cls &&
    emptySingleton(a) !== null &&
    emptySingleton(b) !== null
  );
}
const is = same;

// ------------------------------------------------------------------ hashing

/**
 * A str keys as its own text (no new string to build and hash on every lookup); every other
 * value's text key starts with TAG, and so does a str's that starts with it (then TAG + 's' + str).
 */
const TAG = '\u0000';

/** The dict/set key of a str. */
export function strKey(s: string): string {
  return s.charCodeAt(0) === 0 ? TAG + 's' + s : s;
}

/** The str a dict/set key stands for (strKey's inverse), or null for the key of any other value. */
export function strOfKey(k: HashKey): string | null {
  if (typeof k !== 'string') return null;
  if (k.charCodeAt(0) !== 0) return k;
  return k.charCodeAt(1) === 115 /* s */ ? k.slice(2) : null;
}

/** A text key as pyHash hashes it: the kind's letter, then the text. */
function keyText(k: string): string {
  return k.charCodeAt(0) === 0 ? k.slice(1) : 's' + k;
}

/**
 * A text key as a part of a tuple's or frozenset's key, where a comma ends each part: a str is 's'
 * and its text, another kind's text its own (it starts with its kind's letter); a text holding a
 * comma is 'S' (a str) or 'X' (another kind), its length, ':' and the text, so that no two
 * different sequences of parts join to the same key (('a,sb',) and ('a', 'b') were one key).
 */
function keyPart(k: string): string {
  if (k.charCodeAt(0) !== 0) return k.indexOf(',') < 0 ? 's' + k : 'S' + k.length + ':' + k;
  const t = k.slice(1);
  return t.indexOf(',') < 0 ? t : 'X' + t.length + ':' + t;
}

/** Whether a class's `__hash__` is the class's own (Python) code rather than a builtin's. */
function ownHash(h: PyValue | undefined): boolean {
  return h !== undefined && h !== null && !(h instanceof PyNativeMethod && h.owner.isBuiltin);
}

/**
 * Whether hashKey gave object `o` itself because `o` compares by a user `__eq__` (a user
 * `__hash__`, a str/int/float subclass with its own `__eq__`, a tuple or frozenset holding such a
 * value), rather than because it compares by identity.
 */
function comparesByEq(o: PyObject): boolean {
  if (o instanceof PyTuple || o instanceof PySet || o instanceof PyBoxed) return true;
  if (o.cls.slots.hash !== undefined) return true;
  if (o.cls.isBuiltin) return false;
  const h = o.cls.lookup('__hash__');
  return ownHash(h) && !identityCompared(o.cls, h);
}

/**
 * Whether instances of `cls` take both `__hash__` and `__eq__` from object: each equals only
 * itself (its hash is its address, unique among live objects), so a dict keys it by identity as a
 * builtin object's, without hashing it or keeping the table's hash index.
 */
function identityCompared(cls: PyClass, hash: PyValue | undefined): boolean {
  const own = objectClass.dict!;
  return hash === own.get('__hash__') && cls.lookup('__eq__') === own.get('__eq__');
}

/**
 * The dict/set key for a value; throws TypeError for unhashable values. A value whose equality is
 * its key (str, numbers, tuples of those...) keys by value, an object compared by identity by
 * itself; so does a value compared by a user `__eq__` (comparesByEq), which findKey resolves.
 */
export function hashKey(v: PyValue): HashKey {
  switch (typeof v) {
    case 'string':
      return v.charCodeAt(0) === 0 ? TAG + 's' + v : v;
    case 'bigint':
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : TAG + 'i' + v.toString();
    case 'number':
      if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : TAG + 'i' + BigInt(v).toString();
      return Number.isNaN(v) ? TAG + 'fnan' : TAG + 'f' + v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v === null) return TAG + 'None';
  if (v instanceof PyTuple) {
    let k = TAG + 't(';
    for (const x of v.items) {
      const h = hashKey(x);
      if (typeof h === 'object' && comparesByEq(h)) return v;
      k += (typeof h === 'object' ? 'o' + h.id : typeof h === 'number' ? 'n' + h : keyPart(h)) + ',';
    }
    return k + ')';
  }
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && v.cls !== frozensetClass)) {
    // A subclass defining __hash__ is hashable (functools._HashedSeq, a list), compared by __eq__.
    if (!v.cls.isBuiltin && ownHash(v.cls.lookup('__hash__'))) return v;
    throw pyError('TypeError', `unhashable type: '${typeName(v)}'`);
  }
  if (v instanceof PySet) {
    for (const k of v.map.keys()) if (typeof k === 'object' && comparesByEq(k)) return v;
    return (
      TAG +
      'fs(' +
      [...v.map.keys()]
        .map((k) => (typeof k === 'object' ? 'o' + k.id : typeof k === 'number' ? String(k) : keyPart(k)))
        .sort()
        .join(',') +
      ')'
    );
  }
  if (v instanceof PyComplex) return v.im === 0 ? hashKey(v.re) : `${TAG}c${v.re},${v.im}`;
  if (v instanceof PyBytes) return TAG + 'b' + Array.from(v.data).join(',');
  // Values equal by content (types.GenericAlias) give their own key.
  const structural = (v as { structuralKey?: () => string }).structuralKey;
  if (structural !== undefined) return TAG + structural.call(v);
  if (v.cls.slots.hash !== undefined) return v;
  // A builtin class whose __hash__ is None (collections.deque).
  if (v.cls.isBuiltin && v.cls.dict!.get('__hash__') === null)
    throw pyError('TypeError', `unhashable type: '${typeName(v)}'`);
  if (!v.cls.isBuiltin) {
    const h = v.cls.lookup('__hash__');
    if (h === null) throw pyError('TypeError', `unhashable type: '${typeName(v)}'`);
    if (ownHash(h)) return v;
    // A subclass of int, float or str keeps its value's hash, and its value's key unless it has its own __eq__.
    if (v instanceof PyBoxed) return ownHash(v.cls.lookup('__eq__')) ? v : hashKey(v.value);
    // object's own __eq__ is identity, so plain object() instances hash by identity too; a class
    // with its own __eq__ keeps a hash only by naming one (`__hash__ = object.__hash__`).
    if (v.cls !== objectClass && v.cls.dict!.has('__eq__') && !v.cls.dict!.has('__hash__'))
      throw pyError('TypeError', `unhashable type: '${typeName(v)}'`);
  }
  return v;
}

/**
 * The key of `v` as a dict key (`role` 'a dict key') or set element ('a set element'). From 3.14
 * CPython rewords a TypeError from hashing there: "cannot use 'list' as a dict key (unhashable
 * type: 'list')", naming the key's type (module-qualified outside builtins and __main__) and then
 * the original message; hash(v) itself keeps the bare message.
 */
type KeyRole = 'a dict key' | 'a set element';

function containerKey(v: PyValue, role: KeyRole): HashKey {
  if (typeof v !== 'object' || v === null || run.minor < 14) return hashKey(v);
  return inRole(v, role, () => hashKey(v));
}

/** `f()`, hashing `v` in `role`: from 3.14 a TypeError it raises is reworded as containerKey says. */
function inRole<T>(v: PyValue, role: KeyRole, f: () => T): T {
  if (run.minor < 14) return f();
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PyExc) || e.exc.cls !== getExcClass('TypeError')) throw e;
    const t = typeOf(v);
    const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
    throw pyError('TypeError', `cannot use '${name}' as ${role} (${excStr(e.exc)})`);
  }
}

/**
 * The key under which `m` holds a key equal to `v` (whose hashKey is `k`), or else `k`, the key to
 * store `v` under. A value compared by identity or by its key needs the Map alone until `m` keeps
 * its hash index (keymap.ts); from then on, and for a value compared by a user `__eq__`, the keys
 * of equal Python hash (`h` when already known) are compared, identity first, in the order CPython's
 * table meets them (insertion order, a deleted key's place reused), starting again if a comparison
 * changed `m`.
 */
export function findKey(m: PyKeyLookup, v: PyValue, k: HashKey, h?: bigint, role?: KeyRole): HashKey {
  const byEq = typeof k === 'object' && comparesByEq(k);
  if (m.buckets === undefined) {
    if (!byEq) return k;
    m.index(hooks.keyHash);
  }
  if (!byEq && m.has(k)) return k;
  if (h === undefined) h = role === undefined ? hooks.keyHash(v) : inRole(v, role, () => hooks.keyHash(v));
  search: for (;;) {
    const bucket = m.buckets?.get(h);
    if (bucket === undefined) break;
    for (const s of bucket.slice()) {
      if (s === null) continue;
      if (s.key === v) return s.mk;
      // Two keys compared by their keys are equal only if their keys are.
      if (!byEq && !(typeof s.mk === 'object' && comparesByEq(s.mk))) continue;
      const same = eq(s.key, v);
      if (m.slots?.get(s.mk) !== s) continue search;
      if (same) return s.mk;
    }
    break;
  }
  // The very object, stored under another hash (its hash changed since): CPython's table does not
  // find it, and storing it adds it again. A map key of its own, then, which the Map lacks.
  if (byEq && m.has(k)) k = new PyTuple([v]);
  m.pend(k, h);
  return k;
}

/** The key `m` holds `x` under, `x` being stored in `src` under `mk` (with src's stored hash). */
export function keyFrom(m: PyKeyLookup, src: PyKeyLookup, mk: HashKey, x: PyValue): HashKey {
  return findKey(m, x, mk, src.hashOf(mk));
}

/** Whether every key of `a` is in `b` (a set's subset test). */
export function keysWithin(a: PyKeyMap<PyValue>, b: PyKeyMap<PyValue>): boolean {
  for (const [k, x] of a) if (!b.has(keyFrom(b, a, k, x))) return false;
  return true;
}

/**
 * hashKey(v) for a str, or an int a JS number holds exactly; undefined for any other value. Such a
 * key is compared by value, so findKey returns it as it is while the map keeps no hash index: the
 * dict and set lookups of the common keys skip findKey's and containerKey's calls (a word-count
 * loop's `counts.get(w, 0)` and `counts[w] = ...` made three calls per key).
 */
function plainKey(v: PyValue): HashKey | undefined {
  if (typeof v === 'string') return v.charCodeAt(0) === 0 ? TAG + 's' + v : v;
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
  return undefined;
}

/** The key of `v` in dict storage `m` (containerKey's dict wording). */
export function dictKey(m: PyKeyLookup, v: PyValue): HashKey {
  if (m.buckets === undefined) {
    const k = plainKey(v);
    if (k !== undefined) return k;
  }
  return findKey(m, v, containerKey(v, 'a dict key'), undefined, 'a dict key');
}

/** The key of `v` in set storage `m` (containerKey's set wording). */
export function setKey(m: PyKeyLookup, v: PyValue): HashKey {
  if (m.buckets === undefined) {
    const k = plainKey(v);
    if (k !== undefined) return k;
  }
  return findKey(m, v, containerKey(v, 'a set element'), undefined, 'a set element');
}

/**
 * The key a set looks `v` up by for `in`, remove() and discard(): a set (unhashable) is looked up
 * as the frozenset of its elements, as CPython's set_contains_key retries it.
 */
export function setProbeKey(m: PyKeyLookup, v: PyValue): HashKey {
  if (v instanceof PySet && !v.cls.isSubclassOf(frozensetClass)) {
    const f = new PySet(frozensetClass);
    f.map = v.map;
    return findKey(m, f, hashKey(f));
  }
  return setKey(m, v);
}

export function pyHash(v: PyValue): bigint {
  if (typeof v === 'bigint') return v === -1n ? -2n : v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  // The one str hash CPython does not randomise.
  if (v === '') return 0n;
  // bytes hash as the str of the same code points, as in CPython (hash(b'ab') == hash('ab')).
  if (v instanceof PyBytes) {
    let s = '';
    for (const b of v.data) s += String.fromCharCode(b);
    return pyHash(s);
  }
  // A read-only memoryview hashes as the bytes it shows.
  if (typeof v === 'object' && v !== null) {
    const asText = (v as { hashText?: () => string }).hashText;
    if (asText !== undefined) return pyHash(asText.call(v));
  }
  const key = hashKey(v);
  if (typeof key === 'number') return BigInt(key);
  if (typeof key === 'object') return BigInt(key.id);
  // A deterministic string hash (Python's is randomised per process anyway).
  const k = keyText(key);
  let h = 0n;
  for (let i = 0; i < k.length; i++) h = (h * 1000003n + BigInt(k.charCodeAt(i))) & 0xfffffffffffffn;
  return h;
}

// ------------------------------------------------------------------ repr / str

/** Guards `[...]` style reprs against self-containing containers. */
const reprStack = new Set<PyObject>();

/**
 * The public modules compiled into every CPython 3.11-3.14 (sys.builtin_module_names), whose repr
 * says "(built-in)"; the others name a file, which differs from machine to machine.
 */
const BUILT_IN_MODULES = new Set([
  'atexit',
  'builtins',
  'errno',
  'faulthandler',
  'gc',
  'itertools',
  'marshal',
  'posix',
  'pwd',
  'sys',
  'time',
]);

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'bigint': {
      const n = Number(v); // exact when safe: see decimalDigits
      if (Number.isSafeInteger(n)) return '' + n;
      if (tooManyDigits(v)) throw pyError('ValueError', TOO_MANY_DIGITS);
      return v.toString();
    }
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (!v.cls.isBuiltin) {
    const r = v.cls.lookup('__repr__');
    if (r !== undefined && !(r instanceof PyNativeMethod && r.owner === objectClass)) {
      const s = callMethod(r, v, []);
      if (typeof s !== 'string') throw pyError('TypeError', `__repr__ returned non-string (type ${typeName(s)})`);
      return s;
    }
  }
  return builtinRepr(v);
}

/** `body()`, or `recursive` when it is called again for `v` within itself (CPython's Py_ReprEnter). */
export function reprGuarded(v: PyObject, recursive: string, body: () => string): string {
  if (reprStack.has(v)) return recursive;
  reprStack.add(v);
  try {
    return body();
  } finally {
    reprStack.delete(v);
  }
}

/** The repr a built-in type gives `v`, without looking for a `__repr__` of `v`'s own class. */
export function builtinRepr(v: PyObject): string {
  if (v instanceof PyBoxed) return repr(v.value);
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
    if (reprStack.has(v)) return v instanceof PyList ? '[...]' : v instanceof PyDict ? '{...}' : '(...)';
    reprStack.add(v);
    try {
      if (v instanceof PyList) return '[' + v.items.map(repr).join(', ') + ']';
      if (v instanceof PyTuple)
        return v.items.length === 1 ? '(' + repr(v.items[0]) + ',)' : '(' + v.items.map(repr).join(', ') + ')';
      if (v instanceof PyDict) {
        const parts: string[] = [];
        for (const e of v.map.values()) parts.push(repr(e.key) + ': ' + repr(e.value));
        return '{' + parts.join(', ') + '}';
      }
      if (run.toolReprs === 0) noteHashOrder(v, 'shown');
      const items = hooks.setOrder(v).map(repr);
      const name = v.cls === frozensetClass ? 'frozenset' : v.cls === setClass ? '' : v.cls.name;
      if (items.length === 0) return (name || 'set') + '()';
      return name ? `${name}({${items.join(', ')}})` : '{' + items.join(', ') + '}';
    } finally {
      reprStack.delete(v);
    }
  }
  if (v instanceof PyExceptionObject) {
    const name = v.cls.name;
    const args = osErrorArgs(v);
    if (args.length === 1) return `${name}(${repr(args[0])})`;
    return `${name}(${args.map(repr).join(', ')})`;
  }
  if (v instanceof PyClass) {
    const mod = v.module === 'builtins' ? '' : v.module + '.';
    return `<class '${mod}${v.qualname}'>`;
  }
  if (v instanceof PyFunctionBase) return `<function ${v.qualname} at ${addressOf(v)}>`;
  if (v instanceof PyNativeFunction) {
    if (v.self !== undefined) return `<built-in method ${v.name} of ${typeName(v.self)} object at ${addressOf(v)}>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyNativeMethod)
    return `<${v.slotWrapper ? 'slot wrapper' : 'method'} '${v.name}' of '${v.owner.name}' objects>`;
  if (v instanceof PyBoundMethod) {
    const f = v.func;
    const qn =
      f instanceof PyFunctionBase ? f.qualname : f instanceof PyNativeMethod ? `${f.owner.name}.${f.name}` : '?';
    if (f instanceof PyNativeMethod) {
      const kind = f.slotWrapper ? `method-wrapper '${f.name}'` : `built-in method ${f.name}`;
      return `<${kind} of ${typeName(v.self)} object at ${addressOfValue(v.self)}>`;
    }
    return `<bound method ${qn} of ${repr(v.self)}>`;
  }
  if (v instanceof PyRange)
    return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyModule) return moduleRepr(v);
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v === Ellipsis) return 'Ellipsis';
  if (v === NotImplemented) return 'NotImplemented';
  const custom = v.cls.lookup('__repr__');
  if (custom instanceof PyNativeMethod && custom.owner !== objectClass) {
    const s = custom.fn(v, [], null);
    if (typeof s === 'string') return s;
  }
  return objectRepr(v);
}

/** `object.__repr__`: the class and the address, whatever `__repr__` the class defines. */
export function objectRepr(v: PyObject): string {
  const mod = v.cls.module === 'builtins' ? '' : v.cls.module + '.';
  return `<${mod}${v.cls.qualname} object at ${addressOf(v)}>`;
}

function complexRepr(c: PyComplex): string {
  const im = floatRepr(c.im).replace(/\.0$/, '');
  if (c.re === 0 && !Object.is(c.re, -0)) return im + 'j';
  const re = floatRepr(c.re).replace(/\.0$/, '');
  const minus = c.im < 0 || Object.is(c.im, -0);
  return `(${re}${minus ? '' : '+'}${im}j)`;
}

function bytesRepr(d: Uint8Array): string {
  let s = '';
  const hasSq = d.includes(39);
  const hasDq = d.includes(34);
  const q = hasSq && !hasDq ? '"' : "'";
  for (const b of d) {
    if (b === 92) s += '\\\\';
    else if (b === 10) s += '\\n';
    else if (b === 13) s += '\\r';
    else if (b === 9) s += '\\t';
    else if (b === 39 && q === "'") s += "\\'";
    else if (b < 32 || b >= 127) s += '\\x' + b.toString(16).padStart(2, '0');
    else s += String.fromCharCode(b);
  }
  return 'b' + q + s + q;
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) {
    if (!v.cls.isBuiltin) {
      const s = v.cls.lookup('__str__');
      // A builtin class's (object's, int's) is found below; a Python class's may be native (datetime's).
      if (s !== undefined && !(s instanceof PyNativeMethod && isNativeClass(s.owner))) {
        const r = callMethod(s, v, []);
        if (typeof r !== 'string') throw pyError('TypeError', `__str__ returned non-string (type ${typeName(r)})`);
        return r;
      }
    }
    if (v instanceof PyExceptionObject) return excStr(v);
    // int and float have no __str__ of their own: object's calls the (maybe overridden) __repr__.
    if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
    for (const c of v.cls.mro) if (c.slots.str !== undefined) return c.slots.str(v);
    // object's __str__ is the class's __repr__, and what that returned is checked as str()'s result.
    const r = v.cls.isBuiltin ? undefined : v.cls.lookup('__repr__');
    if (r !== undefined && !(r instanceof PyNativeMethod && r.owner === objectClass)) {
      const s = callMethod(r, v, []);
      if (typeof s !== 'string') throw pyError('TypeError', `__str__ returned non-string (type ${typeName(s)})`);
      return s;
    }
  }
  return repr(v);
}

/** A SyntaxError that knows where it is: `msg (file, line N)` as CPython's SyntaxError.__str__. */
function syntaxErrorText(e: PyExceptionObject): string | null {
  const d = e.dict;
  if (d === null || !d.has('msg') || !d.has('lineno') || !e.cls.isSubclassOf(getExcClass('SyntaxError'))) return null;
  const msg = str(d.get('msg')!);
  const file = d.get('filename');
  const line = d.get('lineno');
  if (typeof line !== 'bigint') return msg;
  if (typeof file === 'string') return `${msg} (${file.split('/').pop()}, line ${line})`;
  return `${msg} (line ${line})`;
}

export function excStr(e: PyExceptionObject): string {
  if (e.exceptions) {
    const n = e.exceptions.length;
    return `${e.groupMessage} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  // KeyError's str (inherited by its subclasses) is the repr of its one argument.
  if (e.args.length === 1 && e.cls.mro.some((c) => c.isBuiltin && c.name === 'KeyError')) return repr(e.args[0]);
  const unicode = unicodeErrorText(e);
  if (unicode !== null) return unicode;
  const syntax = syntaxErrorText(e);
  if (syntax !== null) return syntax;
  const os = osErrorFields(e);
  if (os !== null && os.errno !== null && os.strerror !== null) {
    const head = `[Errno ${str(os.errno)}] ${str(os.strerror)}`;
    if (os.filename === null) return head;
    return `${head}: ${repr(os.filename)}${os.filename2 === null ? '' : ` -> ${repr(os.filename2)}`}`;
  }
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  return repr(new PyTuple(e.args));
}

// ------------------------------------------------------------------ attributes

/** An instance of a class of the program's (a descriptor if its class has `__get__`, `__set__` or `__delete__`). */
function userInstance(v: PyValue | undefined): v is PyObject {
  return v instanceof PyObject && v.constructor === PyObject && !v.cls.isBuiltin;
}

/** A data descriptor's class attribute (`__set__` or `__delete__`): it wins over the instance's dict. */
function isDataDescriptor(v: PyObject): boolean {
  return v.cls.lookup('__set__') !== undefined || v.cls.lookup('__delete__') !== undefined;
}

/** A property's value for `obj`: its getter's result. */
export function propertyGet(v: PyProperty, obj: PyValue): PyValue {
  if (v.fget === null) throw pyError('AttributeError', `property object has no getter`);
  return call(v.fget, [obj], null);
}

function bindDescriptor(v: PyValue, obj: PyValue, cls: PyClass): PyValue {
  if (v instanceof PyFunctionBase || v instanceof PyNativeMethod) return new PyBoundMethod(v, obj);
  if (v instanceof PyStaticMethod) return v.func;
  if (v instanceof PyClassMethod) return new PyBoundMethod(v.func, cls);
  if (v instanceof PyProperty) return propertyGet(v, obj);
  if (userInstance(v)) {
    const get = v.cls.lookup('__get__');
    if (get !== undefined) return callMethod(get, v, [obj, cls]);
  }
  return v;
}

/** Hook so that asyncio/native objects can expose computed attributes. */
type AttrGetter = (obj: PyObject, name: string) => PyValue | undefined;

export function getattr(obj: PyValue, name: string): PyValue {
  const r = getattrOpt(obj, name);
  if (r !== undefined) return r;
  throw attributeError(obj, name);
}

/**
 * Set by the standard library: the dotted name (`asyncio.create_subprocess_exec`) when `name` is one
 * CPython has on `obj` and Loopline does not simulate; null for a plain missing attribute.
 */
export const unsimulatedNames: { find: ((obj: PyValue, name: string) => string | null) | null } = { find: null };

export function attributeError(obj: PyValue, name: string): PyExc {
  const unsimulated = unsimulatedNames.find?.(obj, name);
  if (unsimulated) return pyError('NotSimulatedError', `${unsimulated} is not simulated in Loopline`);
  const e =
    obj instanceof PyClass && name === '__abstractmethods__'
      ? pyError('AttributeError', name)
      : obj instanceof PyClass
        ? pyError('AttributeError', `type object '${obj.tpName ?? obj.name}' has no attribute '${name}'`)
        : obj instanceof PyModule
          ? pyError('AttributeError', `module '${obj.name}' has no attribute '${name}'`)
          : pyError('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
  return withAttributeContext(e, obj, name);
}

/** AttributeError's `name` and `obj`: the lookup that failed, unless whoever raised it set them. */
function withAttributeContext(e: PyExc, obj: PyValue, name: string): PyExc {
  const d = e.exc.dict;
  if (d !== null && e.exc.cls.isSubclassOf(getExcClass('AttributeError')) && !d.has('name')) {
    d.set('name', name);
    d.set('obj', obj);
  }
  return e;
}

/** Attribute lookup; undefined when missing (no AttributeError allocation). */
export function getattrOpt(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyClass) return classGetattr(obj, name);
  if (obj instanceof PyObject) {
    const custom = ownGetattribute(obj.cls);
    if (custom !== undefined) return customGetattr(custom, obj, name);
  }
  return genericGetattrOpt(obj, name, true);
}

/** A class's own __getattribute__, then (when it raises AttributeError) its __getattr__. */
function customGetattr(custom: PyValue, obj: PyObject, name: string): PyValue {
  try {
    return callMethod(custom, obj, [name]);
  } catch (e) {
    return getattrAfter(e, obj, name);
  }
}

/** After `e` from an attribute read of `obj`: the class's __getattr__ when `e` is an AttributeError (CPython's slot_tp_getattr_hook), else `e` again. */
function getattrAfter(e: unknown, obj: PyObject, name: string): PyValue {
  const ga = obj.cls.lookup('__getattr__');
  if (ga === undefined || !(e instanceof PyExc) || !e.exc.cls.isSubclassOf(getExcClass('AttributeError'))) throw e;
  try {
    return callMethod(ga, obj, [name]);
  } catch (e2) {
    throw e2 instanceof PyExc ? withAttributeContext(e2, obj, name) : e2;
  }
}

/** A class attribute's value for `obj`; for a plain attribute read of a class with __getattr__, that on an AttributeError from a descriptor. */
function boundOrGetattr(clsAttr: PyValue, obj: PyValue, cls: PyClass, name: string, withGetattr: boolean): PyValue {
  if (!withGetattr || !(obj instanceof PyObject) || cls.isBuiltin) return bindDescriptor(clsAttr, obj, cls);
  try {
    return bindDescriptor(clsAttr, obj, cls);
  } catch (e) {
    return getattrAfter(e, obj, name);
  }
}

/**
 * object.__getattribute__: the class's descriptors and the instance's dict; `withGetattr` adds the
 * class's __getattr__ after them (a plain attribute read), which object.__getattribute__ itself lacks.
 */
export function genericGetattrOpt(obj: PyValue, name: string, withGetattr: boolean): PyValue | undefined {
  if (obj instanceof PyClass) return classGetattr(obj, name);
  const cls = typeOf(obj);
  if (obj instanceof PyObject && (obj as { attrHookFirst?: boolean }).attrHookFirst) {
    // Proxies (super()) resolve every name themselves.
    const v = (obj as unknown as { getAttr: AttrGetter }).getAttr(obj, name);
    if (v !== undefined) return v;
  }
  const clsAttr = cls.lookup(name);
  if (clsAttr instanceof PyProperty || (userInstance(clsAttr) && isDataDescriptor(clsAttr)))
    return boundOrGetattr(clsAttr, obj, cls, name, withGetattr);
  if (obj instanceof PyObject) {
    const d = obj.dict;
    if (d !== null) {
      const v = d.get(name);
      if (v !== undefined) return v;
      // A module's name a run makes only when first needed (runtime/lazy-names.ts; `__dict__` lists them all).
      if (obj instanceof PyModule && fillName(obj, name)) {
        const made = d.get(name);
        if (made !== undefined) return made;
      }
    }
    const special = (obj as { getAttr?: AttrGetter }).getAttr;
    if (special) {
      const v = special.call(obj, obj, name);
      if (v !== undefined) return v;
    }
  }
  // An instance reads its class's docstring, a library class's as the class does.
  if (clsAttr === null && name === '__doc__') return classGetattr(cls, name);
  if (clsAttr !== undefined) return boundOrGetattr(clsAttr, obj, cls, name, withGetattr);
  if (name === '__class__') return cls;
  // An instance of a built-in type reads its type's docstring (`(1).__doc__`).
  if (name === '__doc__' && (isNativeClass(cls) || cls.module === 'builtins')) return classGetattr(cls, name);
  // `__dict__` is a descriptor of the instance's class: found before any __getattr__.
  if (name === '__dict__' && obj instanceof PyObject && obj.dict) {
    // A module's names still to come are made first (runtime/lazy-names.ts).
    if (obj instanceof PyModule) fillAll(obj);
    return dictFromMap(obj.dict);
  }
  if (obj instanceof PyModule && run.minor >= 14 && (name === '__annotations__' || name === '__annotate__')) {
    // 3.14's module getsets: its annotations made by its __annotate__ (PEP 649), which is None without one.
    if (name === '__annotations__') return moduleAnnotations(obj);
    obj.dict!.set(name, null);
    return null;
  }
  if (withGetattr && obj instanceof PyModule) return moduleGetattr(obj, name);
  // So is `__weakref__` (a class without __slots__ has both): None until a weak reference exists.
  if (name === '__weakref__' && obj instanceof PyObject && obj.dict && !cls.isBuiltin)
    return weakrefHead.find === null ? null : weakrefHead.find(obj);
  if (withGetattr && obj instanceof PyObject && !cls.isBuiltin) {
    const ga = cls.lookup('__getattr__');
    if (ga !== undefined) {
      try {
        return callMethod(ga, obj, [name]);
      } catch (e) {
        throw e instanceof PyExc ? withAttributeContext(e, obj, name) : e;
      }
    }
  }
  return undefined;
}

/**
 * A module's own `__getattr__(name)` (PEP 562), called for a name its dict lacks. When it raises
 * AttributeError for a name CPython has there and Loopline lacks, the error says so.
 */
function moduleGetattr(m: PyModule, name: string): PyValue | undefined {
  const ga = m.dict?.get('__getattr__');
  if (ga === undefined) return undefined;
  try {
    return call(ga, [name], null);
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    if (e.exc.cls.isSubclassOf(getExcClass('AttributeError')) && unsimulatedNames.find?.(m, name)) {
      throw attributeError(m, name);
    }
    throw withAttributeContext(e, m, name);
  }
}
/** Set by weakref's natives: `obj.__weakref__`, the head of its weak references (None without any). */
export const weakrefHead: { find: ((obj: PyObject) => PyValue) | null } = { find: null };

/** Hook installed by the mappingproxy type: a class's `__dict__`. */
let classDictOf: (cls: PyClass) => PyValue = () => null;
export function setClassDictOf(f: (cls: PyClass) => PyValue): void {
  classDictOf = f;
}

/** Hook installed by the dict type so that `__dict__` can be materialised. */
let dictFromMap: (m: Map<string, PyValue>) => PyValue = () => null;
export function setDictFromMap(f: (m: Map<string, PyValue>) => PyValue): void {
  dictFromMap = f;
}

/** The methods of `type` a class answers with bound to itself (`C.mro`, `C.__instancecheck__`). */
const TYPE_METHODS = new Set(['mro', '__subclasses__', '__instancecheck__', '__subclasscheck__']);

/** A built-in type (object and type are made before builtinClass exists, so they are not marked built-in). */
/** A class of Loopline's own runtime (not one a Python source defines, the program's or the library's). */
function isNativeClass(c: PyClass): boolean {
  return c.isBuiltin || c === objectClass || c === typeClass;
}

setAnnotationsCall((fn, args) => call(fn, args, null));

function classGetattr(cls: PyClass, name: string): PyValue | undefined {
  // type's `__dict__` descriptor: a read-only view of the class's own namespace, before the
  // instances' `__dict__` descriptor the class's dict holds.
  if (name === '__dict__') {
    fillAll(cls);
    return classDictOf(cls);
  }
  if (name === '__annotations__' && !cls.isBuiltin) return ownAnnotations(cls);
  if (name === '__annotate__' && run.minor >= 14 && !cls.isBuiltin) return classAnnotate(cls);
  // type's __abstractmethods__ descriptor reads the class's own dict: a class abc has not yet
  // initialised (inside __init_subclass__) does not answer with its base's.
  if (name === '__abstractmethods__') return cls.dict?.get(name);
  // A library class without a docstring of its own stands for CPython's (builtin-docs.ts).
  if (name === '__doc__' && cls.module !== 'builtins' && (cls.dict?.get(name) ?? null) === null)
    return libraryDoc(`${cls.module}.${cls.qualname}`);
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyClassMethod) return new PyBoundMethod(v.func, cls);
    if (v instanceof PyStaticMethod) return v.func;
    if (userInstance(v)) {
      const get = v.cls.lookup('__get__');
      if (get !== undefined) return callMethod(get, v, [null, cls]);
    }
    return v;
  }
  switch (name) {
    case '__name__':
      return cls.name;
    case '__qualname__':
      return cls.qualname;
    case '__module__':
      return cls.module;
    case '__mro__':
      return new PyTuple(cls.mro);
    case '__bases__':
      return new PyTuple(cls.bases);
    case '__base__':
      return cls.bases.length ? bestBase(cls.bases) : null;
    case '__class__':
      return cls.cls;
    case '__doc__':
      // A class statement without a docstring still has one: None; a built-in type has CPython's.
      // (bytearray is made apart from builtinClass, and says so only by its module.)
      return isNativeClass(cls)
        ? builtinTypeDoc(cls)
        : cls.module === 'builtins'
          ? (builtinTypeDoc(cls) ?? null)
          : null;
    case '__text_signature__':
      return textSignature(cls);
    case '__type_params__':
      return run.minor >= 12 ? new PyTuple([]) : undefined;
    case '__flags__':
    case '__basicsize__':
    case '__itemsize__':
    case '__dictoffset__':
    case '__weakrefoffset__':
      return BigInt(layoutOf(cls)[name.slice(2, -2) as keyof Layout]);
  }
  // Metaclass attributes (type's own mro(), a metaclass's methods), then a metaclass's __getattr__.
  const meta = cls.cls.lookup(name);
  if (meta !== undefined && (cls.cls !== typeClass || TYPE_METHODS.has(name)))
    return bindDescriptor(meta, cls, cls.cls);
  if (cls.cls !== typeClass && !cls.cls.isBuiltin) {
    const ga = cls.cls.lookup('__getattr__');
    if (ga !== undefined) {
      try {
        return callMethod(ga, cls, [name]);
      } catch (e) {
        throw e instanceof PyExc ? withAttributeContext(e, cls, name) : e;
      }
    }
  }
  return undefined;
}

/** `obj.name = value`: a class's own `__setattr__` decides first, as CPython's type slot does. */
export function setattr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyObject && !obj.cls.isBuiltin) {
    const sa = obj.cls.lookup('__setattr__');
    // A builtin __setattr__ (object's) is the generic one; another native the class names so
    // (`__setattr__ = dict.__setitem__`) is called like a Python method.
    if (sa !== undefined && !(sa instanceof PyNativeMethod && sa.name === '__setattr__')) {
      callMethod(sa, obj, [name, value]);
      return;
    }
  }
  genericSetattr(obj, name, value);
}

/**
 * The standard-library modules CPython 3.11-3.14 load frozen (Tools/build/freeze_modules.py):
 * their repr says so, though they have a `__file__`.
 */
const FROZEN_MODULES = new Set(['abc', 'codecs', 'io', 'os', 'posixpath']);

/**
 * A module's repr as importlib's: its `__name__`, and where it came from when it has a
 * `__file__` (`<module '__main__' from '/path/prog.py'>`); a built-in or frozen module says so.
 */
function moduleRepr(m: PyModule): string {
  // A library module given CPython's __spec__ (stdlib/module-dunders.ts) says what it says.
  fillName(m, '__spec__');
  const where = m.dict?.get('__spec__') instanceof PyObject ? cpythonSpec(m.name)?.[1] : undefined;
  if (where === 'built-in' || where === 'frozen') return `<module '${m.name}' (${where})>`;
  if (where === undefined && BUILT_IN_MODULES.has(m.name)) return `<module '${m.name}' (built-in)>`;
  if (where === undefined && FROZEN_MODULES.has(m.name)) return `<module '${m.name}' (frozen)>`;
  const name = m.dict?.get('__name__');
  const shown = typeof name === 'string' ? repr(name) : "'?'";
  const file = m.dict?.get('__file__');
  return typeof file === 'string' ? `<module ${shown} from ${repr(file)}>` : `<module ${shown}>`;
}

/** `exc.__traceback__ = tb`: set by the interpreter, which owns traceback objects (interp/frame-objects.ts). */
export const excTracebackSetter: { set: ((e: PyExceptionObject, tb: PyValue) => void) | null } = { set: null };

/** object.__setattr__: a data descriptor's setter, else the instance's own attribute. */
export function genericSetattr(obj: PyValue, name: string, value: PyValue): void {
  if (name === '__class__') return setClassOf(obj, value);
  if (obj instanceof PyExceptionObject) {
    if (name === '__traceback__' && excTracebackSetter.set !== null) return excTracebackSetter.set(obj, value);
    if (setExceptionLink(obj, name, value)) return;
    // BaseException.args is a descriptor: what is assigned becomes the tuple str() and args show.
    if (name === 'args') {
      obj.args = iterToArray(value);
      return;
    }
  }
  if (obj instanceof PyObject) {
    const cls = obj.cls;
    if (!cls.isBuiltin || obj instanceof PyClass) {
      if (!(obj instanceof PyClass)) {
        const desc = cls.lookup(name);
        if (desc instanceof PyProperty) {
          if (desc.fset === null)
            throw pyError('AttributeError', `property '${name}' of '${cls.qualname}' object has no setter`);
          call(desc.fset, [obj, value], null);
          return;
        }
        if (userInstance(desc)) {
          const set = desc.cls.lookup('__set__');
          if (set !== undefined) {
            callMethod(set, desc, [obj, value]);
            return;
          }
        }
      } else {
        if (name === '__bases__') return setBases(obj, value);
        if (name === '__annotations__' && run.minor >= 14) {
          setClassAnnotations(obj, value);
          return;
        }
        classChanged(obj);
        if (setClassName(obj, name, value)) return;
      }
      // An instance without a __dict__ (object()) falls through to CPython's AttributeError.
      if (obj.dict !== null) {
        const old = run.lifetimesSeen ? obj.dict.get(name) : undefined;
        obj.dict.set(name, value);
        releaseValue(old);
        return;
      }
    }
    const setter = (obj as { setAttr?: (name: string, v: PyValue) => boolean }).setAttr;
    if (setter && setter.call(obj, name, value)) return;
    if (obj.dict) {
      const old = run.lifetimesSeen ? obj.dict.get(name) : undefined;
      obj.dict.set(name, value);
      releaseValue(old);
      return;
    }
  }
  throw classAttributeError(obj, name, false) ?? noDictError(obj, name);
}

/**
 * Setting or deleting an attribute that an object without a `__dict__` has from its class: a
 * builtin's getset descriptor is not writable, named by the class that defines it (bool's `real` is
 * int's); a member descriptor (complex's `real`, range's and slice's `start`) is a readonly attribute; `__class__` cannot be deleted; anything
 * else of the class is read-only on the instance. Null when the class lacks the name.
 */
function classAttributeError(obj: PyValue, name: string, deleting: boolean): PyExc | null {
  if (deleting && name === '__class__') return pyError('TypeError', "can't delete __class__ attribute");
  const owner = typeOf(obj).mro.find((c) => (fillName(c, name), c.dict?.has(name)));
  // Every class's dict has a __doc__ in CPython (object's at least); builtin-docs.ts gives ours.
  if (owner === undefined && name !== '__doc__') return null;
  const desc = owner?.dict!.get(name);
  if (owner?.isBuiltin && desc instanceof PyProperty) {
    if (desc.cls === memberDescriptorClass) return pyError('AttributeError', 'readonly attribute');
    return pyError('AttributeError', `attribute '${name}' of '${owner.name}' objects is not writable`);
  }
  return pyError('AttributeError', `'${typeName(obj)}' object attribute '${name}' is read-only`);
}

/**
 * Setting or deleting an attribute an object without a `__dict__` lacks. 3.13 says why, unless the
 * class defines its own `__setattr__` or `__delattr__` (CPython words it so only for a type whose
 * setattr slot is the generic one: a frozen dataclass's `object.__setattr__(self, ...)` gets the short
 * message), and gives the error the object and name (so a traceback can suggest a near name);
 * earlier versions neither.
 */
function noDictError(obj: PyValue, name: string): PyExc {
  const short = `'${typeName(obj)}' object has no attribute '${name}'`;
  if (run.minor < 13) return pyError('AttributeError', short);
  const own = typeOf(obj).mro.some(
    (c) => c !== objectClass && !c.isBuiltin && (c.dict?.has('__setattr__') || c.dict?.has('__delattr__')),
  );
  const e = pyError('AttributeError', own ? short : `${short} and no __dict__ for setting new attributes`);
  return withAttributeContext(e, obj, name);
}

/**
 * `C.__name__ = s` and `C.__qualname__ = s` rename the class itself (its repr, its instances'),
 * as CPython's type setters do, without entering the class's __dict__; `__module__` is both.
 */
function setClassName(cls: PyClass, name: string, value: PyValue): boolean {
  if (name !== '__name__' && name !== '__qualname__' && name !== '__module__') return false;
  if (typeof value !== 'string') {
    if (name === '__module__') return false;
    throw pyError('TypeError', `can only assign string to ${cls.name}.${name}, not '${typeName(value)}'`);
  }
  if (name === '__name__') cls.name = value;
  else if (name === '__qualname__') cls.qualname = value;
  else {
    cls.module = value;
    return false;
  }
  return true;
}

/** `obj.__class__ = C`: between classes of the same layout (the same builtin base), never for builtin types. */
function setClassOf(obj: PyValue, value: PyValue): void {
  if (!(value instanceof PyClass))
    throw pyError('TypeError', `__class__ must be set to a class, not '${typeName(value)}' object`);
  if (!(obj instanceof PyObject) || obj instanceof PyClass || obj.cls.isBuiltin || value.isBuiltin)
    throw pyError('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  const solid = (c: PyClass) => c.mro.find((b) => b.isBuiltin);
  if (solid(value) !== solid(obj.cls))
    throw pyError('TypeError', `__class__ assignment: '${value.name}' object layout differs from '${obj.cls.name}'`);
  obj.cls = value;
}

export function delattr(obj: PyValue, name: string): void {
  // `del obj.name` goes through a class's own __delattr__, as CPython's type slot does.
  if (obj instanceof PyObject && !obj.cls.isBuiltin) {
    const da = obj.cls.lookup('__delattr__');
    if (da !== undefined && !(da instanceof PyNativeMethod && da.name === '__delattr__')) {
      callMethod(da, obj, [name]);
      return;
    }
  }
  genericDelattr(obj, name);
}

/** object.__delattr__: a data descriptor's deleter, else the instance's own attribute. */
export function genericDelattr(obj: PyValue, name: string): void {
  if (obj instanceof PyClass && name === '__bases__' && !obj.isBuiltin)
    throw pyError('TypeError', `cannot delete '__bases__' attribute of immutable type '${obj.name}'`);
  if (obj instanceof PyClass) classChanged(obj);
  if (obj instanceof PyClass && name === '__annotations__' && run.minor >= 14 && !obj.isBuiltin) {
    if (setClassAnnotations(obj, undefined)) return;
    throw attributeError(obj, name);
  }
  // A name still to come (runtime/lazy-names.ts) is made first, so that deleting it deletes it for good.
  if (obj instanceof PyObject) fillName(obj, name);
  if (obj instanceof PyExceptionObject && name === 'args') throw pyError('TypeError', 'args may not be deleted');
  // A getset of the object's own (a function's __annotations__).
  const own = obj instanceof PyObject ? (obj as { delAttr?: (name: string) => boolean }).delAttr : undefined;
  if (own !== undefined && own.call(obj, name)) return;
  if (obj instanceof PyObject && (obj.dict || obj.cls.noDict)) {
    if (!obj.cls.isBuiltin) {
      const desc = obj.cls.lookup(name);
      if (desc instanceof PyProperty) {
        if (desc.fdel === null)
          throw pyError('AttributeError', `property '${name}' of '${obj.cls.qualname}' object has no deleter`);
        call(desc.fdel, [obj], null);
        return;
      }
      if (userInstance(desc)) {
        const del = desc.cls.lookup('__delete__');
        if (del !== undefined) {
          callMethod(del, desc, [obj]);
          return;
        }
      }
    }
    const old = obj.dict?.get(name);
    if (obj.dict?.delete(name)) {
      releaseValue(old);
      return;
    }
  }
  const hasDict = obj instanceof PyObject && obj.dict !== null;
  if (hasDict || obj instanceof PyClass || obj instanceof PyModule) throw attributeError(obj, name);
  // No __dict__ to delete from: a class attribute is read-only, anything else is missing.
  throw classAttributeError(obj, name, true) ?? noDictError(obj, name);
}

// ------------------------------------------------------------------ calls

/** Hook: how to instantiate a class (installed by the class machinery in types/object.ts). */
export let instantiate: (cls: PyClass, args: PyValue[], kw: KwArgs) => PyValue = () => {
  throw new Error('instantiate hook missing');
};
export function setInstantiate(f: typeof instantiate): void {
  instantiate = f;
}

/**
 * Calls `f`. The common callables are dispatched here and the rest in callOther, so that this frame,
 * which a recursion through a native (sorted's key, map, a dict's __eq__) has at every level, keeps
 * only a few registers on the JS stack.
 */
export function call(f: PyValue, args: PyValue[], kw: KwArgs): PyValue {
  if (f instanceof PyFunctionBase) return f.call(args, kw);
  if (f instanceof PyNativeFunction) {
    if (kw === null && args.length >= f.directMin && args.length <= f.directMax) return f.direct!(args);
    return f.fn(args, kw);
  }
  return callOther(f, args, kw);
}

function callOther(f: PyValue, args: PyValue[], kw: KwArgs): PyValue {
  if (f instanceof PyBoundMethod) {
    // A method binds any callable (types.MethodType(obj, x)): the object always comes first.
    const m = f.func;
    if (m instanceof PyFunctionBase || m instanceof PyNativeMethod || m instanceof PyNativeFunction)
      return callMethod(m, f.self, args, kw);
    return call(m, [f.self, ...args], kw);
  }
  if (f instanceof PyClass) {
    const slot = f.slots.call;
    if (slot) return slot(f, args, kw);
    if (f.cls !== typeClass) {
      // A metaclass's own __call__ (a singleton registry, say) makes the instances.
      const c = f.cls.lookup('__call__');
      if (c !== undefined && !(c instanceof PyNativeMethod)) return callMethod(c, f, args, kw);
    }
    return instantiate(f, args, kw);
  }
  if (f instanceof PyNativeMethod) {
    // A slot wrapper (int.__add__) words its refusals apart from a method descriptor (str.upper).
    if (args.length === 0)
      throw pyError(
        'TypeError',
        f.slotWrapper
          ? `descriptor '${f.name}' of '${f.owner.name}' object needs an argument`
          : `unbound method ${f.owner.name}.${f.name}() needs an argument`,
      );
    const self = args[0];
    const t = typeOf(self);
    // A type's __new__ takes the class to make (it checks that itself).
    if (t !== f.owner && !t.mro.includes(f.owner) && f.name !== '__new__')
      throw pyError(
        'TypeError',
        f.slotWrapper
          ? `descriptor '${f.name}' requires a '${f.owner.name}' object but received a '${typeName(self)}'`
          : `descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${typeName(self)}' object`,
      );
    return f.fn(self, args.slice(1), kw);
  }
  if (f instanceof PyObject && !f.cls.isBuiltin) {
    const c = f.cls.lookup('__call__');
    // A native __call__ without a direct form is called here, as callMethod would, one JS frame
    // less deep (a recursion through an lru_cache wrapper goes through here at every level).
    if (c instanceof PyNativeMethod && c.direct === null) return c.fn(f, args, kw);
    if (c !== undefined) return callMethod(c, f, args, kw);
  }
  const callHook = (f as { callHook?: (args: PyValue[], kw: KwArgs) => PyValue } | null)?.callHook;
  if (callHook) return callHook.call(f, args, kw);
  // A staticmethod object is callable itself (3.10+): a decorator written as one, say.
  if (f instanceof PyStaticMethod) return call(f.func, args, kw);
  throw pyError('TypeError', `'${typeName(f)}' object is not callable`);
}

/** Call a class attribute as a method of `self` (no bound-method allocation for plain functions). */
export function callMethod(m: PyValue, self: PyValue, args: PyValue[], kw: KwArgs = null): PyValue {
  if (m instanceof PyFunctionBase) return m.callWithSelf(self, args, kw);
  if (m instanceof PyNativeMethod) {
    const n = args.length;
    if (kw === null && n >= m.directMin && n <= m.directMax && (!m.unboxes || typeof self !== 'object'))
      return m.direct!(self, args);
    return m.fn(self, args, kw);
  }
  return callOtherMethod(m, self, args, kw);
}

/** callMethod for any callable but a function or native method (apart, as call's callOther is). */
function callOtherMethod(m: PyValue, self: PyValue, args: PyValue[], kw: KwArgs): PyValue {
  if (m instanceof PyStaticMethod) return call(m.func, args, kw);
  if (m instanceof PyClassMethod) return call(m.func, [typeOf(self), ...args], kw);
  // Any other callable found on the class is called with the instance first (CPython binds
  // functions; for builtins and callables without __get__ this matches what programs use).
  if (m instanceof PyNativeFunction) return m.fn([self, ...args], kw);
  // An object of the program's with __get__ (a mock's MagicProxy) is bound first, as CPython's
  // special-method lookup does; another callable is called without the instance.
  if (userInstance(m)) {
    const get = m.cls.lookup('__get__');
    if (get !== undefined) return call(callMethod(get, m, [self, typeOf(self)]), args, kw);
  }
  return call(m, args, kw);
}

/** `obj.name(*args)` with Python's lookup rules. */
export function callMethodByName(obj: PyValue, name: string, args: PyValue[], kw: KwArgs = null): PyValue {
  if (!(obj instanceof PyClass) && !(obj instanceof PyObject && (obj as { attrHookFirst?: boolean }).attrHookFirst)) {
    const cls = typeOf(obj);
    const m = cls.lookup(name);
    if (m !== undefined && (m instanceof PyFunctionBase || m instanceof PyNativeMethod)) {
      if (obj instanceof PyObject && obj.dict !== null && obj.dict.has(name))
        return call(obj.dict.get(name)!, args, kw);
      return callMethod(m, obj, args, kw);
    }
  }
  return call(getattr(obj, name), args, kw);
}

/** Whether the callable loadMethod returned last is a function of the class, to be called with the object first. */
export const loadedMethod = { unbound: false };

/**
 * `obj.name` as CPython's LOAD_ATTR (method form) finds it for a call, before the call's arguments
 * are evaluated: a function on the class comes back unbound (loadedMethod.unbound), anything else
 * as getattr gives it. Read loadedMethod.unbound at once: evaluating the arguments may load again.
 */
export function loadMethod(obj: PyValue, name: string): PyValue {
  if (
    !(obj instanceof PyClass) &&
    !(obj instanceof PyObject && ((obj as { attrHookFirst?: boolean }).attrHookFirst || ownGetattribute(obj.cls)))
  ) {
    const m = typeOf(obj).lookup(name);
    if (m !== undefined && (m instanceof PyFunctionBase || m instanceof PyNativeMethod)) {
      const own = obj instanceof PyObject && obj.dict !== null ? obj.dict.get(name) : undefined;
      loadedMethod.unbound = own === undefined;
      return own === undefined ? m : own;
    }
  }
  // Set after the lookup: a __getattr__ written in Python loads methods of its own meanwhile.
  const v = getattr(obj, name);
  loadedMethod.unbound = false;
  return v;
}

/** Call what loadMethod returned for `obj`. */
export function callLoaded(m: PyValue, unbound: boolean, obj: PyValue, args: PyValue[], kw: KwArgs): PyValue {
  return unbound ? callMethod(m, obj, args, kw) : call(m, args, kw);
}

/**
 * callLoaded for an argument array made for this call alone, its first element a free slot: a
 * Python method found on the class gets `self` there and may keep the array as its frame's
 * locals; every other callee gets the arguments without the slot.
 */
export function callLoadedOwned(m: PyValue, unbound: boolean, obj: PyValue, slotAndArgs: PyValue[]): PyValue {
  if (unbound && m instanceof PyFunctionBase) {
    slotAndArgs[0] = obj;
    return m.callOwned(slotAndArgs);
  }
  slotAndArgs.shift();
  return unbound ? callMethod(m, obj, slotAndArgs, null) : call(m, slotAndArgs, null);
}

// ------------------------------------------------------------------ iteration

/** A Python iterator seen from JS: `next()` returns undefined when exhausted. */
export interface PyIterator {
  next(): PyValue | undefined;
  /** How many items are left, for `__length_hint__` (the iterators of sized containers). */
  remaining?(): number;
  /**
   * The StopIteration a function raised that ended the last next() (map's, filter's, or theirs
   * under enumerate and zip), or null. Such an iterator is not finished: as CPython's, asked
   * again it goes on with the next item; next() raises this very exception.
   */
  stopped?(): PyExc | null;
}

/** Hook for builtin iterables that are not containers (generators, dict views, ...). */
interface IterableObject {
  pyIter(): PyIterator;
}

function arrayIter(items: PyValue[]): PyIterator {
  let i = 0;
  return { next: () => (i < items.length ? items[i++] : undefined) };
}

/** Range bounds up to this give exact JS numbers for every value of the range and every step past it. */
const RANGE_BOUND = 2n ** 52n;

/**
 * A range of exact JS numbers walked without bigint arithmetic (as the source tier's range loops
 * are), each value handed out as its int: the small ones shared, so a comprehension or sum() over
 * a range allocates no int per value.
 */
class NumberRangeIter implements PyIterator {
  constructor(
    private cur: number,
    private readonly stop: number,
    private readonly step: number,
  ) {}
  next(): PyValue | undefined {
    const c = this.cur;
    if (this.step > 0 ? c >= this.stop : c <= this.stop) return undefined;
    this.cur = c + this.step;
    return smallInt(c);
  }
}

export function getIter(v: PyValue): PyIterator {
  if (v instanceof PyList || v instanceof PyTuple) return arrayIter(v.items);
  if (typeof v === 'string') {
    const chars = Array.from(v);
    return arrayIter(chars);
  }
  if (v instanceof PyDict) {
    const it = v.map.values();
    const size = v.map.size;
    return {
      next: () => {
        if (v.map.size !== size) throw pyError('RuntimeError', 'dictionary changed size during iteration');
        const r = it.next();
        return r.done ? undefined : r.value.key;
      },
    };
  }
  if (v instanceof PySet) return arrayIter(hooks.setOrder(v));
  if (v instanceof PyRange) {
    let cur = v.start;
    const { stop, step } = v;
    if (
      cur >= -RANGE_BOUND &&
      cur <= RANGE_BOUND &&
      stop >= -RANGE_BOUND &&
      stop <= RANGE_BOUND &&
      step <= RANGE_BOUND &&
      step >= -RANGE_BOUND
    )
      return new NumberRangeIter(Number(cur), Number(stop), Number(step));
    return {
      next: () => {
        if (step > 0n ? cur >= stop : cur <= stop) return undefined;
        const r = cur;
        cur += step;
        return r;
      },
    };
  }
  if (v instanceof PyBytes) return arrayIter(Array.from(v.data, (b) => BigInt(b)));
  if (v instanceof PyObject) {
    const special = (v as unknown as Partial<IterableObject>).pyIter;
    if (special) return special.call(v);
    if (!v.cls.isBuiltin) {
      const m = v.cls.lookup('__iter__');
      if (m !== undefined) return pyIteratorOf(callMethod(m, v, []));
      const gi = v.cls.lookup('__getitem__');
      if (gi !== undefined) {
        let i = 0n;
        return {
          next: () => {
            try {
              return callMethod(gi, v, [i++]);
            } catch (e) {
              if (e instanceof PyExc && (isExcOf(e, 'IndexError') || isExcOf(e, 'StopIteration'))) return undefined;
              throw e;
            }
          },
        };
      }
    }
  }
  throw pyError('TypeError', `'${typeName(v)}' object is not iterable`);
}

function isExcOf(e: PyExc, name: string): boolean {
  return e.exc.cls.mro.some((c) => c.name === name && c.isBuiltin);
}

/** Wrap an object returned by `__iter__` (it has `__next__`); also an iterator a library holds (no second `__iter__`). */
export function pyIteratorOf(it: PyValue): PyIterator {
  if (it instanceof PyObject) {
    const special = (it as unknown as Partial<IterableObject>).pyIter;
    if (special) return special.call(it);
  }
  const nx = typeOf(it).lookup('__next__');
  if (nx === undefined) throw pyError('TypeError', `iter() returned non-iterator of type '${typeName(it)}'`);
  return {
    next: () => {
      try {
        return callMethod(nx, it, []);
      } catch (e) {
        if (e instanceof PyExc && isExcOf(e, 'StopIteration')) return undefined;
        throw e;
      }
    },
  };
}

export function iterToArray(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}

// ------------------------------------------------------------------ containers

/** The length a class's own __len__ returned, checked as CPython checks it. */
function lengthFrom(result: PyValue): number {
  const r = toIndex(result);
  if (r < 0n) throw pyError('ValueError', '__len__() should return >= 0');
  // CPython's length is a Py_ssize_t.
  if (r > 0x7fffffffffffffffn) throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
  return Number(r);
}

export function len(v: PyValue): number {
  if (typeof v === 'string') return strLength(v);
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
    const own = v.cls.isBuiltin ? undefined : userOverride(v, '__len__');
    if (own === undefined) return v instanceof PyList || v instanceof PyTuple ? v.items.length : v.map.size;
    return lengthFrom(callMethod(own, v, []));
  }
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyObject) {
    const special = (v as { pyLen?: () => number }).pyLen;
    if (special) return special.call(v);
    if (!v.cls.isBuiltin) {
      const m = v.cls.lookup('__len__');
      if (m !== undefined) return lengthFrom(callMethod(m, v, []));
    }
  }
  throw pyError('TypeError', `object of type '${typeName(v)}' has no len()`);
}

export function contains(container: PyValue, item: PyValue): boolean {
  // A subclass of a builtin container with its own __contains__ (unittest.mock's _CallList).
  const own = userOverride(container, '__contains__');
  if (own !== undefined) return truthy(callMethod(own, container, [item]));
  return containsBuiltin(container, item);
}

/** `item in container` as the builtin types answer it (their own __contains__: no subclass's override). */
export function containsBuiltin(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string')
      throw pyError('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyDict) return container.map.has(dictKey(container.map, item));
  if (container instanceof PySet) return container.map.has(setProbeKey(container.map, item));
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (same(x, item) || eq(x, item)) return true;
    return false;
  }
  if (container instanceof PyRange && isIntLike(item)) {
    const i = asBig(item);
    const { start, stop, step } = container;
    if (step > 0n ? i < start || i >= stop : i > start || i <= stop) return false;
    return (i - start) % step === 0n;
  }
  if (
    container instanceof PyObject &&
    (!container.cls.isBuiltin || container instanceof PyBytes || container.cls.nativeDunders)
  ) {
    const m = container.cls.lookup('__contains__');
    if (m !== undefined) return truthy(callMethod(m, container, [item]));
  }
  if (container instanceof PyObject) {
    let it: PyIterator;
    try {
      it = getIter(container);
    } catch (e) {
      if (e instanceof PyExc) throw pyError('TypeError', `argument of type '${typeName(container)}' is not iterable`);
      throw e;
    }
    for (let x = it.next(); x !== undefined; x = it.next()) if (eq(x, item)) return true;
    return false;
  }
  throw pyError('TypeError', `argument of type '${typeName(container)}' is not iterable`);
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * An index as C's Py_ssize_t: CPython refuses an int outside it before any bounds check
 * (PyNumber_AsSsize_t with IndexError), so `xs[10**30]` does not say "out of range".
 */
function ssizeIndex(idx: PyValue): number {
  const b = toIndex(idx);
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) throw pyError('IndexError', "cannot fit 'int' into an index-sized integer");
  return Number(b);
}

/** `ssizeIndex` for an argument CPython converts with OverflowError (list.pop, list.insert). */
export function ssizeArg(idx: PyValue): number {
  const b = toIndex(idx);
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n)
    throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(b);
}

/** Normalise a Python index against a length (negative counts from the end); -1 when out of range. */
export function normIndex(idx: PyValue, n: number): number {
  let i = ssizeIndex(idx);
  if (i < 0) i += n;
  return i < 0 || i >= n ? -1 : i;
}

/** slice.indices(n): [start, stop, step] clamped as CPython does. */
export function sliceIndices(s: PySlice, n: number): [number, number, number] {
  const step = s.step === null ? 1 : Number(toIndex(s.step));
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const clamp = (v: PyValue, dflt: number, lo: number, hi: number) => {
    if (v === null) return dflt;
    let i = Number(toIndex(v));
    if (i < 0) {
      i += n;
      if (i < lo) i = lo;
    } else if (i > hi) i = hi;
    return i;
  };
  if (step > 0) return [clamp(s.start, 0, 0, n), clamp(s.stop, n, 0, n), step];
  return [clamp(s.start, n - 1, -1, n - 1), clamp(s.stop, -1, -1, n - 1), step];
}

function sliceArray<T>(arr: T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, arr.length);
  if (step === 1) return arr.slice(start, Math.max(start, stop));
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(arr[i]);
  else for (let i = start; i > stop; i += step) out.push(arr[i]);
  return out;
}

/** A user subclass of a builtin container that overrides `name` itself. */
function userOverride(obj: PyValue, name: string): PyValue | undefined {
  if (!(obj instanceof PyObject) || obj.cls.isBuiltin) return undefined;
  for (const c of obj.cls.mro) {
    if (c.isBuiltin) return undefined;
    const m = c.dict!.get(name);
    if (m !== undefined) return m;
  }
  return undefined;
}

/**
 * list's and tuple's own indexing, as `list.__getitem__` does it: also what a subclass's
 * `super().__getitem__(i)` reaches, so it must not look for the subclass's override again.
 */
export function sequenceItem(obj: PyList | PyTuple, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const items = sliceArray(obj.items, key);
    return obj instanceof PyList ? new PyList(items) : new PyTuple(items);
  }
  if (!isIntLike(key) && !(key instanceof PyObject && key.cls.lookup('__index__')))
    throw pyError(
      'TypeError',
      `${obj instanceof PyList ? 'list' : 'tuple'} indices must be integers or slices, not ${typeName(key)}`,
    );
  const i = normIndex(key, obj.items.length);
  if (i < 0) throw pyError('IndexError', `${obj instanceof PyList ? 'list' : 'tuple'} index out of range`);
  return obj.items[i];
}

export function getitem(obj: PyValue, key: PyValue): PyValue {
  // Fast path: an int index into a plain list or tuple (no subclass that could override it).
  if (typeof key === 'bigint' && (obj instanceof PyList || obj instanceof PyTuple) && obj.cls.isBuiltin) {
    const items = obj.items;
    const n = items.length;
    let i = Number(key);
    if (i < 0) i += n;
    if (i >= 0 && i < n) return items[i];
  }
  if (obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyDict) {
    const m = userOverride(obj, '__getitem__');
    if (m !== undefined) return callMethod(m, obj, [key]);
  }
  if (obj instanceof PyList || obj instanceof PyTuple) return sequenceItem(obj, key);
  if (obj instanceof PyDict) {
    const e = obj.map.get(dictKey(obj.map, key));
    if (e !== undefined) return e.value;
    if (obj.cls !== dictClass) {
      const missing = obj.cls.lookup('__missing__');
      if (missing !== undefined) return callMethod(missing, obj, [key]);
    }
    throw new PyExc(keyError(key));
  }
  if (typeof obj === 'string') {
    if (typeof key === 'bigint' && !hasSurrogates(obj)) {
      // Every character is one UTF-16 unit: index the string itself, not an array of it.
      const n = obj.length;
      let i = Number(key);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return obj[i];
      if (normIndex(key, n) < 0) throw pyError('IndexError', 'string index out of range');
    }
    if (key instanceof PySlice && !hasSurrogates(obj)) {
      // One UTF-16 unit per character: slice the string itself (an array of it costs O(n) each time).
      const [start, stop, step] = sliceIndices(key, obj.length);
      if (step === 1) return stop > start ? obj.slice(start, stop) : '';
      let out = '';
      if (step > 0) for (let i = start; i < stop; i += step) out += obj[i];
      else for (let i = start; i > stop; i += step) out += obj[i];
      return out;
    }
    const pairs = pairsOf(obj);
    if (pairs !== null && (typeof key === 'bigint' || (key instanceof PySlice && key.step === null))) {
      // Astral characters, all in pairs: find the units by the pairs' positions (an array of the
      // code points costs O(n) each time, and parsers index one long buffer again and again).
      const n = strLength(obj);
      if (key instanceof PySlice) {
        const [start, stop] = sliceIndices(key, n);
        return stop > start ? obj.slice(pairedCpToUnit(obj, pairs, start), pairedCpToUnit(obj, pairs, stop)) : '';
      }
      let i = Number(key);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        const u = pairedCpToUnit(obj, pairs, i);
        return obj.slice(u, u + (obj.charCodeAt(u) >= 0xd800 && obj.charCodeAt(u) <= 0xdbff ? 2 : 1));
      }
    }
    const chars = Array.from(obj);
    if (key instanceof PySlice) return sliceArray(chars, key).join('');
    if (!isIntLike(key) && !(key instanceof PyObject && key.cls.lookup('__index__')))
      throw pyError('TypeError', `string indices must be integers, not '${typeName(key)}'`);
    const i = normIndex(key, chars.length);
    if (i < 0) throw pyError('IndexError', 'string index out of range');
    return chars[i];
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) {
      const n = obj.length;
      const [start, stop, step] = sliceIndices(key, n);
      const st = BigInt(step);
      return new PyRange(obj.start + BigInt(start) * obj.step, obj.start + BigInt(stop) * obj.step, obj.step * st);
    }
    // A range computes with Python ints: any int is in or out of range, never too big.
    let i = Number(toIndex(key));
    if (i < 0) i += obj.length;
    if (i < 0 || i >= obj.length) throw pyError('IndexError', 'range object index out of range');
    return obj.start + BigInt(i) * obj.step;
  }
  if (obj instanceof PyBytes) {
    if (key instanceof PySlice) {
      // A step-1 slice copies the bytes' range only (reading a long buffer piece by piece stays linear).
      const [start, stop, step] = sliceIndices(key, obj.data.length);
      if (step === 1) return new PyBytes(obj.data.slice(start, Math.max(start, stop)));
      return new PyBytes(Uint8Array.from(sliceArray(Array.from(obj.data), key)));
    }
    const i = normIndex(key, obj.data.length);
    if (i < 0) throw pyError('IndexError', 'index out of range');
    return BigInt(obj.data[i]);
  }
  if (obj instanceof PyClass) {
    const cg = obj.lookup('__class_getitem__');
    if (cg !== undefined) return call(cg instanceof PyClassMethod ? cg.func : cg, [obj, key], null);
    if (obj.cls === typeClass) return hooks.classGetItem(obj, key);
  }
  if (obj instanceof PyObject) {
    const special = (obj as { pyGetItem?: (k: PyValue) => PyValue }).pyGetItem;
    if (special) return special.call(obj, key);
    const m = obj.cls.lookup('__getitem__');
    if (m !== undefined) return callMethod(m, obj, [key]);
  }
  if (obj instanceof PyClass) return hooks.classGetItem(obj, key);
  throw pyError('TypeError', `'${typeName(obj)}' object is not subscriptable`);
}

export function keyError(key: PyValue): PyExceptionObject {
  const e = pyError('KeyError').exc;
  e.args = [key];
  return e;
}

/** list's own item assignment (`list.__setitem__`, which a subclass's super() call reaches). */
export function listStore(obj: PyList, key: PyValue, value: PyValue): void {
  if (key instanceof PySlice) {
    const vals = iterToArray(value);
    const [start, stop, step] = sliceIndices(key, obj.items.length);
    if (step === 1) {
      obj.items.splice(start, Math.max(0, stop - start), ...vals);
      return;
    }
    const idx: number[] = [];
    if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
    else for (let i = start; i > stop; i += step) idx.push(i);
    if (idx.length !== vals.length)
      throw pyError(
        'ValueError',
        `attempt to assign sequence of size ${vals.length} to extended slice of size ${idx.length}`,
      );
    idx.forEach((i, j) => (obj.items[i] = vals[j]));
    return;
  }
  if (!isIntLike(key)) throw pyError('TypeError', `list indices must be integers or slices, not ${typeName(key)}`);
  const i = normIndex(key, obj.items.length);
  if (i < 0) throw pyError('IndexError', 'list assignment index out of range');
  obj.items[i] = value;
}

export function setitem(obj: PyValue, key: PyValue, value: PyValue): void {
  // Fast path: an int index into a plain list (no subclass that could override it).
  if (typeof key === 'bigint' && obj instanceof PyList && obj.cls.isBuiltin) {
    const items = obj.items;
    const n = items.length;
    let i = Number(key);
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      items[i] = value;
      return;
    }
  }
  if (obj instanceof PyList || obj instanceof PyDict) {
    const m = userOverride(obj, '__setitem__');
    if (m !== undefined) {
      callMethod(m, obj, [key, value]);
      return;
    }
  }
  if (obj instanceof PyList) {
    listStore(obj, key, value);
    return;
  }
  if (obj instanceof PyDict) {
    const k = dictKey(obj.map, key);
    const e = obj.map.get(k);
    if (e) e.value = value;
    else obj.map.set(k, { key, value });
    return;
  }
  if (obj instanceof PyObject && obj.cls.operatesByDunders) {
    const m = obj.cls.lookup('__setitem__');
    if (m !== undefined) {
      callMethod(m, obj, [key, value]);
      return;
    }
  }
  throw pyError('TypeError', `'${typeName(obj)}' object does not support item assignment`);
}

/** list's own item deletion (`list.__delitem__`, which a subclass's super() call reaches). */
export function listRemove(obj: PyList, key: PyValue): void {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(key, obj.items.length);
    if (step === 1) {
      obj.items.splice(start, Math.max(0, stop - start));
      return;
    }
    const drop = new Set<number>();
    if (step > 0) for (let i = start; i < stop; i += step) drop.add(i);
    else for (let i = start; i > stop; i += step) drop.add(i);
    obj.items = obj.items.filter((_, i) => !drop.has(i));
    return;
  }
  const i = normIndex(key, obj.items.length);
  if (i < 0) throw pyError('IndexError', 'list assignment index out of range');
  releaseValue(obj.items.splice(i, 1)[0]);
}

export function delitem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyList || obj instanceof PyDict) {
    const m = userOverride(obj, '__delitem__');
    if (m !== undefined) {
      callMethod(m, obj, [key]);
      return;
    }
  }
  if (obj instanceof PyList) {
    listRemove(obj, key);
    return;
  }
  if (obj instanceof PyDict) {
    const k = dictKey(obj.map, key);
    const e = obj.map.get(k);
    if (e === undefined || !obj.map.delete(k)) throw new PyExc(keyError(key));
    releaseValue(e.value);
    return;
  }
  if (obj instanceof PyObject && obj.cls.operatesByDunders) {
    const m = obj.cls.lookup('__delitem__');
    if (m !== undefined) {
      callMethod(m, obj, [key]);
      return;
    }
  }
  // CPython's sequence protocol refuses an index ("doesn't"), its generic check anything else.
  const noSequence =
    obj === null ||
    (typeof obj !== 'object' && typeof obj !== 'string') ||
    (obj instanceof PyObject && (obj.cls === objectClass || obj instanceof PyComplex));
  const sequenceRefusal = isIntLike(key) && !noSequence;
  throw pyError(
    'TypeError',
    `'${typeName(obj)}' object ${sequenceRefusal ? "doesn't" : 'does not'} support item deletion`,
  );
}

// Re-exported for convenience of type modules.
