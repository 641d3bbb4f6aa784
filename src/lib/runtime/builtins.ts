/**
 * The builtin functions (`print`, `len`, `sorted`, ...) and the builtin names that are classes,
 * exceptions and constants. `builtinFunctions()` is the table the interpreter puts in `builtins`.
 */
import { libmHypot } from './libm-hypot';
import {
  type KwArgs,
  PyObject,
  PyBoxed,
  unbox,
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
  PyStaticMethod,
  PyExc,
  PyModule,
  getExcClass,
  Ellipsis,
  NotImplemented,
  intClass,
  boolClass,
  floatClass,
  complexClass,
  strClass,
  bytesClass,
  listClass,
  tupleClass,
  dictClass,
  setClass,
  frozensetClass,
  rangeClass,
  sliceClass,
  allExceptionClasses,
  typeOf,
  typeClass,
  objectClass,
  typeName,
  pyError,
  native,
  type PyValue,
} from './core';
import { siteBuiltins } from './site-builtins';
import {
  truthy,
  str as pyStr,
  repr,
  len as pyLen,
  getIter,
  binop,
  order,
  eq,
  call,
  callMethod,
  callMethodByName,
  getattrOpt,
  attributeError,
  unsimulatedNames,
  getattr as pyGetattr,
  setattr as pySetattr,
  delattr as pyDelattr,
  toIndex,
  sliceIndices,
  getitem,
  isIntLike,
  isNumber,
  asBig,
  hooks,
  type PyIterator,
} from './ops';
import { PyFunctionBase } from './callable';
import { pythonHash } from './hash';
import { run } from './run';
import './types/index';
import { PyIteratorObject, makeIterator, iteratorClassNamed } from './types/iterator';
import { sortedBuiltin, listReverseIterator } from './types/list';
import { bytearrayClass } from './types/bytearray';
import { memoryviewClass } from './types/memoryview';
import { pyFormat, asciiRepr } from './types/format';
import { dictFromMap } from './types/dict';
import { PyUnion } from './types/union';
import { decomposeFloat, floatToInt } from './types/int';
import { rangeReversed } from './types/range';
import { defBuiltinAttr, isExcInstance, hasSurrogates } from './types/util';
import { defNative, defNativeMethod } from './native';
import { signature } from './signature';
import { zeroDivision } from './zero-division';
import { installNumberDunders } from './number-dunders';
import { objectId } from './object-id';

// ------------------------------------------------------------------ helpers

/** callable(v). */
export function isCallable(v: PyValue): boolean {
  if (
    v instanceof PyFunctionBase ||
    v instanceof PyNativeFunction ||
    v instanceof PyNativeMethod ||
    v instanceof PyBoundMethod ||
    v instanceof PyClass ||
    v instanceof PyStaticMethod
  )
    return true;
  if (v instanceof PyObject) {
    if (!v.cls.isBuiltin && v.cls.lookup('__call__') !== undefined) return true;
    if ((v as { callHook?: unknown }).callHook) return true;
  }
  return false;
}

function stopIteration(): PyExc {
  return pyError('StopIteration');
}

// ------------------------------------------------------------------ print

const print = defNative(
  'print',
  "(*args, sep=' ', end='\\n', file=None, flush=False)",
  ([objects, sepArg, endArg, file]) => {
    const args = (objects as PyTuple).items;
    const sep = printSeparator('sep', sepArg, ' ');
    const end = printSeparator('end', endArg, '\n');
    const to = printTarget.resolve(file);
    if (to === null) return null;
    if (to !== undefined) {
      // A file object gets each piece in its own write(), as CPython's print writes them.
      for (let i = 0; i < args.length; i++) {
        if (i > 0) callMethodByName(to, 'write', [sep]);
        const a = args[i];
        callMethodByName(to, 'write', [typeof a === 'string' ? a : pyStr(a)]);
      }
      callMethodByName(to, 'write', [end]);
      return null;
    }
    let text = '';
    try {
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (i > 0) text += sep;
        text += typeof a === 'string' ? a : pyStr(a);
      }
    } catch (e) {
      // CPython has already written the earlier pieces when str() of a later one fails.
      if (text !== '') run.write(text);
      throw e;
    }
    run.write(text + end);
    return null;
  },
);

function printSeparator(what: string, v: PyValue, dflt: string): string {
  if (v === null) return dflt;
  if (typeof v !== 'string') throw pyError('TypeError', `${what} must be None or a string, not ${typeName(v)}`);
  return v;
}

/**
 * Where print(file=...) writes: undefined for the program's output (no file and sys.stdout as it
 * was, or that original stream), null for nowhere (sys.stdout is None), else the file object
 * (the one given, or what the program put in sys.stdout). The sys module tells (stdlib/modules.ts).
 */
export const printTarget: { resolve: (file: PyValue) => PyValue | undefined } = {
  resolve: (file) => (file === null ? undefined : file),
};

// ------------------------------------------------------------------ simple functions

const len = defNative('len', '(obj, /)', (a) => BigInt(pyLen(a[0])));
const reprFn = defNative('repr', '(obj, /)', (a) => repr(a[0]));
const asciiFn = defNative('ascii', '(obj, /)', (a) => asciiRepr(a[0]));
const callableFn = defNative('callable', '(obj, /)', (a) => isCallable(a[0]));

const anyFn = defNative('any', '(iterable, /)', (a) => {
  const it = getIter(a[0]);
  for (let x = it.next(); x !== undefined; x = it.next()) if (truthy(x)) return true;
  return false;
});
const allFn = defNative('all', '(iterable, /)', (a) => {
  const it = getIter(a[0]);
  for (let x = it.next(); x !== undefined; x = it.next()) if (!truthy(x)) return false;
  return true;
});

const chrFn = defNative('chr', '(i, /)', (a) => {
  const i = toIndex(a[0]);
  if (i < 0n || i > 0x10ffffn) throw pyError('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(i));
});

const ordFn = defNative('ord', '(c, /)', (a) => {
  const c = a[0];
  if (typeof c === 'string') {
    const n = hasSurrogates(c) ? pyLen(c) : c.length;
    if (n !== 1) throw pyError('TypeError', `ord() expected a character, but string of length ${n} found`);
    return BigInt(c.codePointAt(0)!);
  }
  if (c instanceof PyBytes) {
    if (c.data.length !== 1)
      throw pyError('TypeError', `ord() expected a character, but string of length ${c.data.length} found`);
    return BigInt(c.data[0]);
  }
  throw pyError('TypeError', `ord() expected string of length 1, but ${typeName(c)} found`);
});

function radix(fname: string, prefix: string, base: number) {
  return defNative(fname, '(number, /)', (a) => {
    const v = toIndex(a[0]);
    return v < 0n ? '-' + prefix + (-v).toString(base) : prefix + v.toString(base);
  });
}

const formatFn = defNative('format', "(value, format_spec='', /)", ([value, spec]) => {
  if (typeof spec !== 'string') throw pyError('TypeError', `format() argument 2 must be str, not ${typeName(spec)}`);
  return pyFormat(value, spec);
});

// ------------------------------------------------------------------ attributes

function attrName(v: PyValue): string {
  if (typeof v !== 'string') throw pyError('TypeError', `attribute name must be string, not '${typeName(v)}'`);
  return v;
}

const getattrFn = defNative('getattr', '(object, name[, default], /)', ([obj, nameArg, dflt]) => {
  const name = attrName(nameArg);
  if (dflt === undefined) return pyGetattr(obj, name);
  try {
    const v = getattrOpt(obj, name);
    return v === undefined ? defaultUnlessUnsimulated(obj, name, dflt) : v;
  } catch (e) {
    if (isExcInstance(e, 'NotSimulatedError')) throw e;
    if (isExcInstance(e, 'AttributeError')) return defaultUnlessUnsimulated(obj, name, dflt);
    throw e;
  }
});

/**
 * A name CPython has and Loopline does not simulate: CPython would return the real object, so the
 * default would take a branch CPython does not; the not-simulated error is raised instead.
 */
const isUnsimulated = (obj: PyValue, name: string): boolean => Boolean(unsimulatedNames.find?.(obj, name));

function defaultUnlessUnsimulated(obj: PyValue, name: string, dflt: PyValue): PyValue {
  if (isUnsimulated(obj, name)) throw attributeError(obj, name);
  return dflt;
}

const hasattrFn = defNative('hasattr', '(obj, name, /)', (a) => {
  const name = attrName(a[1]);
  // CPython has every name Loopline does not simulate: hasattr says True, as there.
  try {
    return getattrOpt(a[0], name) !== undefined || isUnsimulated(a[0], name);
  } catch (e) {
    if (isExcInstance(e, 'NotSimulatedError')) return true;
    if (isExcInstance(e, 'AttributeError')) return isUnsimulated(a[0], name);
    throw e;
  }
});

const setattrFn = defNative('setattr', '(obj, name, value, /)', (a) => {
  pySetattr(a[0], attrName(a[1]), a[2]);
  return null;
});

const delattrFn = defNative('delattr', '(obj, name, /)', (a) => {
  pyDelattr(a[0], attrName(a[1]));
  return null;
});

/** vars(obj); vars() without an argument reads the caller's frame (interp/namespaces.ts). */
export function varsOf(o: PyValue): PyValue {
  if (o instanceof PyObject && o.dict !== null) {
    const d = getattrOpt(o, '__dict__');
    return d !== undefined ? d : dictFromMap(o.dict);
  }
  throw pyError('TypeError', 'vars() argument must have __dict__ attribute');
}

const varsFn = defNative('vars', '([object], /)', ([o]) => {
  if (o === undefined) throw pyError('TypeError', 'vars() without an argument is provided by the interpreter');
  return varsOf(o);
});

// ------------------------------------------------------------------ isinstance / issubclass

/**
 * A metaclass's own `__instancecheck__` / `__subclasscheck__` (typing's Protocol, a program's
 * metaclass), called as CPython calls it; undefined when the class's metaclass is `type`.
 */
function metaclassCheck(
  info: PyClass,
  hook: '__instancecheck__' | '__subclasscheck__',
  arg: PyValue,
): boolean | undefined {
  const meta = typeOf(info);
  if (meta === typeClass) return undefined;
  const m = meta.lookup(hook);
  // type's own check is the MRO walk the caller does anyway.
  return m === undefined || m === typeClass.dict!.get(hook) ? undefined : truthy(callMethod(m, info, [arg]));
}

function classInfoMatch(cls: PyClass, info: PyValue, fname: string, depth = 0, obj?: PyValue): boolean {
  if (info instanceof PyClass) {
    if (cls === info) return true;
    // `obj` is undefined for issubclass; None (null) is an instance like any other.
    const hooked =
      obj === undefined
        ? metaclassCheck(info, '__subclasscheck__', cls)
        : metaclassCheck(info, '__instancecheck__', obj);
    return hooked ?? cls.mro.includes(info);
  }
  if (info instanceof PyTuple) {
    for (const x of info.items) if (classInfoMatch(cls, x, fname, depth + 1, obj)) return true;
    return false;
  }
  if (info instanceof PyUnion) {
    for (const c of info.args) if (classInfoMatch(cls, c, fname, depth + 1, obj)) return true;
    return false;
  }
  if ((info as { parameterizedGeneric?: boolean } | null)?.parameterizedGeneric)
    throw pyError('TypeError', `${fname}() argument 2 cannot be a parameterized generic`);
  // An object whose class defines the check (typing's special forms and aliases): CPython calls it.
  if (info instanceof PyObject) {
    const hook = typeOf(info).lookup(obj === undefined ? '__subclasscheck__' : '__instancecheck__');
    if (hook !== undefined) return truthy(callMethod(hook, info, [obj === undefined ? cls : obj]));
  }
  if (fname === 'isinstance')
    throw pyError('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  throw pyError('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

/**
 * The class an object says it is (`__class__`) when its class defines that otherwise than object
 * does (a weakref proxy, a mock): isinstance() asks it too when the type itself does not match, as
 * CPython's does. Null when it says nothing else.
 */
function declaredClass(v: PyValue, t: PyClass): PyClass | null {
  if (t.isBuiltin) return null;
  const d = t.lookup('__class__');
  if (d === undefined || d === objectClass.dict?.get('__class__')) return null;
  const c = getattrOpt(v, '__class__');
  return c instanceof PyClass && c !== t ? c : null;
}

const isinstanceFn = defNative('isinstance', '(obj, class_or_tuple, /)', (a) => {
  const info = a[1];
  const t = typeOf(a[0]);
  if (info instanceof PyClass && (t === info || typeOf(info) === typeClass)) {
    if (t === info || t.mro.includes(info)) return true;
    return declaredClass(a[0], t)?.mro.includes(info) ?? false;
  }
  if (classInfoMatch(t, info, 'isinstance', 0, a[0])) return true;
  const declared = declaredClass(a[0], t);
  return declared !== null && classInfoMatch(declared, info, 'isinstance', 0, a[0]);
});

const issubclassFn = defNative('issubclass', '(cls, class_or_tuple, /)', (a) => {
  const c = a[0];
  if (!(c instanceof PyClass)) throw pyError('TypeError', 'issubclass() arg 1 must be a class');
  return classInfoMatch(c, a[1], 'issubclass');
});

// ------------------------------------------------------------------ hash / id

const hashFn = defNative('hash', '(obj, /)', (a) => pythonHash(a[0]));

const idFn = defNative('id', '(obj, /)', (a) => objectId(a[0]));

// ------------------------------------------------------------------ numbers

const absFn = defNative('abs', '(x, /)', (a) => {
  const v = a[0];
  switch (typeof v) {
    case 'bigint':
      return v < 0n ? -v : v;
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return Math.abs(v);
  }
  if (v instanceof PyComplex) {
    const r = libmHypot(v.re, v.im);
    if (r === Infinity && Number.isFinite(v.re) && Number.isFinite(v.im))
      throw pyError('OverflowError', 'absolute value too large');
    return r;
  }
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const m = v.cls.lookup('__abs__');
    if (m !== undefined) return callMethod(m, v, []);
  }
  throw pyError('TypeError', `bad operand type for abs(): '${typeName(v)}'`);
});

function roundHalfEvenBig(num: bigint, den: bigint): bigint {
  // num, den > 0
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** round(x, ndigits) for a float, correctly rounded like CPython's double_round. */
function roundFloat(x: number, nd: bigint): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323n) return x;
  if (nd < -308n) return 0 * x;
  const n = Number(nd);
  const [m, e] = decomposeFloat(Math.abs(x));
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  const q = roundHalfEvenBig(num, den);
  const r = Number(`${q}e${-n}`);
  if (!Number.isFinite(r)) throw pyError('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

function roundFloatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  const fl = Math.floor(x);
  const diff = x - fl;
  let r = fl;
  if (diff > 0.5 || (diff === 0.5 && fl % 2 !== 0)) r = fl + 1;
  return floatToInt(r);
}

const roundFn = defNative('round', '(number, ndigits=None)', ([number, nd]) => {
  const noDigits = nd === null;
  if (typeof number === 'number') {
    if (noDigits) return roundFloatToInt(number);
    return roundFloat(number, toIndex(nd!));
  }
  if (typeof number === 'bigint' || typeof number === 'boolean') {
    const v = asBig(number);
    if (noDigits) return v;
    const n = toIndex(nd!);
    if (n >= 0n) return v;
    const p = 10n ** -n;
    const neg = v < 0n;
    const q = roundHalfEvenBig(neg ? -v : v, p) * p;
    return neg ? -q : q;
  }
  if (number instanceof PyObject && !number.cls.isBuiltin) {
    const m = number.cls.lookup('__round__');
    if (m !== undefined) return callMethod(m, number, noDigits ? [] : [nd]);
    if (number instanceof PyBoxed) return roundFn.fn([number.value, nd!], null);
  }
  throw pyError('TypeError', `type ${typeName(number)} doesn't define __round__ method`);
});

const divmodFn = defNative('divmod', '(x, y, /)', ([a, b]) => {
  const numA = typeof a === 'bigint' || typeof a === 'boolean' || typeof a === 'number';
  const numB = typeof b === 'bigint' || typeof b === 'boolean' || typeof b === 'number';
  if (numA && numB) {
    if ((typeof a === 'number' || typeof b === 'number') && (b === 0 || b === 0n || b === false))
      throw zeroDivision('float divmod()');
    return new PyTuple([binop('//', a, b), binop('%', a, b)]);
  }
  if (a instanceof PyObject && !a.cls.isBuiltin) {
    const m = a.cls.lookup('__divmod__');
    if (m !== undefined) {
      const r = callMethod(m, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (b instanceof PyObject && !b.cls.isBuiltin) {
    const m = b.cls.lookup('__rdivmod__');
    if (m !== undefined) {
      const r = callMethod(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (a instanceof PyBoxed || b instanceof PyBoxed) return divmodFn.fn([unbox(a), unbox(b)], null);
  throw pyError('TypeError', `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
});

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyError('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

const powFn = defNative('pow', '(base, exp, mod=None)', ([base, exp, mod]) => {
  if (mod === null) return binop('**', base, exp);
  if (!isIntLike(base) || !isIntLike(exp) || !isIntLike(mod)) {
    if (base instanceof PyObject && !base.cls.isBuiltin) {
      const m = base.cls.lookup('__pow__');
      if (m !== undefined) return callMethod(m, base, [exp, mod]);
    }
    // Each operand's type is asked in turn, as CPython's three-way dispatch does: int's power
    // declines a non-int, float's refuses any modulus, complex's converts both and refuses it.
    const numeric = (v: PyValue) => isNumber(v) || v instanceof PyComplex;
    if (numeric(base) && numeric(exp)) {
      for (const v of [base, exp, mod]) {
        if (v instanceof PyComplex) throw pyError('ValueError', 'complex modulo');
        if (typeof v === 'number') break;
      }
    }
    throw pyError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  let b = asBig(base);
  let e = asBig(exp);
  const m = asBig(mod);
  if (m === 0n) throw pyError('ValueError', 'pow() 3rd argument cannot be 0');
  const am = m < 0n ? -m : m;
  if (e < 0n) {
    b = modInverse(b, am);
    e = -e;
  }
  let r = 1n % am;
  b = ((b % am) + am) % am;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % am;
    b = (b * b) % am;
    e >>= 1n;
  }
  if (m < 0n && r !== 0n) r -= am;
  return r;
});

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

const sumFn = defNative('sum', '(iterable, /, start=0)', ([iterable, start]) => {
  if (typeof start === 'string') throw pyError('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) throw pyError('TypeError', "sum() can't sum bytes [use b''.join(seq) instead]");
  const it = getIter(iterable);
  let result: PyValue = start;
  let item: PyValue | undefined;
  // Fast path: machine-sized ints (CPython leaves it on overflow or a non-int item).
  if (typeof result === 'bigint' && result >= INT64_MIN && result <= INT64_MAX) {
    let acc: bigint = result;
    for (;;) {
      item = it.next();
      if (item === undefined) return acc;
      if (typeof item === 'bigint' || typeof item === 'boolean') {
        const b = typeof item === 'boolean' ? (item ? 1n : 0n) : item;
        const s = acc + b;
        if (b >= INT64_MIN && b <= INT64_MAX && s >= INT64_MIN && s <= INT64_MAX) {
          acc = s;
          continue;
        }
      }
      break;
    }
    result = binop('+', acc, item);
  }
  // Float path with Neumaier compensated summation (CPython 3.12+; 3.11 adds plainly, as the loop below).
  if (typeof result === 'number' && run.minor >= 12) {
    let f = result;
    let c = 0;
    for (;;) {
      item = it.next();
      if (item === undefined) {
        if (c !== 0 && Number.isFinite(c)) f += c;
        return f;
      }
      if (typeof item === 'number') {
        const t = f + item;
        if (Math.abs(f) >= Math.abs(item)) c += f - t + item;
        else c += item - t + f;
        f = t;
        continue;
      }
      if (typeof item === 'bigint' || typeof item === 'boolean') {
        const b = typeof item === 'boolean' ? (item ? 1n : 0n) : item;
        if (b >= INT64_MIN && b <= INT64_MAX) {
          f += Number(b);
          continue;
        }
      }
      if (c !== 0 && Number.isFinite(c)) f += c;
      result = binop('+', f, item);
      break;
    }
  }
  for (item = it.next(); item !== undefined; item = it.next()) result = binop('+', result, item);
  return result;
});

function minmax(fname: 'min' | 'max', op: '<' | '>') {
  return native(fname, (args, kw) => {
    if (args.length === 0) throw pyError('TypeError', `${fname} expected at least 1 argument, got 0`);
    let key: PyValue = null;
    let dflt: PyValue | undefined;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'key') key = v;
        else if (k === 'default') dflt = v;
        else throw pyError('TypeError', `${fname}() got an unexpected keyword argument '${k}'`);
      }
    }
    if (args.length > 1 && dflt !== undefined)
      throw pyError('TypeError', `Cannot specify a default for ${fname}() with multiple positional arguments`);
    const it: PyIterator = args.length === 1 ? getIter(args[0]) : getIter(new PyTuple(args));
    let best = it.next();
    if (best === undefined) {
      if (dflt !== undefined) return dflt;
      // 3.12 reworded CPython's "arg is an empty sequence".
      const empty = run.minor >= 12 ? 'iterable argument is empty' : 'arg is an empty sequence';
      throw pyError('ValueError', `${fname}() ${empty}`);
    }
    let bestKey = key === null ? best : call(key, [best], null);
    for (let x = it.next(); x !== undefined; x = it.next()) {
      const k = key === null ? x : call(key, [x], null);
      let better: boolean;
      if (typeof k === 'bigint' && typeof bestKey === 'bigint') better = op === '<' ? k < bestKey : k > bestKey;
      else {
        const r = order(op, k, bestKey);
        better = typeof r === 'boolean' ? r : truthy(r);
      }
      if (better) {
        best = x;
        bestKey = k;
      }
    }
    return best;
  });
}

// ------------------------------------------------------------------ iteration builtins

/** `iter(callable, sentinel)`'s iteration: calls until the sentinel (or StopIteration). */
export class CallableIter {
  done = false;
  constructor(
    readonly fn: PyValue,
    readonly sentinel: PyValue,
  ) {}
  next(): PyValue | undefined {
    if (this.done) return undefined;
    let v: PyValue;
    try {
      v = call(this.fn, [], null);
    } catch (e) {
      if (isExcInstance(e, 'StopIteration')) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
    return this.take(v);
  }
  /** The callable returned `v`: the next item, or undefined at the sentinel. */
  take(v: PyValue): PyValue | undefined {
    if (v === this.sentinel || eq(v, this.sentinel)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}

const iterFn = defNative('iter', '(object[, sentinel], /)', ([obj, sentinel]) => {
  if (sentinel !== undefined) {
    if (!isCallable(obj)) throw pyError('TypeError', 'iter(v, w): v must be callable');
    return makeIterator(new CallableIter(obj, sentinel), 'callable_iterator');
  }
  return iterObject(obj);
});

/** iter(x) with CPython's result types (also a generator expression's first iterator). */
export function iterObject(v: PyValue): PyValue {
  if (v instanceof PyIteratorObject) return v;
  if (v instanceof PyList && v.cls === listClass) return callMethod(listClass.lookup('__iter__')!, v, []);
  if (v instanceof PyObject) {
    const m = v.cls.lookup('__iter__');
    if (m === null) throw pyError('TypeError', `'${typeName(v)}' object is not iterable`);
    if (m !== undefined) {
      const r = callMethod(m, v, []);
      if (!(r instanceof PyIteratorObject) && typeOf(r).lookup('__next__') === undefined)
        throw pyError('TypeError', `iter() returned non-iterator of type '${typeName(r)}'`);
      return r;
    }
  } else if (typeof v === 'string') return callMethod(strClass.lookup('__iter__')!, v, []);
  const it = getIter(v);
  return makeIterator(it, 'iterator', v);
}

const nextFn = defNative('next', '(iterator[, default], /)', ([it, dflt]) => {
  if (it instanceof PyIteratorObject) {
    const v = it.next();
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw it.stopped() ?? stopIteration();
  }
  const m = typeOf(it).lookup('__next__');
  if (m === undefined || m === null) throw pyError('TypeError', `'${typeName(it)}' object is not an iterator`);
  if (dflt === undefined) return callMethod(m, it, []);
  try {
    return callMethod(m, it, []);
  } catch (e) {
    if (isExcInstance(e, 'StopIteration')) return dflt;
    throw e;
  }
});

// enumerate, zip, map, filter, reversed are classes in Python.
const enumerateClass = iteratorClassNamed('enumerate');
enumerateClass.slots.call = (_cls, args, kw) => {
  let iterable: PyValue | undefined = args[0];
  let start: PyValue | undefined = args[1];
  if (args.length > 2)
    throw pyError('TypeError', `enumerate() takes at most 2 arguments (${args.length + (kw ? kw.size : 0)} given)`);
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'iterable' && args.length < 1) iterable = v;
      else if (k === 'start' && args.length < 2) start = v;
      else throw pyError('TypeError', `'${k}' is an invalid keyword argument for enumerate()`);
    }
  }
  if (iterable === undefined) throw pyError('TypeError', "enumerate() missing required argument 'iterable'");
  const it = getIter(iterable);
  let i = start === undefined ? 0n : toIndex(start);
  return makeIterator(
    {
      next: () => {
        const x = it.next();
        if (x === undefined) return undefined;
        return new PyTuple([i++, x]);
      },
      stopped: () => it.stopped?.() ?? null,
    },
    'enumerate',
    iterable,
  );
};

const zipClass = iteratorClassNamed('zip');
zipClass.slots.call = (_cls, args, kw) => {
  let strict = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'strict') strict = truthy(v);
      else throw pyError('TypeError', `zip() got an unexpected keyword argument '${k}'`);
    }
  }
  const its = args.map(getIter);
  const n = its.length;
  // No end is kept: as CPython's zip, each next() asks the iterables again.
  let ended: PyIterator | null = null;
  return makeIterator(
    {
      next: () => {
        if (n === 0) return undefined;
        const items: PyValue[] = new Array(n);
        for (let i = 0; i < n; i++) {
          const x = its[i].next();
          if (x === undefined) {
            ended = its[i];
            if (strict) {
              if (i > 0)
                throw pyError(
                  'ValueError',
                  `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : '-' + i}`,
                );
              for (let j = 1; j < n; j++) {
                if (its[j].next() !== undefined)
                  throw pyError(
                    'ValueError',
                    `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : '-' + j}`,
                  );
              }
            }
            return undefined;
          }
          items[i] = x;
        }
        ended = null;
        return new PyTuple(items);
      },
      stopped: () => ended?.stopped?.() ?? null,
    },
    'zip',
    args.slice(),
  );
};

/** What a map or filter keeps of the StopIteration its function raised for the last item. */
interface Stop {
  exc: PyExc | null;
}

/**
 * `fn(*args)` for map's and filter's items: a StopIteration the function raises ends this next()
 * (undefined), as CPython's C iterators report it to their consumer, instead of escaping as an
 * error; it is kept in `stop` for next() to raise.
 */
function callEndingOnStop(fn: PyValue, args: PyValue[], stop: Stop): PyValue | undefined {
  try {
    return call(fn, args, null);
  } catch (e) {
    if (isExcInstance(e, 'StopIteration')) {
      stop.exc = e as PyExc;
      return undefined;
    }
    throw e;
  }
}

const mapClass = iteratorClassNamed('map');
mapClass.slots.call = (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', 'map() takes no keyword arguments');
  if (args.length < 2) throw pyError('TypeError', 'map() must have at least two arguments.');
  const fn = args[0];
  const its = args.slice(1).map(getIter);
  // No end is kept: as CPython's map, each next() asks the iterables again.
  const stop: Stop = { exc: null };
  // The iterable that ended the last next(), whose own StopIteration that was.
  let ended: PyIterator | null = null;
  const stopped = () => stop.exc ?? ended?.stopped?.() ?? null;
  if (its.length === 1) {
    const it = its[0];
    return makeIterator(
      {
        next: () => {
          stop.exc = null;
          const x = it.next();
          if (x === undefined) {
            ended = it;
            return undefined;
          }
          ended = null;
          return callEndingOnStop(fn, [x], stop);
        },
        stopped,
      },
      'map',
      args.slice(1),
    );
  }
  return makeIterator(
    {
      next: () => {
        stop.exc = null;
        const xs: PyValue[] = [];
        for (const it of its) {
          const x = it.next();
          if (x === undefined) {
            ended = it;
            return undefined;
          }
          xs.push(x);
        }
        ended = null;
        return callEndingOnStop(fn, xs, stop);
      },
      stopped,
    },
    'map',
    args.slice(1),
  );
};

const filterClass = iteratorClassNamed('filter');
const FILTER_SIG = signature('filter', 'PyArg_CheckPositional(function, iterable, /)');
filterClass.slots.call = (_cls, args, kw) => {
  const [fn, iterable] = FILTER_SIG.bind(args, kw);
  const it = getIter(iterable);
  const stop: Stop = { exc: null };
  let ended = false;
  return makeIterator(
    {
      next: () => {
        stop.exc = null;
        ended = false;
        for (let x = it.next(); x !== undefined; x = it.next()) {
          if (fn === null || fn === boolClass) {
            if (truthy(x)) return x;
            continue;
          }
          const r = callEndingOnStop(fn, [x], stop);
          if (r === undefined) return undefined;
          if (truthy(r)) return x;
        }
        ended = true;
        return undefined;
      },
      // As CPython's filter, each next() asks the iterable again.
      stopped: () => stop.exc ?? (ended ? (it.stopped?.() ?? null) : null),
    },
    'filter',
    iterable,
  );
};

const reversedClass = iteratorClassNamed('reversed');
const REVERSED_SIG = signature('reversed', 'PyArg_CheckPositional(sequence, /)');
reversedClass.slots.call = (_cls, args, kw) => pyReversed(REVERSED_SIG.bind(args, kw)[0]);

function seqReversed(n: number, get: (i: number) => PyValue | undefined): PyValue {
  let i = n - 1;
  return makeIterator(
    {
      next: () => {
        if (i < 0) return undefined;
        const v = get(i--);
        if (v === undefined) i = -1;
        return v;
      },
    },
    'reversed',
  );
}

function pyReversed(v: PyValue): PyValue {
  if (v instanceof PyList && v.cls === listClass) return listReverseIterator(v);
  if (v instanceof PyRange) return rangeReversed(v);
  if (v instanceof PyTuple && v.cls === tupleClass) {
    const items = v.items;
    return seqReversed(items.length, (i) => items[i]);
  }
  if (typeof v === 'string') {
    const cps = hasSurrogates(v) ? Array.from(v) : null;
    return seqReversed(cps ? cps.length : v.length, (i) => (cps ? cps[i] : v[i]));
  }
  if (v instanceof PyObject) {
    const m = v.cls.lookup('__reversed__');
    if (m === null) throw pyError('TypeError', `'${typeName(v)}' object is not reversible`);
    if (m !== undefined) return callMethod(m, v, []);
    if (v instanceof PyBytes) {
      const d = v.data;
      return seqReversed(d.length, (i) => BigInt(d[i]));
    }
    if (v instanceof PyTuple) {
      const items = v.items;
      return seqReversed(items.length, (i) => items[i]);
    }
    if (
      // memoryview is a sequence of its own (CPython's sq_item), not a fast-path type.
      (!v.cls.isBuiltin || v.cls === memoryviewClass) &&
      !(v instanceof PyDict) &&
      !(v instanceof PySet) &&
      v.cls.lookup('__getitem__') !== undefined &&
      v.cls.lookup('__len__') !== undefined
    ) {
      const n = pyLen(v);
      return seqReversed(n, (i) => {
        try {
          return getitem(v, BigInt(i));
        } catch (e) {
          if (isExcInstance(e, 'IndexError') || isExcInstance(e, 'StopIteration')) return undefined;
          throw e;
        }
      });
    }
    // A sequence without __len__ fails on its length.
    if (!v.cls.isBuiltin && v.cls.lookup('__getitem__') !== undefined && !(v instanceof PyDict))
      throw pyError('TypeError', `object of type '${typeName(v)}' has no len()`);
  }
  throw pyError('TypeError', `'${typeName(v)}' object is not reversible`);
}

// ------------------------------------------------------------------ slice

const SLICE_SIG = signature('slice', 'PyArg_CheckPositional(start[, stop[, step]], /)');
sliceClass.slots.call = (_cls, args, kw) => {
  const [start, stop, step] = SLICE_SIG.bind(args, kw);
  if (stop === undefined) return new PySlice(null, start, null);
  return new PySlice(start, stop, step === undefined ? null : step);
};
// Its read-only members (annotationlib's stringifiers read them: `X[1:2]`).
defBuiltinAttr(sliceClass, 'start', (s) => (s as PySlice).start, 'member');
defBuiltinAttr(sliceClass, 'stop', (s) => (s as PySlice).stop, 'member');
defBuiltinAttr(sliceClass, 'step', (s) => (s as PySlice).step, 'member');
// slice.indices(length): the (start, stop, step) a sequence of that length takes from the slice.
defNativeMethod(sliceClass, 'indices', '(length, /)', (self, [length]) => {
  const s = self as PySlice;
  const n = toIndex(length);
  if (n < 0n) throw pyError('ValueError', 'length should not be negative');
  for (const v of [s.start, s.stop, s.step])
    if (v !== null && typeof v !== 'bigint' && typeof v !== 'boolean' && getattrOpt(v, '__index__') === undefined)
      throw pyError('TypeError', 'slice indices must be integers or None or have an __index__ method');
  return new PyTuple(sliceIndices(s, Number(n)).map((i) => BigInt(i)));
});

// ------------------------------------------------------------------ input

/**
 * input(): the prompt on the program's output, then the next line of the run's standard input
 * without its newline; EOFError at its end. stdlib/input.ts replaces it with the same through
 * sys.stdin and sys.stdout, whatever the program puts there.
 */
export const inputReader: { input: (prompt: PyValue | undefined) => PyValue } = {
  input: (prompt) => {
    if (prompt !== undefined) run.write(pyStr(prompt));
    return inputLine(run.input.readline());
  },
};

/** What input() returns for a line read: the line without its newline; EOFError for '' (the input's end). */
export function inputLine(line: string): string {
  if (line === '') throw pyError('EOFError', 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

export const inputFn = defNative('input', '([prompt], /)', ([prompt]) => inputReader.input(prompt));

/** open(): the standard library's io.open, which stdlib/modules.ts puts here. */
export const fileOpener: { open: (args: PyValue[], kw: KwArgs) => PyValue } = {
  open: () => {
    throw pyError('RuntimeError', 'open() is not available here');
  },
};
const openFn = native('open', (args, kw) => fileOpener.open(args, kw));
// io.open itself (the io module binds this very function): its module is io's C half, named
// 'io' in 3.11 and '_io' from 3.12 on, whichever module is imported first.
Object.defineProperty(openFn, 'module', { get: () => (run.minor >= 12 ? '_io' : 'io'), set: () => {} });

/** The import statement's machinery (interp/state.ts importModule), which stdlib/modules.ts puts here. */
export const moduleImporter: { import: (name: string) => PyValue } = {
  import: () => {
    throw pyError('ImportError', 'import is not available here');
  },
};

hooks.deprecated = (text) => {
  const warn = pyGetattr(moduleImporter.import('warnings'), 'warn');
  call(warn, [text, getExcClass('DeprecationWarning'), 1n], null);
};

/** The package a relative import starts from (importlib's _calc___package__), for the errors it gives. */
function relativeBase(globals: PyValue): never {
  const name = globals instanceof PyDict ? dictGetStr(globals, '__name__') : undefined;
  if (name === undefined) throw pyError('KeyError', "'__name__' not in globals");
  throw pyError('ImportError', 'attempted relative import with no known parent package');
}

function dictGetStr(d: PyDict, key: string): PyValue | undefined {
  for (const e of d.map.values()) if (e.key === key) return e.value;
  return undefined;
}

/**
 * __import__(name, ...): what `import name` does, returning the top package unless a fromlist asks
 * for the module itself (whose submodules named there are imported too, when there are such). A program has no package,
 * so a relative import (level > 0) fails as it does in a script.
 */
const importFn = defNative(
  '__import__',
  '(name, globals=None, locals=None, fromlist=None, level=0)',
  ([name, globals, , fromlist, level]) => {
    if (typeof name !== 'string') throw pyError('TypeError', 'module name must be a string');
    const lv = toIndex(level);
    if (lv < 0n) throw pyError('ValueError', 'level must be >= 0');
    if (lv > 0n) relativeBase(globals);
    if (name === '') throw pyError('ValueError', 'Empty module name');
    const m = moduleImporter.import(name);
    const wanted: PyValue[] = [];
    if (fromlist !== null) {
      const it = getIter(fromlist);
      for (let x = it.next(); x !== undefined; x = it.next()) wanted.push(x);
    }
    if (wanted.length === 0) return moduleImporter.import(name.split('.')[0]);
    for (const w of wanted) {
      if (typeof w !== 'string' || w === '*' || (m as PyModule).dict?.has(w)) continue;
      try {
        moduleImporter.import(`${name}.${w}`);
      } catch (e) {
        // Left out, as CPython leaves out a name that is no submodule (or one Loopline does not simulate).
        if (!(e instanceof PyExc) || !e.exc.cls.isSubclassOf(getExcClass('ImportError'))) throw e;
      }
    }
    return m;
  },
);

/** Builtins a simulation cannot offer: a clear message instead of "name is not defined". */
function unavailable(name: string, why: string): PyValue {
  return native(name, () => {
    throw pyError('RuntimeError', `${name}() is not available in Loopline: ${why}`);
  });
}
const unavailableFns: PyValue[] = [
  unavailable('breakpoint', 'a simulation has no debugger; step through the timeline instead'),
];

// ------------------------------------------------------------------ the table

const ASYNCIO_ONLY = new Set([
  'CancelledError',
  'InvalidStateError',
  'QueueEmpty',
  'QueueFull',
  'QueueShutDown',
  'BrokenBarrierError',
  'IncompleteReadError',
  'NotSimulatedError',
]);

const functions: PyValue[] = [
  print,
  len,
  reprFn,
  asciiFn,
  callableFn,
  anyFn,
  allFn,
  chrFn,
  ordFn,
  radix('hex', '0x', 16),
  radix('oct', '0o', 8),
  radix('bin', '0b', 2),
  formatFn,
  getattrFn,
  hasattrFn,
  setattrFn,
  delattrFn,
  varsFn,
  isinstanceFn,
  issubclassFn,
  hashFn,
  idFn,
  absFn,
  roundFn,
  divmodFn,
  powFn,
  sumFn,
  minmax('min', '<'),
  minmax('max', '>'),
  iterFn,
  nextFn,
  native('sorted', sortedBuiltin),
  inputFn,
  openFn,
  importFn,
  ...unavailableFns,
];

/** exit, quit, copyright, credits, license, help: made once, as site.py makes them. */
const siteObjects = siteBuiltins(print);

const classes: PyClass[] = [
  intClass,
  boolClass,
  floatClass,
  complexClass,
  strClass,
  bytesClass,
  bytearrayClass,
  memoryviewClass,
  listClass,
  tupleClass,
  dictClass,
  setClass,
  frozensetClass,
  rangeClass,
  sliceClass,
  enumerateClass,
  zipClass,
  mapClass,
  filterClass,
  reversedClass,
];

/** The builtins Loopline provides natively (the interpreter adds type/object/super/... itself). */
export function builtinFunctions(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  for (const f of functions) m.set((f as PyNativeFunction).name, f);
  for (const c of classes) m.set(c.name, c);
  for (const [name, cls] of allExceptionClasses()) if (!ASYNCIO_ONLY.has(name)) m.set(name, cls);
  for (const [name, v] of siteObjects) m.set(name, v);
  m.set('Ellipsis', Ellipsis);
  m.set('NotImplemented', NotImplemented);
  return m;
}

installNumberDunders({ round: roundFn, divmod: divmodFn, pow: powFn });
