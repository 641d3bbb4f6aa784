/**
 * The operator dunders of list, tuple, set, frozenset, dict and str that CPython's slot wrappers
 * expose by name and the type modules do not define themselves: ordering comparisons, sequence
 * repetition (`list.__mul__`, `__rmul__`, `__imul__`), the reflected set operators and
 * `dict.__ror__`. They work on the builtin value itself, so a subclass calling them through
 * `super()` does not come back to its own override.
 */
import {
  PyList,
  PyTuple,
  PySet,
  PyDict,
  NotImplemented,
  listClass,
  tupleClass,
  setClass,
  frozensetClass,
  dictClass,
  strClass,
  unbox,
  type PyClass,
  type PyValue,
} from '../core';
import { binop, hooks, order, orderItems, toIndex } from '../ops';
import { defNativeMethod } from '../native';

const ORDER = [
  ['<', '__lt__'],
  ['<=', '__le__'],
  ['>', '__gt__'],
  ['>=', '__ge__'],
] as const;

function sequence(cls: PyClass, kind: typeof PyList | typeof PyTuple): void {
  for (const [op, name] of ORDER)
    defNativeMethod(cls, name, 'wrapper(value, /)', (self, [o]) =>
      o instanceof kind ? orderItems(op, (self as PyList).items, o.items) : NotImplemented,
    );
  // Repetition takes any index (`[1].__mul__('a')` is a TypeError, not NotImplemented).
  const repeat = (self: PyValue, n: PyValue) => binop('*', new kind((self as PyList).items), toIndex(n));
  defNativeMethod(cls, '__mul__', 'wrapper(value, /)', (self, [n]) => repeat(self, n));
  defNativeMethod(cls, '__rmul__', 'wrapper(value, /)', (self, [n]) => repeat(self, n));
}

sequence(listClass, PyList);
sequence(tupleClass, PyTuple);
defNativeMethod(listClass, '__imul__', 'wrapper(value, /)', (self, [n]) => {
  const items = (self as PyList).items;
  const repeated = (binop('*', new PyList(items), toIndex(n)) as PyList).items;
  items.length = 0;
  for (const x of repeated) items.push(x);
  return self;
});

for (const cls of [setClass, frozensetClass]) {
  for (const [op, name] of ORDER)
    defNativeMethod(cls, name, 'wrapper(value, /)', (self, [o]) =>
      o instanceof PySet ? order(op, plainSet(self as PySet), plainSet(o)) : NotImplemented,
    );
  for (const [op, name] of [
    ['&', '__rand__'],
    ['|', '__ror__'],
    ['-', '__rsub__'],
    ['^', '__rxor__'],
  ] as const)
    defNativeMethod(cls, name, 'wrapper(value, /)', (self, [o]) =>
      o instanceof PySet ? hooks.setOp(op, o, self as PySet) : NotImplemented,
    );
}

/** The set's members as a plain set, so that order() compares them and calls no subclass dunder. */
function plainSet(s: PySet): PySet {
  if (s.cls === setClass || s.cls === frozensetClass) return s;
  const copy = new PySet(s.cls.isSubclassOf(frozensetClass) ? frozensetClass : setClass);
  copy.map = s.map;
  return copy;
}

defNativeMethod(dictClass, '__ror__', 'wrapper(value, /)', (self, [o]) =>
  o instanceof PyDict ? hooks.dictOr(o, self as PyDict) : NotImplemented,
);
// `str.__rmod__`: the left operand is the format when it is a str.
defNativeMethod(strClass, '__rmod__', 'wrapper(value, /)', (self, [o]) => {
  const format = unbox(o);
  return typeof format === 'string' ? hooks.percentFormat(format, self) : NotImplemented;
});
