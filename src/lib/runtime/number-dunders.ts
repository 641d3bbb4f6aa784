/**
 * The arithmetic and comparison dunders of int, bool and float, reachable by name as in CPython
 * (`int.__add__(2, 3)`, `(5).__mul__(2)`, `float.__rtruediv__`, `super().__add__(o)` in a
 * subclass). Each is the operator itself restricted to the operand types the C slot accepts: any
 * other operand gives NotImplemented (`(2).__add__(1.5)`), so Python's reflected-operand protocol
 * works through them.
 */
import {
  NotImplemented,
  intClass,
  boolClass,
  floatClass,
  unbox,
  type PyClass,
  type PyNativeMethod,
  type PyNativeFunction,
  type PyValue,
} from './core';
import { asBig, binop, eq, isIntLike, isNumber, order, unaryop } from './ops';
import { defNativeMethod } from './native';

const BINARY: [string, string][] = [
  ['+', 'add'],
  ['-', 'sub'],
  ['*', 'mul'],
  ['/', 'truediv'],
  ['//', 'floordiv'],
  ['%', 'mod'],
  ['**', 'pow'],
  ['<<', 'lshift'],
  ['>>', 'rshift'],
  ['&', 'and'],
  ['|', 'or'],
  ['^', 'xor'],
];
const ORDER: ['<' | '<=' | '>' | '>=', string][] = [
  ['<', 'lt'],
  ['<=', 'le'],
  ['>', 'gt'],
  ['>=', 'ge'],
];

/** A numeric type's view of its operands: null for an operand its slots refuse. */
type Operand = (v: PyValue) => PyValue | null;

const asInt: Operand = (v) => {
  const u = unbox(v);
  return isIntLike(u) ? asBig(u) : null;
};
const asFloatOperand: Operand = (v) => {
  const u = unbox(v);
  return isNumber(u) ? (typeof u === 'boolean' ? asBig(u) : u) : null;
};
const asBool: Operand = (v) => {
  const u = unbox(v);
  return typeof u === 'boolean' ? u : null;
};

/** `__op__` and `__rop__` for each operator in `ops`, on `cls`. */
function binaryPair(cls: PyClass, ops: [string, string][], operand: Operand): void {
  for (const [op, name] of ops) {
    const run = (a: PyValue | null, b: PyValue | null) => (a === null || b === null ? NotImplemented : binop(op, a, b));
    defNativeMethod(cls, `__${name}__`, 'wrapper(value, /)', (self, [o]) => run(operand(self), operand(o)));
    defNativeMethod(cls, `__r${name}__`, 'wrapper(value, /)', (self, [o]) => run(operand(o), operand(self)));
  }
}

function comparisons(cls: PyClass, operand: Operand): void {
  for (const [name, same] of [
    ['__eq__', true],
    ['__ne__', false],
  ] as const)
    defNativeMethod(cls, name, 'wrapper(value, /)', (self, [o]) => {
      const b = operand(o);
      return b === null ? NotImplemented : eq(operand(self)!, b) === same;
    });
  for (const [op, name] of ORDER)
    defNativeMethod(cls, `__${name}__`, 'wrapper(value, /)', (self, [o]) => {
      const b = operand(o);
      return b === null ? NotImplemented : order(op, operand(self)!, b);
    });
}

function unary(cls: PyClass, ops: [string, string][], operand: Operand): void {
  for (const [op, name] of ops) defNativeMethod(cls, `__${name}__`, 'wrapper()', (self) => unaryop(op, operand(self)!));
}

/** The builtins these dunders share with round(), divmod() and pow(), passed in by builtins.ts. */
interface Builtins {
  round: PyNativeFunction;
  divmod: PyNativeFunction;
  pow: PyNativeFunction;
}

function numberType(cls: PyClass, ops: [string, string][], operand: Operand, b: Builtins): void {
  binaryPair(cls, ops, operand);
  comparisons(cls, operand);
  unary(
    cls,
    [
      ['-', 'neg'],
      ['+', 'pos'],
    ],
    operand,
  );
  const divmod = (a: PyValue | null, c: PyValue | null) =>
    a === null || c === null ? NotImplemented : b.divmod.fn([a, c], null);
  defNativeMethod(cls, '__divmod__', 'wrapper(value, /)', (self, [o]) => divmod(operand(self), operand(o)));
  defNativeMethod(cls, '__rdivmod__', 'wrapper(value, /)', (self, [o]) => divmod(operand(o), operand(self)));
  // x.__pow__(y, mod): the three-argument pow() of the type's own operands.
  defNativeMethod(cls, '__pow__', 'PyArg_CheckPositional(value, mod=None, /)', (self, [o, mod]) => {
    const x = operand(self);
    const y = operand(o);
    if (y === null) return NotImplemented;
    return mod === null ? binop('**', x!, y) : b.pow.fn([x!, y, mod], null);
  });
  defNativeMethod(cls, '__round__', '(ndigits=None, /)', (self, [nd]) => b.round.fn([operand(self)!, nd], null));
}

export function installNumberDunders(b: Builtins): void {
  numberType(intClass, BINARY, asInt, b);
  unary(intClass, [['~', 'invert']], asInt);
  for (const name of ['__trunc__', '__floor__', '__ceil__'])
    defNativeMethod(intClass, name, '()', (self) => asInt(self)!);
  numberType(floatClass, BINARY.slice(0, 7), asFloatOperand, b);
  defNativeMethod(floatClass, '__floor__', '()', (self) => b.round.fn([Math.floor(unbox(self) as number)], null));
  defNativeMethod(floatClass, '__ceil__', '()', (self) => b.round.fn([Math.ceil(unbox(self) as number)], null));
  // bool's own &, | and ^ keep a bool between bools; with an int they are int's.
  for (const [op, name] of BINARY.slice(9)) {
    const run = (a: PyValue | null, c: PyValue | null, self: PyValue, o: PyValue, swap: boolean) => {
      if (a !== null && c !== null) return binop(op, a, c);
      const fallback = intClass.dict!.get(`__${swap ? 'r' : ''}${name}__`) as PyNativeMethod;
      return fallback.fn(self, [o], null);
    };
    defNativeMethod(boolClass, `__${name}__`, 'wrapper(value, /)', (self, [o]) =>
      run(asBool(self), asBool(o), self, o, false),
    );
    defNativeMethod(boolClass, `__r${name}__`, 'wrapper(value, /)', (self, [o]) =>
      run(asBool(o), asBool(self), self, o, true),
    );
  }
}
