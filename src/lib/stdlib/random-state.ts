/**
 * `Random.setstate(state)`'s checks, in CPython's order and words: random.py unpacks
 * `(version, internalstate, gauss_next)` (version 2 reduces each word `% 2**32`), then _random's C
 * setstate wants a tuple of 625 ints: 624 words read as C unsigned longs (only an int will do, not
 * even a whole float: 'an integer is required') and the index read as a C long (through __index__).
 */
import { PyList, PyTuple, pyError, type PyValue } from '../runtime/core';
import { binop, iterToArray, toIndex } from '../runtime/ops';
import type { PyRandomState } from '../py/random/index';
import { run } from '../runtime/run';

const N = 624;
const ULONG_END = 1n << 64n;
const LONG_END = 1n << 63n;

/** The number a version compares equal to (3.0 == 3), else NaN. */
function versionNumber(v: PyValue): number {
  if (typeof v === 'bigint' || typeof v === 'number') return Number(v);
  if (typeof v === 'boolean') return Number(v);
  return NaN;
}

function unpack3(state: PyValue): PyValue[] {
  const parts = state instanceof PyList || state instanceof PyTuple ? state.items : iterToArray(state);
  if (parts.length > 3) {
    const got = run.minor >= 14 && state instanceof PyTuple ? `, got ${parts.length}` : '';
    throw pyError('ValueError', `too many values to unpack (expected 3${got})`);
  }
  if (parts.length < 3) throw pyError('ValueError', `not enough values to unpack (expected 3, got ${parts.length})`);
  return parts;
}

function word(v: PyValue): bigint {
  if (typeof v !== 'bigint' && typeof v !== 'boolean') throw pyError('TypeError', 'an integer is required');
  const x = BigInt(v);
  if (x < 0n) throw pyError('OverflowError', "can't convert negative value to unsigned int");
  if (x >= ULONG_END) throw pyError('OverflowError', 'Python int too large to convert to C unsigned long');
  return BigInt.asUintN(32, x);
}

function index(v: PyValue): bigint {
  const x = toIndex(v);
  if (x >= LONG_END || x < -LONG_END) throw pyError('OverflowError', 'Python int too large to convert to C long');
  if (x < 0n || x > BigInt(N)) throw pyError('ValueError', 'invalid state');
  return x;
}

export function checkedState(state: PyValue): PyRandomState {
  const first = state instanceof PyList || state instanceof PyTuple ? state.items[0] : iterToArray(state)[0];
  const version = versionNumber(first ?? null);
  if (version !== 3 && version !== 2)
    throw pyError('ValueError', `state with version ${String(first)} passed to Random.setstate() of version 3`);
  const [, given, gaussNext] = unpack3(state);
  let internal = given;
  if (version === 2) {
    const mod = 1n << 32n;
    internal = new PyTuple(iterToArray(given).map((x) => binop('%', x, mod)));
  }
  if (!(internal instanceof PyTuple)) throw pyError('TypeError', 'state vector must be a tuple');
  if (internal.items.length !== N + 1) throw pyError('ValueError', 'state vector is the wrong size');
  const words = internal.items.slice(0, N).map(word);
  words.push(index(internal.items[N]));
  return [3n, words, typeof gaussNext === 'number' || typeof gaussNext === 'bigint' ? gaussNext : null];
}
