/**
 * The UTF-16 and UTF-32 codecs (str.encode / bytes.decode): "utf-16" and "utf-32" write a
 * little-endian byte order mark and read either one (little-endian without it); the -le and -be
 * forms have none. Decoding errors are CPython's, under the errors= handler given.
 */
import { decodeFailure } from '../unicode-errors';
import type { PyExc } from '../core';
import { decodeReplacement } from './decode-errors';

export type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

/** The codec a normalised encoding name (lowercase, no "-", "_" or spaces) stands for, or null. */
export function wideCodec(n: string): WideCodec | null {
  const m = /^(?:utf|u)(16|32)(le|be)?$/.exec(n);
  if (m === null) return null;
  return `utf-${m[1]}${m[2] ? '-' + m[2] : ''}` as WideCodec;
}

/** The code points of `s` (its surrogate pairs joined); a lone surrogate as itself. */
function codePoints(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!);
}

/**
 * str → bytes. `surrogate(i)` decides a lone surrogate at code point i: throws (strict), or
 * gives the code points to encode instead (none for nothing).
 */
export function encodeWide(s: string, codec: WideCodec, surrogate: (i: number) => number[]): Uint8Array {
  const wide = codec.startsWith('utf-32');
  const big = codec.endsWith('-be');
  const out: number[] = [];
  const unit = (u: number) => {
    if (wide) {
      const b = [u & 0xff, (u >> 8) & 0xff, (u >> 16) & 0xff, (u >>> 24) & 0xff];
      out.push(...(big ? b.reverse() : b));
    } else {
      const b = [u & 0xff, (u >> 8) & 0xff];
      out.push(...(big ? b.reverse() : b));
    }
  };
  if (codec === 'utf-16' || codec === 'utf-32') unit(0xfeff);
  const cps = codePoints(s);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    for (const c of cp >= 0xd800 && cp < 0xe000 ? surrogate(i) : [cp]) {
      if (wide || c < 0x10000) unit(c);
      else {
        unit(0xd800 + ((c - 0x10000) >> 10));
        unit(0xdc00 + ((c - 0x10000) & 0x3ff));
      }
    }
  }
  return Uint8Array.from(out);
}

function decodeError(codec: string, data: Uint8Array, from: number, to: number, reason: string): PyExc {
  return decodeFailure(codec, data, from, to, reason);
}

/** bytes → str; errors names a decoding error handler (decode-errors.ts). */
export function decodeWide(data: Uint8Array, codec: WideCodec, errors: string): string {
  const wide = codec.startsWith('utf-32');
  const size = wide ? 4 : 2;
  let big = codec.endsWith('-be');
  let i = 0;
  if (codec === 'utf-16' || codec === 'utf-32') {
    // A byte order mark decides the order (and is dropped); without one, little-endian.
    const le = wide ? [0xff, 0xfe, 0, 0] : [0xff, 0xfe];
    const be = wide ? [0, 0, 0xfe, 0xff] : [0xfe, 0xff];
    const starts = (bom: number[]) => data.length >= size && bom.every((b, k) => data[k] === b);
    if (starts(le)) i = size;
    else if (starts(be)) {
      big = true;
      i = size;
    }
  }
  const name = `utf-${wide ? 32 : 16}-${big ? 'be' : 'le'}`;
  const read = (at: number) => {
    let u = 0;
    for (let k = 0; k < size; k++) u = u * 256 + data[big ? at + k : at + size - 1 - k];
    return u;
  };
  let s = '';
  const bad = (from: number, to: number, reason: string) => {
    s += decodeReplacement(errors, data.subarray(from, to), () => decodeError(name, data, from, to, reason));
    i = to;
  };
  while (i < data.length) {
    if (data.length - i < size) {
      bad(i, data.length, 'truncated data');
      continue;
    }
    const u = read(i);
    if (wide) {
      if (u > 0x10ffff) bad(i, i + 4, 'code point not in range(0x110000)');
      else if (u >= 0xd800 && u < 0xe000) bad(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      else {
        s += String.fromCodePoint(u);
        i += 4;
      }
      continue;
    }
    if (u < 0xd800 || u >= 0xe000) {
      s += String.fromCharCode(u);
      i += 2;
    } else if (u >= 0xdc00) bad(i, i + 2, 'illegal encoding');
    else if (data.length - i < 4) bad(i, data.length, 'unexpected end of data');
    else {
      const low = read(i + 2);
      if (low >= 0xdc00 && low < 0xe000) {
        s += String.fromCharCode(u, low);
        i += 4;
      } else bad(i, i + 2, 'illegal UTF-16 surrogate');
    }
  }
  return s;
}
