/**
 * The ints 0 to 65535 as bigints made once (as CPython keeps its small ints): a loop counted in JS
 * numbers hands out these instead of allocating a bigint per pass. A bigint's identity cannot be
 * observed (=== compares bigints by value), so sharing them changes nothing a program can see.
 */
const SIZE = 65536;
// Kept in pages of 256, each made when one of its ints is first asked for: the whole table made up
// front (half a megabyte of fresh memory) was a measurable part of every CLI start.
const PAGE_BITS = 8;
const PAGE_MASK = (1 << PAGE_BITS) - 1;
const pages: ((bigint | undefined)[] | undefined)[] = new Array(SIZE >> PAGE_BITS).fill(undefined);

/** The int for a JS number that is an exact integer (the caller's guarantee). */
export function smallInt(n: number): bigint {
  if (n >= 0 && n < SIZE) {
    let page = pages[n >> PAGE_BITS];
    if (page === undefined) pages[n >> PAGE_BITS] = page = new Array<bigint | undefined>(PAGE_MASK + 1).fill(undefined);
    const b = page[n & PAGE_MASK];
    return b !== undefined ? b : (page[n & PAGE_MASK] = BigInt(n));
  }
  return BigInt(n);
}
