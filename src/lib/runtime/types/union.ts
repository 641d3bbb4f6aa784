/**
 * `X | Y` of types (PEP 604): CPython's types.UnionType, with its repr, equality, `__args__`,
 * and isinstance/issubclass over its members.
 */
import { PyObject, PyClass, PyNativeMethod, PyTuple, builtinClass, defMethod, typeOf, type PyValue } from '../core';
import { run } from '../run';

const unionTypeClass = builtinClass('UnionType');
// 3.14 made types.UnionType typing's Union class: its name and module follow the run's version.
for (const [field, old, v314] of [
  ['name', 'UnionType', 'Union'],
  ['qualname', 'UnionType', 'Union'],
  ['module', 'types', 'typing'],
] as const)
  Object.defineProperty(unionTypeClass, field, { get: () => (run.minor >= 14 ? v314 : old), set: () => {} });
const noneType = typeOf(null);

export class PyUnion extends PyObject {
  /** Classes, and generic aliases (`list[int] | None`). */
  constructor(public readonly args: PyValue[]) {
    super(unionTypeClass);
  }
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    return name === '__args__' ? new PyTuple(this.args) : undefined;
  }
  /** Unions of the same members, in any order, are one dict key (CPython hashes their frozenset). */
  structuralKey(): string {
    const keys = this.args.map((a) => {
      // A member is a class (hashed by identity) or a generic alias (hashed by its own key).
      const own = (a as { structuralKey?: () => string }).structuralKey;
      return own !== undefined ? own.call(a) : 'o' + (a as PyObject).id;
    });
    return 'union(' + keys.sort().join(',') + ')';
  }
}

/** A `type` statement's alias (typing.TypeAliasType, Python code in stdlib/py/typing.py): a union's member too. */
function isTypeAlias(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  const t = typeOf(v);
  return t.name === 'TypeAliasType' && t.module === 'typing';
}

function members(v: PyValue): PyValue[] | null {
  if (v === null) return [noneType];
  if (v instanceof PyClass) return [v];
  if (v instanceof PyUnion) return v.args;
  if (isTypeAlias(v)) return [v];
  if (v instanceof PyObject && (v as { unionMember?: boolean }).unionMember) return [v];
  return null;
}

/** `a | b` when both are types, None or unions; null when the operator does not apply. */
export function typeUnion(a: PyValue, b: PyValue): PyValue | null {
  const x = members(a);
  const y = members(b);
  if (x === null || y === null) return null;
  const args: PyValue[] = [];
  for (const c of [...x, ...y]) if (!args.some((d) => same(c, d))) args.push(c);
  return args.length === 1 ? args[0] : new PyUnion(args);
}

function memberRepr(c: PyValue): string {
  if (c instanceof PyClass)
    return c === noneType ? 'None' : c.module === 'builtins' ? c.qualname : `${c.module}.${c.qualname}`;
  // An alias's repr is its name.
  if (isTypeAlias(c)) return String((c as PyObject).dict?.get('__name__'));
  // A generic alias: its own native repr.
  const r = typeOf(c).lookup('__repr__');
  return r instanceof PyNativeMethod ? String(r.fn(c, [], null)) : '?';
}

/** One member twice: the same object, or equal generic aliases (compared by their keys). */
function same(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ka = (a as { structuralKey?: () => string } | null)?.structuralKey;
  const kb = (b as { structuralKey?: () => string } | null)?.structuralKey;
  return ka !== undefined && kb !== undefined && ka.call(a) === kb.call(b);
}

/** Unions are equal when they have the same members, in any order. */
export function unionEq(a: PyUnion, b: PyUnion): boolean {
  return a.args.length === b.args.length && a.args.every((c) => b.args.some((d) => same(c, d)));
}

defMethod(unionTypeClass, '__repr__', (self) => (self as PyUnion).args.map(memberRepr).join(' | '));
