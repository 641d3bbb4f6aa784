/**
 * Decompression of DEFLATE data (RFC 1951) inside a zlib (RFC 1950) or gzip (RFC 1952) wrapper, or
 * raw, as zlib's inflate() does it: a machine that can stop wherever its input or its output runs
 * out and go on at the next call, taking input a byte at a time only when the next field needs it
 * (so that what it leaves unread, `unconsumed_tail` and `unused_data`, is what zlib leaves), with
 * zlib's return codes and error messages. The caller (stdlib/zlib.ts) drives it as CPython's
 * zlibmodule.c drives zlib.
 */

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_NEED_DICT = 2;
export const Z_STREAM_ERROR = -2;
export const Z_DATA_ERROR = -3;
export const Z_BUF_ERROR = -5;

export const Z_SYNC_FLUSH = 2;
export const Z_FINISH = 4;

/** Where a caller's bytes come from and go to, as zlib's z_stream has them. */
export interface Stream {
  input: Uint8Array;
  nextIn: number;
  availIn: number;
  output: Uint8Array;
  nextOut: number;
  availOut: number;
  /** The message of the last error (zlib's strm->msg), null when none. */
  msg: string | null;
}

// The machine's states, in the order zlib compares them (mode < CHECK, mode < BAD).
const HEAD = 0,
  GZ_FLAGS = 1,
  GZ_TIME = 2,
  GZ_OS = 3,
  GZ_EXLEN = 4,
  GZ_EXTRA = 5,
  GZ_NAME = 6,
  GZ_COMMENT = 7,
  GZ_HCRC = 8,
  DICTID = 9,
  DICT = 10,
  TYPE = 11,
  STORED = 12,
  COPY = 13,
  TABLE = 14,
  LENLENS = 15,
  CODELENS = 16,
  LEN = 17,
  LENEXT = 18,
  DIST = 19,
  DISTEXT = 20,
  MATCH = 21,
  LIT = 22,
  CHECK = 23,
  LENGTH = 24,
  DONE = 25,
  BAD = 26;

/** The order in which a dynamic block lists the code lengths of its code-length code. */
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const LEN_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/**
 * A decoding table: entry i, for the next `bits` input bits read as the number i, holds
 * (code length << 16) | symbol; INVALID marks a bit pattern that is no code (length in bits 16+).
 */
interface Decoder {
  table: Int32Array;
  mask: number;
}
const INVALID = 0x8000;

/**
 * The table for the code lengths `lens` (canonical Huffman codes, RFC 1951 3.2.2); null when the
 * lengths over-subscribe the code space, or leave part of it unused where zlib refuses that (the
 * code-length code always; another only if its longest code is longer than one bit). With no code
 * at all, or a single one-bit code, every unused pattern decodes as an invalid one-bit code.
 */
function buildDecoder(lens: ArrayLike<number>, count: number, codeLengths: boolean): Decoder | null {
  const perLength = new Array<number>(16).fill(0);
  for (let i = 0; i < count; i++) perLength[lens[i]]++;
  let longest = 15;
  while (longest > 0 && perLength[longest] === 0) longest--;
  if (longest === 0) {
    // zlib's table for no symbols: one bit, invalid (the code-length code reads it as symbol 0)
    const entry = codeLengths ? 1 << 16 : (1 << 16) | INVALID;
    return { table: Int32Array.of(entry, entry), mask: 1 };
  }
  let room = 1;
  for (let len = 1; len <= 15; len++) {
    room = room * 2 - perLength[len];
    if (room < 0) return null;
  }
  if (room > 0 && (codeLengths || longest !== 1)) return null;
  const size = 1 << longest;
  const table = new Int32Array(size).fill((1 << 16) | INVALID);
  const next = new Array<number>(16).fill(0);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + perLength[len - 1]) << 1;
    next[len] = code;
  }
  for (let sym = 0; sym < count; sym++) {
    const len = lens[sym];
    if (len === 0) continue;
    let c = next[len]++;
    // the code's bits arrive first bit first: the table is indexed by the reversed code
    let rev = 0;
    for (let k = 0; k < len; k++) {
      rev = (rev << 1) | (c & 1);
      c >>= 1;
    }
    for (let i = rev; i < size; i += 1 << len) table[i] = (len << 16) | sym;
  }
  return { table, mask: size - 1 };
}

let fixedLit: Decoder | null = null;
let fixedDist: Decoder | null = null;
function fixedDecoders(): [Decoder, Decoder] {
  if (fixedLit === null || fixedDist === null) {
    const lens = new Array<number>(288);
    for (let i = 0; i < 288; i++) lens[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    fixedLit = buildDecoder(lens, 288, false)!;
    fixedDist = buildDecoder(new Array<number>(32).fill(5), 32, false)!;
  }
  return [fixedLit, fixedDist];
}

const CRC_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c;
}

/** CRC-32 (the gzip and PNG one) of data[from, to), continuing from `crc`. */
export function crc32(crc: number, data: ArrayLike<number>, from = 0, to = data.length): number {
  let c = ~crc;
  for (let i = from; i < to; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Adler-32 (RFC 1950) of data[from, to), continuing from `adler`. */
export function adler32(adler: number, data: ArrayLike<number>, from = 0, to = data.length): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  let i = from;
  while (i < to) {
    // 5552 bytes is the most that can be summed before the sums pass 2^32
    const stop = Math.min(to, i + 5552);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** One decompression stream (zlib's inflate state). */
export class Inflater {
  private mode = HEAD;
  /** Container: bit 1 zlib, bit 2 gzip, bit 4 check the trailer's values; 0 raw. */
  private wrap: number;
  private wbits: number;
  private hold = 0;
  private bits = 0;
  private last = false;
  private gzip = false;
  private gzFlags = 0;
  private check = 0;
  private total = 0;
  private length = 0;
  private extra = 0;
  private offset = 0;
  private haveDict = false;
  /** The history window (a ring of wsize bytes, as zlib's). */
  private window: Uint8Array | null = null;
  private wsize = 0;
  private whave = 0;
  private wnext = 0;
  private nlen = 0;
  private ndist = 0;
  private ncode = 0;
  private have = 0;
  private lens = new Uint16Array(320);
  private litCode: Decoder | null = null;
  private distCode: Decoder | null = null;
  /** The dictionary id a zlib header asked for (adler32 of the dictionary). */
  dictId = 0;

  /** null: windowBits zlib refuses (Z_STREAM_ERROR). */
  static create(windowBits: number): Inflater | null {
    let wrap: number;
    let wbits = windowBits;
    if (wbits < 0) {
      if (wbits < -15) return null;
      wrap = 0;
      wbits = -wbits;
    } else {
      wrap = (wbits >> 4) + 5;
      if (wbits < 48) wbits &= 15;
    }
    if (wbits !== 0 && (wbits < 8 || wbits > 15)) return null;
    return new Inflater(wrap, wbits);
  }

  private constructor(wrap: number, wbits: number) {
    this.wrap = wrap;
    this.wbits = wbits;
  }

  /** A copy that goes on independently (Decompress.copy). */
  copy(): Inflater {
    const twin = Object.assign(Object.create(Inflater.prototype) as Inflater, this);
    twin.lens = this.lens.slice();
    if (this.window !== null) twin.window = this.window.slice();
    return twin;
  }

  get finished(): boolean {
    return this.mode === DONE;
  }

  /** inflateSetDictionary: Z_OK, Z_STREAM_ERROR (not wanted now) or Z_DATA_ERROR (wrong id). */
  setDictionary(dict: Uint8Array): number {
    if (this.wrap !== 0 && this.mode !== DICT) return Z_STREAM_ERROR;
    if (this.mode === DICT && adler32(1, dict) !== this.check) return Z_DATA_ERROR;
    this.addToWindow(dict, dict.length, dict.length);
    this.haveDict = true;
    return Z_OK;
  }

  /** Keep the `count` bytes of src before `end` as the most recent history. */
  private addToWindow(src: Uint8Array, end: number, count: number): void {
    if (this.window === null) {
      this.wsize = 1 << this.wbits;
      this.window = new Uint8Array(this.wsize);
      this.wnext = 0;
      this.whave = 0;
    }
    const w = this.window;
    const size = this.wsize;
    if (count >= size) {
      w.set(src.subarray(end - size, end));
      this.wnext = 0;
      this.whave = size;
      return;
    }
    const first = Math.min(size - this.wnext, count);
    w.set(src.subarray(end - count, end - count + first), this.wnext);
    const rest = count - first;
    if (rest > 0) {
      w.set(src.subarray(end - rest, end), 0);
      this.wnext = rest;
      this.whave = size;
    } else {
      this.wnext += first;
      if (this.wnext === size) this.wnext = 0;
      if (this.whave < size) this.whave += first;
    }
  }

  /** One inflate() call: Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_DATA_ERROR (msg set) or Z_BUF_ERROR. */
  inflate(s: Stream, flush: number): number {
    const input = s.input;
    const output = s.output;
    let next = s.nextIn;
    let have = s.availIn;
    let put = s.nextOut;
    let left = s.availOut;
    const inAtStart = have;
    const outAtStart = left;
    let hold = this.hold;
    let bits = this.bits;
    let ret = Z_OK;
    // the bytes of this call's output the checksum has not seen yet start here
    let unchecked = put;
    const save = () => {
      s.nextIn = next;
      s.availIn = have;
      s.nextOut = put;
      s.availOut = left;
      this.hold = hold;
      this.bits = bits;
    };
    const bad = (msg: string) => {
      s.msg = msg;
      this.mode = BAD;
    };
    /** Fill hold to at least n bits; false when the input runs out first. */
    const need = (n: number): boolean => {
      while (bits < n) {
        if (have === 0) return false;
        have--;
        hold = (hold | (input[next++] << bits)) >>> 0;
        bits += 8;
      }
      return true;
    };
    const take = (n: number): number => {
      const v = n === 32 ? hold : hold & ((1 << n) - 1);
      hold = n === 32 ? 0 : hold >>> n;
      bits -= n;
      return v;
    };
    /** The next symbol of `d` (its entry), or -1 when the input runs out before the code is whole. */
    const decode = (d: Decoder): number => {
      for (;;) {
        const e = d.table[hold & d.mask];
        if (e >>> 16 <= bits) return e;
        if (have === 0) return -1;
        have--;
        hold = (hold | (input[next++] << bits)) >>> 0;
        bits += 8;
      }
    };
    const updateCheck = () => {
      if (this.wrap & 4 && put > unchecked)
        this.check = this.gzip
          ? crc32(this.check, output, unchecked, put)
          : adler32(this.check, output, unchecked, put);
      this.total += put - unchecked;
      unchecked = put;
    };

    leave: for (;;) {
      switch (this.mode) {
        case HEAD: {
          if (this.wrap === 0) {
            this.mode = TYPE;
            break;
          }
          if (!need(16)) break leave;
          if (this.wrap & 2 && hold === 0x8b1f) {
            if (this.wbits === 0) this.wbits = 15;
            this.gzip = true;
            this.check = crc32(0, [0x1f, 0x8b]);
            hold = bits = 0;
            this.mode = GZ_FLAGS;
            break;
          }
          if (!(this.wrap & 1) || ((hold & 0xff) * 256 + (hold >>> 8)) % 31 !== 0) {
            bad('incorrect header check');
            break;
          }
          if ((hold & 15) !== 8) {
            bad('unknown compression method');
            break;
          }
          const len = ((hold >>> 4) & 15) + 8;
          if (this.wbits === 0) this.wbits = len;
          if (len > 15 || len > this.wbits) {
            bad('invalid window size');
            break;
          }
          this.check = 1;
          this.mode = hold & 0x2000 ? DICTID : TYPE;
          hold = bits = 0;
          break;
        }
        case GZ_FLAGS: {
          if (!need(16)) break leave;
          this.gzFlags = hold;
          if ((hold & 0xff) !== 8) {
            bad('unknown compression method');
            break;
          }
          if (hold & 0xe000) {
            bad('unknown header flags set');
            break;
          }
          this.headerCrc(hold, 2);
          hold = bits = 0;
          this.mode = GZ_TIME;
          break;
        }
        case GZ_TIME:
          if (!need(32)) break leave;
          this.headerCrc(hold, 4);
          hold = bits = 0;
          this.mode = GZ_OS;
          break;
        case GZ_OS:
          if (!need(16)) break leave;
          this.headerCrc(hold, 2);
          hold = bits = 0;
          this.mode = GZ_EXLEN;
          break;
        case GZ_EXLEN:
          if (this.gzFlags & 0x400) {
            if (!need(16)) break leave;
            this.length = hold;
            this.headerCrc(hold, 2);
            hold = bits = 0;
          }
          this.mode = GZ_EXTRA;
          break;
        case GZ_EXTRA:
          if (this.gzFlags & 0x400) {
            const n = Math.min(this.length, have);
            if (n > 0) {
              if (this.gzFlags & 0x200 && this.wrap & 4) this.check = crc32(this.check, input, next, next + n);
              have -= n;
              next += n;
              this.length -= n;
            }
            if (this.length > 0) break leave;
          }
          this.length = 0;
          this.mode = GZ_NAME;
          break;
        case GZ_NAME:
        case GZ_COMMENT: {
          if (this.gzFlags & (this.mode === GZ_NAME ? 0x800 : 0x1000)) {
            if (have === 0) break leave;
            let n = 0;
            let c: number;
            do c = input[next + n++];
            while (c !== 0 && n < have);
            if (this.gzFlags & 0x200 && this.wrap & 4) this.check = crc32(this.check, input, next, next + n);
            have -= n;
            next += n;
            if (c !== 0) break leave;
          }
          this.mode = this.mode === GZ_NAME ? GZ_COMMENT : GZ_HCRC;
          break;
        }
        case GZ_HCRC:
          if (this.gzFlags & 0x200) {
            if (!need(16)) break leave;
            if (this.wrap & 4 && hold !== (this.check & 0xffff)) {
              bad('header crc mismatch');
              break;
            }
            hold = bits = 0;
          }
          this.check = 0;
          this.mode = TYPE;
          break;
        case DICTID:
          if (!need(32)) break leave;
          // big-endian on the wire
          this.check = this.dictId =
            (((hold & 0xff) << 24) | ((hold & 0xff00) << 8) | ((hold >>> 8) & 0xff00) | (hold >>> 24)) >>> 0;
          hold = bits = 0;
          this.mode = DICT;
          break;
        case DICT:
          if (!this.haveDict) {
            save();
            return Z_NEED_DICT;
          }
          this.check = 1;
          this.mode = TYPE;
          break;
        case TYPE: {
          if (this.last) {
            take(bits & 7);
            this.mode = CHECK;
            break;
          }
          if (!need(3)) break leave;
          this.last = take(1) === 1;
          const kind = take(2);
          if (kind === 0) this.mode = STORED;
          else if (kind === 1) {
            [this.litCode, this.distCode] = fixedDecoders();
            this.mode = LEN;
          } else if (kind === 2) this.mode = TABLE;
          else bad('invalid block type');
          break;
        }
        case STORED:
          take(bits & 7);
          if (!need(32)) break leave;
          if ((hold & 0xffff) !== ((hold >>> 16) ^ 0xffff)) {
            bad('invalid stored block lengths');
            break;
          }
          this.length = hold & 0xffff;
          hold = bits = 0;
          this.mode = COPY;
          break;
        case COPY: {
          let n = this.length;
          if (n === 0) {
            this.mode = TYPE;
            break;
          }
          n = Math.min(n, have, left);
          if (n === 0) break leave;
          output.set(input.subarray(next, next + n), put);
          have -= n;
          next += n;
          left -= n;
          put += n;
          this.length -= n;
          break;
        }
        case TABLE:
          if (!need(14)) break leave;
          this.nlen = take(5) + 257;
          this.ndist = take(5) + 1;
          this.ncode = take(4) + 4;
          if (this.nlen > 286 || this.ndist > 30) {
            bad('too many length or distance symbols');
            break;
          }
          this.have = 0;
          this.mode = LENLENS;
          break;
        case LENLENS: {
          while (this.have < this.ncode) {
            if (!need(3)) break leave;
            this.lens[CLEN_ORDER[this.have++]] = take(3);
          }
          while (this.have < 19) this.lens[CLEN_ORDER[this.have++]] = 0;
          this.litCode = buildDecoder(this.lens, 19, true);
          if (this.litCode === null) {
            bad('invalid code lengths set');
            break;
          }
          this.have = 0;
          this.mode = CODELENS;
          break;
        }
        case CODELENS: {
          const total = this.nlen + this.ndist;
          const d = this.litCode!;
          let failed = false;
          while (this.have < total) {
            const e = decode(d);
            if (e < 0) break leave;
            const len = e >>> 16;
            const sym = e & 0x7fff;
            if (sym < 16) {
              take(len);
              this.lens[this.have++] = sym;
              continue;
            }
            let value = 0;
            let times: number;
            if (sym === 16) {
              if (!need(len + 2)) break leave;
              take(len);
              if (this.have === 0) {
                bad('invalid bit length repeat');
                failed = true;
                break;
              }
              value = this.lens[this.have - 1];
              times = 3 + take(2);
            } else if (sym === 17) {
              if (!need(len + 3)) break leave;
              take(len);
              times = 3 + take(3);
            } else {
              if (!need(len + 7)) break leave;
              take(len);
              times = 11 + take(7);
            }
            if (this.have + times > total) {
              bad('invalid bit length repeat');
              failed = true;
              break;
            }
            while (times-- > 0) this.lens[this.have++] = value;
          }
          if (failed) break;
          if (this.lens[256] === 0) {
            bad('invalid code -- missing end-of-block');
            break;
          }
          this.litCode = buildDecoder(this.lens, this.nlen, false);
          if (this.litCode === null) {
            bad('invalid literal/lengths set');
            break;
          }
          this.distCode = buildDecoder(this.lens.subarray(this.nlen), this.ndist, false);
          if (this.distCode === null) {
            bad('invalid distances set');
            break;
          }
          this.mode = LEN;
          break;
        }
        case LEN: {
          if (have >= 8 && left >= 258) {
            // plenty of input and room: the quick loop (same reads, same results)
            const f = this.fast;
            f.next = next;
            f.have = have;
            f.put = put;
            f.left = left;
            f.hold = hold;
            f.bits = bits;
            const msg = this.quickCodes(input, output, outAtStart);
            ({ next, have, put, left, hold, bits } = f);
            if (msg !== null) bad(msg);
            break;
          }
          const e = decode(this.litCode!);
          if (e < 0) break leave;
          take(e >>> 16);
          const sym = e & 0xffff;
          if (sym & INVALID) bad('invalid literal/length code');
          else if (sym < 256) {
            this.length = sym;
            this.mode = LIT;
          } else if (sym === 256) this.mode = TYPE;
          else if (sym > 285) bad('invalid literal/length code');
          else {
            this.length = LEN_BASE[sym - 257];
            this.extra = LEN_EXTRA[sym - 257];
            this.mode = LENEXT;
          }
          break;
        }
        case LENEXT:
          if (this.extra) {
            if (!need(this.extra)) break leave;
            this.length += take(this.extra);
          }
          this.mode = DIST;
          break;
        case DIST: {
          const e = decode(this.distCode!);
          if (e < 0) break leave;
          take(e >>> 16);
          const sym = e & 0xffff;
          if (sym & INVALID || sym > 29) {
            bad('invalid distance code');
            break;
          }
          this.offset = DIST_BASE[sym];
          this.extra = DIST_EXTRA[sym];
          this.mode = DISTEXT;
          break;
        }
        case DISTEXT:
          if (this.extra) {
            if (!need(this.extra)) break leave;
            this.offset += take(this.extra);
          }
          this.mode = MATCH;
          break;
        case MATCH: {
          if (left === 0) break leave;
          const produced = outAtStart - left;
          let n: number;
          if (this.offset > produced) {
            // from the window of earlier calls' output
            let back = this.offset - produced;
            if (back > this.whave) {
              bad('invalid distance too far back');
              break;
            }
            const w = this.window!;
            let from: number;
            if (back > this.wnext) {
              back -= this.wnext;
              from = this.wsize - back;
            } else from = this.wnext - back;
            n = Math.min(back, this.length, left);
            for (let i = 0; i < n; i++) output[put++] = w[from++];
          } else {
            n = Math.min(this.length, left);
            let from = put - this.offset;
            for (let i = 0; i < n; i++) output[put++] = output[from++];
          }
          left -= n;
          this.length -= n;
          if (this.length === 0) this.mode = LEN;
          break;
        }
        case LIT:
          if (left === 0) break leave;
          output[put++] = this.length;
          left--;
          this.mode = LEN;
          break;
        case CHECK:
          if (this.wrap) {
            if (!need(32)) break leave;
            updateCheck();
            const want = this.gzip
              ? hold
              : (((hold & 0xff) << 24) | ((hold & 0xff00) << 8) | ((hold >>> 8) & 0xff00) | (hold >>> 24)) >>> 0;
            if (this.wrap & 4 && want !== this.check) {
              bad('incorrect data check');
              break;
            }
            hold = bits = 0;
          }
          this.mode = LENGTH;
          break;
        case LENGTH:
          if (this.wrap && this.gzip) {
            if (!need(32)) break leave;
            if (this.wrap & 4 && hold !== this.total % 0x100000000) {
              bad('incorrect length check');
              break;
            }
            hold = bits = 0;
          }
          this.mode = DONE;
          break;
        case DONE:
          ret = Z_STREAM_END;
          break leave;
        default:
          ret = Z_DATA_ERROR;
          break leave;
      }
    }
    save();
    const produced = outAtStart - left;
    if (this.window !== null || (produced > 0 && this.mode < BAD && (this.mode < CHECK || flush !== Z_FINISH)))
      this.addToWindow(output, put, produced);
    updateCheck();
    if (((inAtStart === have && produced === 0) || flush === Z_FINISH) && ret === Z_OK) ret = Z_BUF_ERROR;
    return ret;
  }

  /** The quick loop's registers (kept out of closures, which V8 makes slow to reach). */
  private fast = { next: 0, have: 0, put: 0, left: 0, hold: 0, bits: 0 };

  /**
   * Decode literals and matches while at least 8 input bytes (enough for any symbol with its
   * extra bits) and 258 bytes of room remain, taking input a byte at a time as the slow path does.
   * Stops at a block's end (mode TYPE), at a match reaching back before this call's output (left
   * to MATCH, which reads the window), or at an invalid code (its message returned).
   */
  private quickCodes(input: Uint8Array, output: Uint8Array, outAtStart: number): string | null {
    const f = this.fast;
    let { next, have, put, left, hold, bits } = f;
    const lt = this.litCode!.table;
    const lm = this.litCode!.mask;
    const dt = this.distCode!.table;
    const dm = this.distCode!.mask;
    let msg: string | null = null;
    while (have >= 8 && left >= 258) {
      let e = lt[hold & lm];
      while (e >>> 16 > bits) {
        hold = (hold | (input[next++] << bits)) >>> 0;
        bits += 8;
        have--;
        e = lt[hold & lm];
      }
      let n = e >>> 16;
      hold >>>= n;
      bits -= n;
      const sym = e & 0xffff;
      if (sym < 256) {
        output[put++] = sym;
        left--;
        continue;
      }
      if (sym === 256) {
        this.mode = TYPE;
        break;
      }
      if (sym & INVALID || sym > 285) {
        msg = 'invalid literal/length code';
        break;
      }
      let length = LEN_BASE[sym - 257];
      let extra = LEN_EXTRA[sym - 257];
      if (extra) {
        while (bits < extra) {
          hold = (hold | (input[next++] << bits)) >>> 0;
          bits += 8;
          have--;
        }
        length += hold & ((1 << extra) - 1);
        hold >>>= extra;
        bits -= extra;
      }
      e = dt[hold & dm];
      while (e >>> 16 > bits) {
        hold = (hold | (input[next++] << bits)) >>> 0;
        bits += 8;
        have--;
        e = dt[hold & dm];
      }
      n = e >>> 16;
      hold >>>= n;
      bits -= n;
      const dsym = e & 0xffff;
      if (dsym & INVALID || dsym > 29) {
        msg = 'invalid distance code';
        break;
      }
      let dist = DIST_BASE[dsym];
      extra = DIST_EXTRA[dsym];
      if (extra) {
        while (bits < extra) {
          hold = (hold | (input[next++] << bits)) >>> 0;
          bits += 8;
          have--;
        }
        dist += hold & ((1 << extra) - 1);
        hold >>>= extra;
        bits -= extra;
      }
      if (dist > outAtStart - left) {
        this.length = length;
        this.offset = dist;
        this.mode = MATCH;
        break;
      }
      let from = put - dist;
      for (let i = 0; i < length; i++) output[put++] = output[from++];
      left -= length;
    }
    f.next = next;
    f.have = have;
    f.put = put;
    f.left = left;
    f.hold = hold;
    f.bits = bits;
    return msg;
  }

  /** Add a gzip header field's bytes to the header CRC, when the header has one to check. */
  private headerCrc(value: number, size: number): void {
    if (this.gzFlags & 0x200 && this.wrap & 4) {
      const b: number[] = [];
      for (let i = 0; i < size; i++) b.push((value >>> (8 * i)) & 255);
      this.check = crc32(this.check, b);
    }
  }
}
