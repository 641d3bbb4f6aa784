/**
 * ast.literal_eval: a Python literal read from text with Python's own syntax (the simulator's
 * parser), or from a value. What it takes, as CPython's: constants; tuples, lists, sets and dicts
 * of literals; `set()`; a sign before a number; a real number plus or minus an imaginary one.
 * Anything else is "malformed", named by the node CPython's tree would have there.
 */
import type * as ir from '../ir/types';
import {
  PyComplex,
  PyDict,
  PyObject,
  PyTuple,
  PyList,
  objectClass,
  addressOf,
  pyError,
  type PyValue,
} from '../runtime/core';
import { binop, call, repr, setitem } from '../runtime/ops';
import { parseExpression } from '../interp/run-string';
import { constValue } from '../interp/compile/expressions';
import { importModule } from '../interp/state';

/** CPython's node class for each of the simulator's expression kinds, where the names differ. */
const AST_NAME: Partial<Record<ir.Expr['type'], string>> = { Const: 'Constant', FString: 'JoinedStr' };

class Malformed {
  constructor(readonly node: ir.Expr | null) {}
}

function malformed(node: ir.Expr | null): never {
  throw new Malformed(node);
}

function isNumber(v: PyValue): boolean {
  return typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplex;
}

/** A number constant (not a bool), else malformed at `node`. */
function number(node: ir.Expr): PyValue {
  if (node.type !== 'Const' || node.kind === 'bool') malformed(node);
  const v = constValue(node);
  if (!isNumber(v)) malformed(node);
  return v;
}

function signedNumber(node: ir.Expr): PyValue {
  if (node.type === 'UnaryOp' && (node.op === '-' || node.op === '+')) {
    const v = number(node.operand);
    return node.op === '-' ? negate(v) : v;
  }
  return number(node);
}

function negate(v: PyValue): PyValue {
  if (v instanceof PyComplex) return new PyComplex(-v.re, -v.im);
  return -(v as number);
}

function builtin(name: string): PyValue {
  return importModule('builtins').dict!.get(name)!;
}

function convert(node: ir.Expr | null): PyValue {
  if (node === null) return malformed(null);
  switch (node.type) {
    case 'Const':
      return constValue(node);
    case 'Tuple':
      return new PyTuple(node.elts.map(convert));
    case 'List':
      return new PyList(node.elts.map(convert));
    case 'Set':
      return call(builtin('set'), [new PyList(node.elts.map(convert))], null);
    case 'Call':
      if (node.func.type === 'Name' && node.func.id === 'set' && node.args.length === 0)
        return call(builtin('set'), [], null);
      break;
    case 'Dict': {
      // Key, then its value, pair by pair: the first malformed one is the one reported.
      const d = new PyDict();
      node.keys.forEach((k, i) => {
        const key = convert(k);
        setitem(d, key, convert(node.values[i]));
      });
      return d;
    }
    case 'BinOp':
      if (node.op === '+' || node.op === '-') {
        const left = signedNumber(node.left);
        const right = number(node.right);
        // Python's own + or - (3.14 keeps the real operand real: 3 - 0j is (3-0j) there).
        if ((typeof left === 'bigint' || typeof left === 'number') && right instanceof PyComplex)
          return binop(node.op, left, right);
      }
      break;
  }
  return signedNumber(node);
}

/**
 * The message CPython gives, with a made-up address for the node (CPython's is wherever it was
 * allocated); a dict's `**` has no node (None), and a value given instead of text is shown as it is.
 */
function malformedMessage(node: ir.Expr | null, shown = 'None'): string {
  if (node === null) return `malformed node or string: ${shown}`;
  const name = AST_NAME[node.type] ?? node.type;
  const address = addressOf(new PyObject(objectClass));
  return `malformed node or string on line ${node.span.line}: <ast.${name} object at ${address}>`;
}

export function literalEval(given: PyValue): PyValue {
  if (typeof given !== 'string') throw pyError('ValueError', malformedMessage(null, repr(given)));
  const node = parseExpression(given.replace(/^[ \t]+/, ''), '<unknown>');
  try {
    return convert(node);
  } catch (e) {
    if (e instanceof Malformed) throw pyError('ValueError', malformedMessage(e.node));
    throw e;
  }
}
