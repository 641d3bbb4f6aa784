/** How the doctor writes figures: virtual seconds and counts, in English and Korean. */

/** Seconds as short text: `2 s`, `0.75 s`, `1.333 s` (at most three decimals). */
export function secs(x: number): string {
  return `${num(x)} s`;
}

/** Seconds in Korean: `2초`, `0.75초`. */
export function secsKo(x: number): string {
  return `${num(x)}초`;
}

/** A number with at most three decimals and no trailing zeros, with thousands separators. */
export function num(x: number): string {
  return (Math.round(x * 1000) / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** `1 task`, `3 tasks`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}
