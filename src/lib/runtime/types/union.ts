/**
 * `X | Y` of types (PEP 604): CPython's types.UnionType, with its repr, equality, `__args__`,
 * and isinstance/issubclass over its members.
 */
import { PyObject, PyClass, PyTuple, builtinClass, defMethod, typeOf, type PyValue } from '../core';

const unionTypeClass = builtinClass('UnionType');
unionTypeClass.module = 'types';
const noneType = typeOf(null);

export class PyUnion extends PyObject {
  constructor(public readonly args: PyClass[]) {
    super(unionTypeClass);
  }
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    return name === '__args__' ? new PyTuple(this.args) : undefined;
  }
}

function members(v: PyValue): PyClass[] | null {
  if (v === null) return [noneType];
  if (v instanceof PyClass) return [v];
  if (v instanceof PyUnion) return v.args;
  return null;
}

/** `a | b` when both are types, None or unions; null when the operator does not apply. */
export function typeUnion(a: PyValue, b: PyValue): PyValue | null {
  const x = members(a);
  const y = members(b);
  if (x === null || y === null) return null;
  const args: PyClass[] = [];
  for (const c of [...x, ...y]) if (!args.includes(c)) args.push(c);
  return args.length === 1 ? args[0] : new PyUnion(args);
}

/** Unions are equal when they have the same members, in any order. */
export function unionEq(a: PyUnion, b: PyUnion): boolean {
  return a.args.length === b.args.length && a.args.every((c) => b.args.includes(c));
}

defMethod(unionTypeClass, '__repr__', (self) =>
  (self as PyUnion).args
    .map((c) => (c === noneType ? 'None' : c.module === 'builtins' ? c.qualname : `${c.module}.${c.qualname}`))
    .join(' | '),
);
