/**
 * CPython's hash() of the values whose hash is deterministic (numbers, None, tuples of those), as
 * Objects/longobject.c, floatobject.c and tupleobject.c (xxHash lanes) compute it. Its own module
 * so that set ordering (setorder.ts) can use it without importing the builtins.
 */
import {
  PyObject,
  PyTuple,
  PyComplex,
  PySet,
  PyBoxed,
  PyNativeMethod,
  frozensetClass,
  objectClass,
  pyError,
  ADDRESS_BASE,
  typeName,
  type PyValue,
} from './core';
import { callMethod, hashKey, hooks, pyHash, isIntLike, asBig } from './ops';
import { decomposeFloat } from './types/int';

const P = (1n << 61n) - 1n;
const M64 = (1n << 64n) - 1n;

function toSigned64(x: bigint): bigint {
  x &= M64;
  return x >= 1n << 63n ? x - (1n << 64n) : x;
}

function intHash(v: bigint): bigint {
  const neg = v < 0n;
  let h = (neg ? -v : v) % P;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

function floatHash(x: number, self: PyValue): bigint {
  if (Number.isNaN(x)) return objectHash(self);
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return intHash(BigInt(x));
  const [m, e] = decomposeFloat(x);
  // |x| = m * 2^e; 2^-1 == 2^60 (mod P), so 2^e == 2^(e mod 61).
  const sh = ((e % 61) + 61) % 61;
  let h = ((m % P) * ((1n << BigInt(sh)) % P)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** An object's hash by identity (object.__hash__): its address shifted right by four bits. */
export function objectHash(o: PyValue): bigint {
  if (o instanceof PyObject) return BigInt(ADDRESS_BASE / 16 + o.id);
  return 0n;
}

/** A frozenset's hash: its elements' hashes (as stored, when the set keeps them) shuffled and xor-ed. */
function frozensetHash(s: PySet): bigint {
  let acc = 0n;
  for (const [mk, x] of s.map) {
    const h = (s.map.hashOf(mk) ?? pythonHash(x)) & M64;
    acc ^= ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & M64;
  }
  acc ^= ((BigInt(s.map.size) + 1n) * 1927868237n) & M64;
  acc ^= (acc >> 11n) ^ (acc >> 25n);
  acc = (acc * 69069n + 907133923n) & M64;
  return acc === M64 ? 590923713n : toSigned64(acc);
}

const XXP1 = 11400714785074694791n;
const XXP2 = 14029467366897019727n;
const XXP5 = 2870177450012600261n;

/** CPython's hash(), where it is deterministic (numbers, None, tuples of those). */
export function pythonHash(v: PyValue): bigint {
  switch (typeof v) {
    case 'bigint':
      return intHash(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return floatHash(v, v);
    case 'string':
      return toSigned64(pyHash(v));
  }
  if (v === null) return 4238894112n;
  if (v instanceof PyTuple) {
    let acc = XXP5;
    for (const x of v.items) {
      const lane = pythonHash(x) & M64;
      acc = (acc + lane * XXP2) & M64;
      acc = ((acc << 31n) | (acc >> 33n)) & M64;
      acc = (acc * XXP1) & M64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXP5 ^ 3527539n))) & M64;
    if (acc === M64) return 1546275796n;
    return toSigned64(acc);
  }
  if (v instanceof PyComplex) {
    const h = floatHash(v.re, v) + 1000003n * floatHash(v.im, v);
    const r = toSigned64(h);
    return r === -1n ? -2n : r;
  }
  if (!v.cls.isBuiltin) {
    const h = v.cls.lookup('__hash__');
    if (h === null) throw pyError('TypeError', `unhashable type: '${typeName(v)}'`);
    if (h !== undefined && h === objectClass.dict!.get('__hash__')) return objectHash(v);
    if (h !== undefined && !(h instanceof PyNativeMethod && h.owner.isBuiltin)) {
      const r = callMethod(h, v, []);
      if (!isIntLike(r)) throw pyError('TypeError', '__hash__ method should return an integer');
      // CPython's slot keeps a result that fits a Py_hash_t (-1 aside); a bigger int is hashed as an int.
      const b = asBig(r);
      if (b >= -(1n << 63n) && b < 1n << 63n) return b === -1n ? -2n : b;
      return intHash(b);
    }
    if (v instanceof PyBoxed) return pythonHash(v.value);
  }
  if (v instanceof PySet && v.cls.isSubclassOf(frozensetClass)) return frozensetHash(v);
  const native = v.cls.slots.hash;
  if (native !== undefined) return native(v);
  const k = hashKey(v); // raises for unhashable values
  if (typeof k === 'object') return objectHash(v);
  return toSigned64(pyHash(v));
}

hooks.keyHash = pythonHash;
