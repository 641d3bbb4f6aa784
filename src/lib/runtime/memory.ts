/**
 * Programs that ask for more than a run can hold or compute: CPython's MemoryError (or its
 * OverflowError) for a sequence or integer too big, and big-integer work charged against the
 * run's operation budget by its real cost, so that a runaway stops at the named limit.
 */
import { pyError, RangeErrorGuard } from './core';
import { run } from './run';

/** Items a list or tuple may have: a JS array of more takes the engine's heap down. */
const MAX_SEQUENCE_ITEMS = 1 << 26;
/** Bits a JS BigInt may have (V8's limit). */
const MAX_INT_BITS = 2 ** 30;
/** Result bits below which integer work is cheap enough not to be charged. */
const FREE_BITS = 1 << 12;
const FREE_SHIFT = BigInt(FREE_BITS);
const WORD = 1n << 64n;

/**
 * A JS RangeError for running out of room (a string, array or BigInt too long) as the
 * MemoryError CPython raises there; a stack overflow or anything else is returned unchanged.
 */
export function asMemoryError(e: unknown): unknown {
  return e instanceof RangeError && !RangeErrorGuard.isStackOverflow(e) ? pyError('MemoryError') : e;
}

/** Set by the interpreter: stops the run at its operation limit (a LimitExceeded). */
export const operationLimit = { exceeded: (): void => {} };

/** `cost` operations at once (about one per result bit of big-integer work: V8 takes ~50 ns a bit). */
export function chargeOperations(cost: number): void {
  run.ops += cost;
  if (run.ops > run.limits.operations) operationLimit.exceeded();
}

/** A list or tuple of `n` items: MemoryError when a run cannot hold it. */
export function checkSequenceLength(n: number): void {
  if (n > MAX_SEQUENCE_ITEMS) throw pyError('MemoryError');
  chargeAllocation(n);
}

/**
 * Set by the interpreter: reads the engine's heap and stops a run that has taken too much of it
 * (interp/state.ts). It is read every 2^18 operations, and sooner after big allocations made in one
 * operation (`[0] * n`, `'x' * n`), where 2^18 operations could take gigabytes.
 */
export const heapCheck = { read: (): void => {} };

/** Items (or characters) allocated at once between two heap readings, at most. */
const ALLOCATED_PER_CHECK = 1 << 21;
let allocatedSinceCheck = 0;

/** `n` items or characters just allocated in one operation. */
export function chargeAllocation(n: number): void {
  allocatedSinceCheck += n;
  if (allocatedSinceCheck < ALLOCATED_PER_CHECK) return;
  allocatedSinceCheck = 0;
  heapCheck.read();
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : (x < 0n ? -x : x).toString(16).length * 4;
}

/** Before `x << y` (y >= 0): CPython's errors for a shift it cannot make, and its cost. */
export function checkShift(x: bigint, y: bigint): void {
  if (y < FREE_SHIFT || x === 0n) return;
  if (y >= WORD) throw pyError('OverflowError', 'too many digits in integer');
  const bits = bitLength(x) + Number(y);
  if (bits > MAX_INT_BITS) throw pyError('MemoryError');
  chargeOperations(bits / 64);
}

/** Before `x ** y` (y >= 0): its cost, about one operation per result bit. */
export function chargePower(x: bigint, y: bigint): void {
  // Under 64 squarings of a 64-bit number: cheap (the common case, decided without a string).
  if (y < 64n && x < WORD && x > -WORD) return;
  if (x === 0n || x === 1n || x === -1n) return;
  const bits = bitLength(x) * Number(y);
  if (bits > FREE_BITS) chargeOperations(bits);
}
