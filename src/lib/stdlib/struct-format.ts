/**
 * A struct format string compiled into its items, with the sizes and alignment of 64-bit Linux
 * for the native mode ('@', the default) and the standard sizes for '=', '<', '>' and '!'.
 */

/** A run of `count` values of one code (for 's' and 'p': one value of `size` bytes). */
interface StructItem {
  code: string;
  count: number;
  /** Bytes one value takes. */
  size: number;
  /** Offset of the run's first value in the packed bytes. */
  offset: number;
}

export interface CompiledStruct {
  items: StructItem[];
  size: number;
  /** How many values pack takes and unpack gives. */
  values: number;
  littleEndian: boolean;
  native: boolean;
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8,
  n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
}; // prettier-ignore
const STANDARD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
}; // prettier-ignore
/** Codes that native mode aligns to their size. */
const ALIGNED = 'hHiIlLqQnNefdP';

export class StructFormatError extends Error {}

const cache = new Map<string, CompiledStruct>();

/** Compile a format; throws StructFormatError with struct.error's message. */
export function compileStruct(fmt: string): CompiledStruct {
  const hit = cache.get(fmt);
  if (hit) return hit;
  let pos = 0;
  let native = true;
  let littleEndian = true;
  const first = fmt[0];
  if (first !== undefined && '@=<>!'.includes(first)) {
    pos = 1;
    native = first === '@';
    littleEndian = first !== '>' && first !== '!';
  }
  const sizes = native ? NATIVE_SIZES : STANDARD_SIZES;
  const items: StructItem[] = [];
  let size = 0;
  let values = 0;
  while (pos < fmt.length) {
    const c = fmt[pos];
    if (/\s/.test(c)) {
      pos++;
      continue;
    }
    let count = 1;
    if (c >= '0' && c <= '9') {
      let n = 0n;
      while (pos < fmt.length && fmt[pos] >= '0' && fmt[pos] <= '9') n = n * 10n + BigInt(fmt.charCodeAt(pos++) - 48);
      if (pos >= fmt.length) throw new StructFormatError('repeat count given without format specifier');
      if (n > 2n ** 53n) throw new StructFormatError('total struct size too long');
      count = Number(n);
    }
    const code = fmt[pos++];
    const itemSize = sizes[code];
    if (itemSize === undefined) throw new StructFormatError('bad char in struct format');
    if (native && ALIGNED.includes(code) && size > 0) size += itemSize - 1 - ((size - 1) % itemSize);
    if (code === 's' || code === 'p') {
      items.push({ code, count: 1, size: count, offset: size });
      size += count;
      values++;
    } else if (code === 'x') size += count;
    else {
      items.push({ code, count, size: itemSize, offset: size });
      size += count * itemSize;
      values += count;
    }
  }
  const compiled = { items, size, values, littleEndian, native };
  cache.set(fmt, compiled);
  return compiled;
}
