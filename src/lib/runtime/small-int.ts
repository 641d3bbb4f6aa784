/**
 * The ints 0 to 65535 as bigints made once (as CPython keeps its small ints): a loop counted in JS
 * numbers hands out these instead of allocating a bigint per pass. A bigint's identity cannot be
 * observed (=== compares bigints by value), so sharing them changes nothing a program can see.
 */
const SIZE = 65536;
const made: (bigint | undefined)[] = new Array<bigint | undefined>(SIZE).fill(undefined);

/** The int for a JS number that is an exact integer (the caller's guarantee). */
export function smallInt(n: number): bigint {
  if (n >= 0 && n < SIZE) {
    const b = made[n];
    return b !== undefined ? b : (made[n] = BigInt(n));
  }
  return BigInt(n);
}
