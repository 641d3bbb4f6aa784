/**
 * `format(value, spec)` — the entry point of the `format()` builtin, `str.format` fields and
 * f-string `{x:spec}` — plus `str % args` (installed as `hooks.percentFormat`).
 */
import {
  PyObject,
  PyTuple,
  PyDict,
  PyList,
  PyNativeMethod,
  PyComplex,
  objectClass,
  typeName,
  pyError,
  PyExc,
  type PyValue,
} from '../core';
import { callMethod, repr, str, hooks, getitem, toFloat, toIndex } from '../ops';
import { formatInt, formatFloat, formatStr, formatComplex } from '../../py/format/spec';
import { percentFormat, asciiEscape, type PercentConv } from '../../py/format/percent';
import { FormatError } from '../../py/format/errors';
import { decimalDigits } from '../../py/format/int-digits';

/** Rethrow a formatter's FormatError as the Python exception it stands for. */
function fmtErr(e: unknown): unknown {
  if (e instanceof FormatError) return pyError(e.kind, e.message);
  return e;
}

/** CPython's `format(value, spec)`. */
export function pyFormat(v: PyValue, spec: string): string {
  try {
    switch (typeof v) {
      case 'string':
        return spec === '' ? v : formatStr(v, spec);
      case 'bigint':
        return spec === '' ? decimalDigits(v) : formatInt(v, spec);
      case 'number':
        return formatFloat(v, spec);
      case 'boolean':
        return formatInt(v, spec);
    }
  } catch (e) {
    throw fmtErr(e);
  }
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const f = v.cls.lookup('__format__');
    // A built-in `__format__` (int's, float's, str's) with an empty spec is `str(self)`: a subclass's own __str__ or __repr__.
    if (spec === '' && f instanceof PyNativeMethod) return str(v);
    if (f !== undefined && !(f instanceof PyNativeMethod && f.owner === objectClass)) {
      const r = callMethod(f, v, [spec]);
      if (typeof r !== 'string') throw pyError('TypeError', `__format__ must return a str, not ${typeName(r)}`);
      return r;
    }
  }
  if (spec === '') return str(v);
  if (v instanceof PyComplex) {
    try {
      return formatComplex(v.re, v.im, spec);
    } catch (e) {
      throw fmtErr(e);
    }
  }
  throw pyError('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
}

/** `ascii(x)`: repr with non-ASCII characters escaped. */
export function asciiRepr(v: PyValue): string {
  const r = repr(v);

  return /[^\x00-\x7f]/.test(r) ? asciiEscape(r) : r;
}

function isMappingLike(v: unknown): boolean {
  if (v instanceof PyDict || v instanceof PyList) return true;
  if (v instanceof PyObject && !(v instanceof PyTuple)) {
    if ((v as { pyGetItem?: unknown }).pyGetItem) return true;
    return !v.cls.isBuiltin && v.cls.lookup('__getitem__') !== undefined;
  }
  return false;
}

function hasNumberDunder(v: PyObject): boolean {
  return (
    !v.cls.isBuiltin &&
    (v.cls.lookup('__index__') !== undefined ||
      v.cls.lookup('__int__') !== undefined ||
      v.cls.lookup('__float__') !== undefined)
  );
}

export const percentConv: PercentConv = {
  str: (v) => str(v as PyValue),
  repr: (v) => repr(v as PyValue),
  ascii: (v) => asciiRepr(v as PyValue),
  toInt(v) {
    const o = v as PyValue;
    if (o instanceof PyObject && !o.cls.isBuiltin) {
      if (o.cls.lookup('__index__') !== undefined) return toIndex(o);
      const m = o.cls.lookup('__int__');
      if (m !== undefined) {
        const r = callMethod(m, o, []);
        if (typeof r !== 'bigint' && typeof r !== 'boolean')
          throw pyError('TypeError', `__int__ returned non-int (type ${typeName(r)})`);
        return toIndex(r);
      }
    }
    return toIndex(o);
  },
  toFloat: (v) => toFloat(v as PyValue),
  isNumber: (v) => v instanceof PyObject && hasNumberDunder(v),
  isIndex: (v) => v instanceof PyObject && !v.cls.isBuiltin && v.cls.lookup('__index__') !== undefined,
  lookup: (mapping, key) => getitem(mapping as PyValue, key),
  isMapping: isMappingLike,
  typeName: (v) => typeName(v as PyValue),
};

/** `fmt % args`. */
export function strPercent(fmt: string, args: PyValue): PyValue {
  try {
    return percentFormat(fmt, args instanceof PyTuple ? args.items : args, percentConv);
  } catch (e) {
    if (e instanceof PyExc) throw e;
    throw fmtErr(e);
  }
}

hooks.percentFormat = strPercent;
