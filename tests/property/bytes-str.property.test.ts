/**
 * Property: on ASCII text without the characters where their rules differ (\x0b, \x0c, \x1c-\x1f
 * and non-ASCII), bytes and bytearray methods give what str's give: the same indices, counts,
 * truth values and pieces, and the same exception class (the words differ by type).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PyBytes, PyExc, PyList, PyTuple, type PyValue } from '../../src/lib/runtime/core';
import { call, callMethodByName } from '../../src/lib/runtime/ops';
import { PyByteArray, bytearrayClass } from '../../src/lib/runtime/types/bytearray';
import '../../src/lib/runtime/types/index';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const text = (max: number) => fc.string({ unit: fc.constantFrom(...'ab -A1z\t\n\r'), maxLength: max });
const toBytes = (s: string) => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));

/** A result with every bytes or bytearray in it as its latin-1 str, for comparing with str's. */
function asText(v: PyValue): unknown {
  if (v instanceof PyBytes) return String.fromCharCode(...v.data);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(asText);
  if (v instanceof PyByteArray) return String.fromCharCode(...v.data);
  return v;
}

function outcome(f: () => PyValue): unknown {
  try {
    return asText(f());
  } catch (e) {
    if (e instanceof PyExc) return e.exc.cls.name;
    throw e;
  }
}

/** Calls that take (self, sub-or-sep, int, int) with text arguments as bytes for bytes. */
const CALLS: [string, (s: string, t: string, i: number, j: number) => (string | number | null)[]][] = [
  ['find', (_s, t, i, j) => [t, i, j]],
  ['rfind', (_s, t, i) => [t, i]],
  ['index', (_s, t, i, j) => [t, i, j]],
  ['rindex', (_s, t, _i, j) => [t, null, j]],
  ['count', (_s, t, i, j) => [t, i, j]],
  ['startswith', (_s, t, i, j) => [t, i, j]],
  ['endswith', (_s, t, i) => [t, i]],
  ['split', (_s, t, i) => [t === '' ? null : t, i]],
  ['rsplit', (_s, t, i) => [t === '' ? null : t, i]],
  ['split', () => []],
  ['splitlines', (_s, _t, i) => [i & 1]],
  ['strip', (_s, t) => [t]],
  ['lstrip', () => []],
  ['rstrip', (_s, t) => [t]],
  ['partition', (_s, t) => [t]],
  ['rpartition', (_s, t) => [t]],
  ['replace', (_s, t, i) => [t, 'x', i]],
  ['removeprefix', (_s, t) => [t]],
  ['removesuffix', (_s, t) => [t]],
  ['center', (_s, _t, i) => [i + 8]],
  ['ljust', (_s, _t, i) => [i + 8]],
  ['rjust', (_s, _t, i) => [i + 8]],
  ['zfill', (_s, _t, i) => [i + 8]],
  ['expandtabs', (_s, _t, i) => [i + 4]],
  ['upper', () => []],
  ['lower', () => []],
  ['title', () => []],
  ['capitalize', () => []],
  ['swapcase', () => []],
  ['isdigit', () => []],
  ['isalpha', () => []],
  ['isalnum', () => []],
  ['isspace', () => []],
  ['isupper', () => []],
  ['islower', () => []],
  ['istitle', () => []],
];

describe('bytes methods agree with str methods on plain ASCII', () => {
  it('for bytes and bytearray', () => {
    fc.assert(
      fc.property(
        text(14),
        text(2),
        fc.integer({ min: -8, max: 8 }),
        fc.integer({ min: -8, max: 8 }),
        fc.boolean(),
        (s, t, i, j, mutable) => {
          for (const [name, argsOf] of CALLS) {
            const args = argsOf(s, t, i, j);
            const strArgs = args.map((a) => (typeof a === 'number' ? BigInt(a) : a));
            const byteArgs = args.map((a) =>
              typeof a === 'number' ? BigInt(a) : typeof a === 'string' ? toBytes(a) : a,
            );
            const self = mutable ? call(bytearrayClass, [toBytes(s)], null) : toBytes(s);
            const want = outcome(() => callMethodByName(s, name, strArgs));
            const got = outcome(() => callMethodByName(self, name, byteArgs));
            expect([name, args, got]).toEqual([name, args, want]);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
