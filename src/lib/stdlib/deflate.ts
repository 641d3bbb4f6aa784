/**
 * Compression to DEFLATE (RFC 1951), raw or in a zlib (RFC 1950) or gzip (RFC 1952) wrapper, giving
 * the very bytes zlib 1.2.13 gives (1.3.1, Pyodide's, makes the same). zlib's output is fixed by
 * its algorithm, so this is that algorithm: a window of twice the history size that slides by
 * half, strings of three bytes found through a hash table of chains, per-level limits on how far
 * down a chain to look and when to stop (the levels' table), greedy matching for levels 1-3 and lazy
 * matching (a match is taken only if the next position's is no longer) for 4-9, the run-length and
 * Huffman-only strategies, blocks ended when the symbol buffer fills, and for each block the
 * smallest of stored, fixed-code and dynamic-code forms, the dynamic codes built as zlib builds
 * them (a heap whose ties go to the shallower subtree, lengths capped at 15 bits, or 7 for the
 * code-length code, by moving leaves down). It runs as a machine that stops when its output space
 * runs out and goes on at the next call, as deflate() does, because CPython hands zlib its output
 * space in blocks and a stored block's size depends on that space.
 */
import { adler32, crc32, type Stream } from './inflate';

export const Z_NO_FLUSH = 0;
const Z_PARTIAL_FLUSH = 1;
const Z_FULL_FLUSH = 3;
export const Z_FINISH = 4;
const Z_BLOCK = 5;

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_STREAM_ERROR = -2;
const Z_BUF_ERROR = -5;

const Z_FILTERED = 1;
const Z_HUFFMAN_ONLY = 2;
const Z_RLE = 3;
const Z_FIXED = 4;

const MIN_MATCH = 3;
const MAX_MATCH = 258;
/** Lookahead kept ahead of the current position: a longest match and the next string's start. */
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;
const MAX_STORED = 65535;

const L_CODES = 286;
const D_CODES = 30;
const BL_CODES = 19;
const END_BLOCK = 256;
const REP_3_6 = 16;
const REPZ_3_10 = 17;
const REPZ_11_138 = 18;

const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// Length code (0-28) of each match length minus 3, and the first length of each code.
const LENGTH_CODE = new Uint8Array(256);
const BASE_LENGTH = new Uint16Array(29);
// Distance code of each distance minus 1 (0-29), and the first distance minus 1 of each code.
const DIST_CODE = new Uint8Array(32768);
const BASE_DIST = new Uint16Array(30);
function fillCodeTables(): void {
  let length = 0;
  for (let code = 0; code < 28; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) LENGTH_CODE[length++] = code;
  }
  // 258 (the last length) has a code of its own
  LENGTH_CODE[255] = 28;
  BASE_LENGTH[28] = 255;
  let dist = 0;
  for (let code = 0; code < 30; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) DIST_CODE[dist++] = code;
  }
}

function reverseBits(code: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (code & 1);
    code >>= 1;
  }
  return r;
}

/** Canonical codes (bit-reversed, ready to send) for the lengths in `len[0..maxCode]`. */
function assignCodes(len: Uint16Array, code: Uint16Array, maxCode: number, counts: Uint16Array): void {
  const next = new Uint16Array(16);
  let c = 0;
  for (let bits = 1; bits <= 15; bits++) {
    c = (c + counts[bits - 1]) << 1;
    next[bits] = c;
  }
  for (let n = 0; n <= maxCode; n++) {
    const l = len[n];
    if (l !== 0) code[n] = reverseBits(next[l]++, l);
  }
}

// The fixed codes of RFC 1951 3.2.6.
const STATIC_LLEN = new Uint16Array(288);
const STATIC_LCODE = new Uint16Array(288);
const STATIC_DLEN = new Uint16Array(30).fill(5);
const STATIC_DCODE = new Uint16Array(30);
function fillStaticCodes(): void {
  const counts = new Uint16Array(16);
  for (let n = 0; n < 288; n++) {
    STATIC_LLEN[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8;
    counts[STATIC_LLEN[n]]++;
  }
  assignCodes(STATIC_LLEN, STATIC_LCODE, 287, counts);
  for (let n = 0; n < 30; n++) STATIC_DCODE[n] = reverseBits(n, 5);
}

// The tables above are filled when the first Deflater is made, not when the module loads: every
// run of the CLI loads it, and few compress.
let tablesFilled = false;
function fillTables(): void {
  if (tablesFilled) return;
  tablesFilled = true;
  fillCodeTables();
  fillStaticCodes();
}

/** A tree being built: frequencies share their slot with the codes, parents with the lengths. */
interface Tree {
  /** Frequency while counting, the code once assigned. */
  freqCode: Uint16Array;
  /** Parent while building, then the code length. */
  dadLen: Uint16Array;
  maxCode: number;
  staticLen: Uint16Array | null;
  extra: number[];
  extraBase: number;
  elems: number;
  maxLength: number;
}

function newTree(
  size: number,
  staticLen: Uint16Array | null,
  extra: number[],
  base: number,
  elems: number,
  max: number,
): Tree {
  return {
    freqCode: new Uint16Array(size),
    dadLen: new Uint16Array(size),
    maxCode: 0,
    staticLen,
    extra,
    extraBase: base,
    elems,
    maxLength: max,
  };
}

/** Per level: [good match, lazy limit (greedy levels: longest match still indexed), nice match, chain limit]. */
const LEVELS: [number, number, number, number][] = [
  [0, 0, 0, 0],
  [4, 4, 8, 4],
  [4, 5, 16, 8],
  [4, 6, 32, 32],
  [4, 4, 16, 16],
  [8, 16, 32, 32],
  [8, 16, 128, 128],
  [8, 32, 128, 256],
  [32, 128, 258, 1024],
  [32, 258, 258, 4096],
];

const NEED_MORE = 0;
const BLOCK_DONE = 1;
const FINISH_STARTED = 2;
const FINISH_DONE = 3;

const INIT_STATE = 42;
const GZIP_STATE = 57;
const BUSY_STATE = 113;
const FINISH_STATE = 666;

/** How the flush values order for "no more than last time" (zlib's RANK). */
const rank = (f: number) => f * 2 - (f > 4 ? 9 : 0);

/** One compression stream (zlib's deflate state). */
export class Deflater {
  private s!: Stream;
  private status: number;
  /** 0 raw, 1 zlib, 2 gzip; negated once the trailer is written. */
  private wrap: number;
  private level: number;
  private strategy: number;
  private wBits: number;
  private wSize: number;
  private wMask: number;
  private window: Uint8Array;
  private windowSize: number;
  private prev: Uint16Array;
  private head: Uint16Array;
  private hashMask: number;
  private hashShift: number;
  private insH = 0;
  private blockStart = 0;
  private matchLength = 0;
  private prevMatch = 0;
  private matchAvailable = false;
  private strstart = 0;
  private matchStart = 0;
  private lookahead = 0;
  private prevLength = 0;
  private maxChain = 0;
  private maxLazy = 0;
  private goodMatch = 0;
  private niceMatch = 0;
  private insert = 0;
  private highWater = 0;
  private ltree: Tree;
  private dtree: Tree;
  private bltree: Tree;
  private heap = new Int32Array(2 * L_CODES + 1);
  private heapLen = 0;
  private heapMax = 0;
  private depth = new Uint8Array(2 * L_CODES + 1);
  private blCount = new Uint16Array(16);
  private litBufsize: number;
  private symDist: Uint16Array;
  private symLc: Uint8Array;
  private symNext = 0;
  private symEnd: number;
  private optLen = 0;
  private staticLen = 0;
  private matches = 0;
  private biBuf = 0;
  private biValid = 0;
  private pendingBuf: Uint8Array;
  private pendingBufSize: number;
  private pendingOut = 0;
  private pending = 0;
  private lastFlush = -2;
  /** The running checksum (adler32 for zlib, crc32 for gzip). */
  private check = 0;
  private totalIn = 0;

  /** deflateInit2; null when zlib refuses the parameters (Z_STREAM_ERROR). */
  static create(
    level: number,
    method: number,
    windowBits: number,
    memLevel: number,
    strategy: number,
  ): Deflater | null {
    let wrap = 1;
    if (level === -1) level = 6;
    if (windowBits < 0) {
      wrap = 0;
      if (windowBits < -15) return null;
      windowBits = -windowBits;
    } else if (windowBits > 15) {
      wrap = 2;
      windowBits -= 16;
    }
    if (
      memLevel < 1 ||
      memLevel > 9 ||
      method !== 8 ||
      windowBits < 8 ||
      windowBits > 15 ||
      level < 0 ||
      level > 9 ||
      strategy < 0 ||
      strategy > Z_FIXED ||
      (windowBits === 8 && wrap !== 1)
    )
      return null;
    if (windowBits === 8) windowBits = 9;
    return new Deflater(level, wrap, windowBits, memLevel, strategy);
  }

  private constructor(level: number, wrap: number, wBits: number, memLevel: number, strategy: number) {
    fillTables();
    this.level = level;
    this.wrap = wrap;
    this.strategy = strategy;
    this.wBits = wBits;
    this.wSize = 1 << wBits;
    this.wMask = this.wSize - 1;
    const hashBits = memLevel + 7;
    this.hashMask = (1 << hashBits) - 1;
    this.hashShift = Math.floor((hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.window = new Uint8Array(this.wSize * 2);
    this.prev = new Uint16Array(this.wSize);
    this.head = new Uint16Array(1 << hashBits);
    this.litBufsize = 1 << (memLevel + 6);
    this.pendingBufSize = this.litBufsize * 4;
    // room beyond zlib's buffer: a stored block is copied in whole
    this.pendingBuf = new Uint8Array(this.pendingBufSize + MAX_STORED + 16);
    this.symDist = new Uint16Array(this.litBufsize);
    this.symLc = new Uint8Array(this.litBufsize);
    this.symEnd = this.litBufsize - 1;
    this.ltree = newTree(2 * L_CODES + 1, STATIC_LLEN, EXTRA_LBITS, 257, L_CODES, 15);
    this.dtree = newTree(2 * D_CODES + 1, STATIC_DLEN, EXTRA_DBITS, 0, D_CODES, 15);
    this.bltree = newTree(2 * BL_CODES + 1, null, EXTRA_BLBITS, 0, BL_CODES, 7);
    // deflateReset
    this.status = wrap === 2 ? GZIP_STATE : INIT_STATE;
    this.check = wrap === 2 ? 0 : 1;
    this.initBlock();
    this.windowSize = 2 * this.wSize;
    this.head.fill(0);
    [this.goodMatch, this.maxLazy, this.niceMatch, this.maxChain] = LEVELS[level];
    this.matchLength = this.prevLength = MIN_MATCH - 1;
  }

  /** A copy that goes on independently (Compress.copy). */
  copy(): Deflater {
    const twin = Object.assign(Object.create(Deflater.prototype) as Deflater, this);
    const cloneTree = (t: Tree): Tree => ({ ...t, freqCode: t.freqCode.slice(), dadLen: t.dadLen.slice() });
    twin.window = this.window.slice();
    twin.prev = this.prev.slice();
    twin.head = this.head.slice();
    twin.ltree = cloneTree(this.ltree);
    twin.dtree = cloneTree(this.dtree);
    twin.bltree = cloneTree(this.bltree);
    twin.heap = this.heap.slice();
    twin.depth = this.depth.slice();
    twin.blCount = this.blCount.slice();
    twin.symDist = this.symDist.slice();
    twin.symLc = this.symLc.slice();
    twin.pendingBuf = this.pendingBuf.slice();
    return twin;
  }

  /** deflateSetDictionary (before any data): Z_OK or Z_STREAM_ERROR. */
  setDictionary(dict: Uint8Array, s: Stream): number {
    const wrap = this.wrap;
    if (wrap === 2 || (wrap === 1 && this.status !== INIT_STATE) || this.lookahead) return Z_STREAM_ERROR;
    if (wrap === 1) this.check = adler32(this.check, dict);
    this.wrap = 0;
    let from = 0;
    let length = dict.length;
    if (length >= this.wSize) {
      if (wrap === 0) {
        this.head.fill(0);
        this.strstart = 0;
        this.blockStart = 0;
        this.insert = 0;
      }
      from = length - this.wSize;
      length = this.wSize;
    }
    const saved = [s.input, s.nextIn, s.availIn] as const;
    s.input = dict;
    s.nextIn = from;
    s.availIn = length;
    this.s = s;
    this.fillWindow();
    while (this.lookahead >= MIN_MATCH) {
      let str = this.strstart;
      let n = this.lookahead - (MIN_MATCH - 1);
      do {
        this.insH = ((this.insH << this.hashShift) ^ this.window[str + MIN_MATCH - 1]) & this.hashMask;
        this.prev[str & this.wMask] = this.head[this.insH];
        this.head[this.insH] = str;
        str++;
      } while (--n);
      this.strstart = str;
      this.lookahead = MIN_MATCH - 1;
      this.fillWindow();
    }
    this.strstart += this.lookahead;
    this.blockStart = this.strstart;
    this.insert = this.lookahead;
    this.lookahead = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = false;
    [s.input, s.nextIn, s.availIn] = saved;
    this.wrap = wrap;
    return Z_OK;
  }

  // ---- output: the bit buffer and the pending bytes ----

  private putByte(b: number): void {
    this.pendingBuf[this.pending++] = b;
  }

  private putShort(w: number): void {
    this.pendingBuf[this.pending++] = w & 0xff;
    this.pendingBuf[this.pending++] = (w >>> 8) & 0xff;
  }

  /** `length` bits of value, least significant first, through a 16-bit buffer as zlib's. */
  private sendBits(value: number, length: number): void {
    if (this.biValid > 16 - length) {
      this.biBuf = (this.biBuf | (value << this.biValid)) & 0xffff;
      this.putShort(this.biBuf);
      this.biBuf = value >>> (16 - this.biValid);
      this.biValid += length - 16;
    } else {
      this.biBuf = (this.biBuf | (value << this.biValid)) & 0xffff;
      this.biValid += length;
    }
  }

  private biFlush(): void {
    if (this.biValid === 16) {
      this.putShort(this.biBuf);
      this.biBuf = 0;
      this.biValid = 0;
    } else if (this.biValid >= 8) {
      this.putByte(this.biBuf & 0xff);
      this.biBuf >>>= 8;
      this.biValid -= 8;
    }
  }

  private biWindup(): void {
    if (this.biValid > 8) this.putShort(this.biBuf);
    else if (this.biValid > 0) this.putByte(this.biBuf & 0xff);
    this.biBuf = 0;
    this.biValid = 0;
  }

  private flushPending(): void {
    this.biFlush();
    const s = this.s;
    const len = Math.min(this.pending, s.availOut);
    if (len === 0) return;
    s.output.set(this.pendingBuf.subarray(this.pendingOut, this.pendingOut + len), s.nextOut);
    s.nextOut += len;
    s.availOut -= len;
    this.pendingOut += len;
    this.pending -= len;
    if (this.pending === 0) this.pendingOut = 0;
    else if (this.pendingOut > 0) {
      // keep the unsent bytes at the buffer's start (zlib keeps a pointer; the bytes are the same)
      this.pendingBuf.copyWithin(0, this.pendingOut, this.pendingOut + this.pending);
      this.pendingOut = 0;
    }
  }

  /** Input into buf at `at` (at most `size` bytes), counted into the running checksum. */
  private readBuf(buf: Uint8Array, at: number, size: number): number {
    const s = this.s;
    const len = Math.min(s.availIn, size);
    if (len === 0) return 0;
    s.availIn -= len;
    const from = s.nextIn;
    buf.set(s.input.subarray(from, from + len), at);
    if (this.wrap === 1) this.check = adler32(this.check, s.input, from, from + len);
    else if (this.wrap === 2) this.check = crc32(this.check, s.input, from, from + len);
    s.nextIn += len;
    this.totalIn += len;
    return len;
  }

  // ---- the window ----

  private slideHash(): void {
    const w = this.wSize;
    for (const table of [this.head, this.prev]) {
      for (let i = 0; i < table.length; i++) {
        const m = table[i];
        table[i] = m >= w ? m - w : 0;
      }
    }
  }

  /** Read input into the window until the lookahead is long enough or the input is used up. */
  private fillWindow(): void {
    const wsize = this.wSize;
    const win = this.window;
    do {
      let more = this.windowSize - this.lookahead - this.strstart;
      if (this.strstart >= wsize + (wsize - MIN_LOOKAHEAD)) {
        win.copyWithin(0, wsize, wsize + wsize - more);
        this.matchStart -= wsize;
        this.strstart -= wsize;
        this.blockStart -= wsize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += wsize;
      }
      if (this.s.availIn === 0) break;
      this.lookahead += this.readBuf(win, this.strstart + this.lookahead, more);
      // the strings left unindexed at the last stop can be indexed now
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = win[str];
        this.insH = ((this.insH << this.hashShift) ^ win[str + 1]) & this.hashMask;
        while (this.insert) {
          this.insH = ((this.insH << this.hashShift) ^ win[str + MIN_MATCH - 1]) & this.hashMask;
          this.prev[str & this.wMask] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.s.availIn !== 0);
    // bytes past the data that matching may read are zero until written (zlib clears them)
    if (this.highWater < this.windowSize) {
      const curr = this.strstart + this.lookahead;
      if (this.highWater < curr) {
        const init = Math.min(this.windowSize - curr, MAX_MATCH);
        win.fill(0, curr, curr + init);
        this.highWater = curr + init;
      } else if (this.highWater < curr + MAX_MATCH) {
        const init = Math.min(curr + MAX_MATCH - this.highWater, this.windowSize - this.highWater);
        win.fill(0, this.highWater, this.highWater + init);
        this.highWater += init;
      }
    }
  }

  /** Index the string at `str`; returns the previous head of its chain. */
  private insertString(str: number): number {
    this.insH = ((this.insH << this.hashShift) ^ this.window[str + MIN_MATCH - 1]) & this.hashMask;
    const h = this.head[this.insH];
    this.prev[str & this.wMask] = h;
    this.head[this.insH] = str;
    return h;
  }

  /** The longest match at strstart along the chain from curMatch (sets matchStart). */
  private longestMatch(curMatch: number): number {
    let chain = this.maxChain;
    const win = this.window;
    const scan = this.strstart;
    let bestLen = this.prevLength;
    let nice = this.niceMatch;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    const limit = this.strstart > maxDist ? this.strstart - maxDist : 0;
    const prev = this.prev;
    const wmask = this.wMask;
    const strend = scan + MAX_MATCH;
    let scanEnd1 = win[scan + bestLen - 1];
    let scanEnd = win[scan + bestLen];
    if (this.prevLength >= this.goodMatch) chain >>>= 2;
    if (nice > this.lookahead) nice = this.lookahead;
    do {
      const match = curMatch;
      if (
        win[match + bestLen] !== scanEnd ||
        win[match + bestLen - 1] !== scanEnd1 ||
        win[match] !== win[scan] ||
        win[match + 1] !== win[scan + 1]
      )
        continue;
      // the third bytes agree (same hash, same first two); compare from the fourth on, to 258
      let p = scan + 3;
      let q = match + 3;
      while (p < strend && win[p] === win[q]) {
        p++;
        q++;
      }
      const len = p - scan;
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= nice) break;
        scanEnd1 = win[scan + bestLen - 1];
        scanEnd = win[scan + bestLen];
      }
    } while ((curMatch = prev[curMatch & wmask]) > limit && --chain !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  // ---- blocks ----

  private initBlock(): void {
    this.ltree.freqCode.fill(0, 0, L_CODES);
    this.dtree.freqCode.fill(0, 0, D_CODES);
    this.bltree.freqCode.fill(0, 0, BL_CODES);
    this.ltree.freqCode[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = this.matches = 0;
  }

  /** Record a literal; true when the symbol buffer is full. */
  private tallyLit(c: number): boolean {
    this.symDist[this.symNext] = 0;
    this.symLc[this.symNext++] = c;
    this.ltree.freqCode[c]++;
    return this.symNext === this.symEnd;
  }

  /** Record a match (distance, length - 3); true when the symbol buffer is full. */
  private tallyDist(dist: number, lc: number): boolean {
    this.symDist[this.symNext] = dist;
    this.symLc[this.symNext++] = lc;
    this.matches++;
    dist--;
    this.ltree.freqCode[LENGTH_CODE[lc] + 257]++;
    this.dtree.freqCode[DIST_CODE[dist]]++;
    return this.symNext === this.symEnd;
  }

  private smaller(t: Tree, n: number, m: number): boolean {
    const f = t.freqCode;
    return f[n] < f[m] || (f[n] === f[m] && this.depth[n] <= this.depth[m]);
  }

  private downHeap(t: Tree, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(t, heap[j + 1], heap[j])) j++;
      if (this.smaller(t, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  /** Code lengths from the built tree, at most t.maxLength bits (longer ones moved up). */
  private genBitlen(t: Tree): void {
    const len = t.dadLen;
    const freq = t.freqCode;
    const heap = this.heap;
    const count = this.blCount;
    count.fill(0);
    let overflow = 0;
    len[heap[this.heapMax]] = 0;
    let h: number;
    for (h = this.heapMax + 1; h < 2 * L_CODES + 1; h++) {
      const n = heap[h];
      let bits = len[len[n]] + 1;
      if (bits > t.maxLength) {
        bits = t.maxLength;
        overflow++;
      }
      len[n] = bits;
      if (n > t.maxCode) continue;
      count[bits]++;
      const xbits = n >= t.extraBase ? t.extra[n - t.extraBase] : 0;
      const f = freq[n];
      this.optLen += f * (bits + xbits);
      if (t.staticLen !== null) this.staticLen += f * (t.staticLen[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = t.maxLength - 1;
      while (count[bits] === 0) bits--;
      count[bits]--;
      count[bits + 1] += 2;
      count[t.maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = t.maxLength; bits !== 0; bits--) {
      let n = count[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > t.maxCode) continue;
        if (len[m] !== bits) {
          this.optLen += (bits - len[m]) * freq[m];
          len[m] = bits;
        }
        n--;
      }
    }
  }

  private buildTree(t: Tree): void {
    const freq = t.freqCode;
    const dad = t.dadLen;
    const heap = this.heap;
    const depth = this.depth;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = 2 * L_CODES + 1;
    for (let n = 0; n < t.elems; n++) {
      if (freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        depth[n] = 0;
      } else dad[n] = 0;
    }
    // at least two codes, so that every code has at least one bit
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      freq[node] = 1;
      depth[node] = 0;
      this.optLen--;
      if (t.staticLen !== null) this.staticLen -= t.staticLen[node];
    }
    t.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.downHeap(t, n);
    let node = t.elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.downHeap(t, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      freq[node] = freq[n] + freq[m];
      depth[node] = (depth[n] >= depth[m] ? depth[n] : depth[m]) + 1;
      dad[n] = dad[m] = node;
      heap[1] = node++;
      this.downHeap(t, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(t);
    assignCodes(t.dadLen, t.freqCode, maxCode, this.blCount);
  }

  /** Count the code-length code's symbols that describe `t`'s lengths (repeats as 16, 17, 18). */
  private scanTree(t: Tree): void {
    const len = t.dadLen;
    const blFreq = this.bltree.freqCode;
    let prevlen = -1;
    let nextlen = len[0];
    let count = 0;
    let maxCount = nextlen === 0 ? 138 : 7;
    let minCount = nextlen === 0 ? 3 : 4;
    len[t.maxCode + 1] = 0xffff;
    for (let n = 0; n <= t.maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) blFreq[curlen] += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) blFreq[curlen]++;
        blFreq[REP_3_6]++;
      } else if (count <= 10) blFreq[REPZ_3_10]++;
      else blFreq[REPZ_11_138]++;
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) [maxCount, minCount] = [138, 3];
      else if (curlen === nextlen) [maxCount, minCount] = [6, 3];
      else [maxCount, minCount] = [7, 4];
    }
  }

  private sendCode(c: number, code: Uint16Array, len: Uint16Array): void {
    this.sendBits(code[c], len[c]);
  }

  /** Send `t`'s code lengths in the code-length code, as scanTree counted them. */
  private sendTree(t: Tree, maxCode: number): void {
    const len = t.dadLen;
    const bc = this.bltree.freqCode;
    const bl = this.bltree.dadLen;
    let prevlen = -1;
    let nextlen = len[0];
    let count = 0;
    let maxCount = nextlen === 0 ? 138 : 7;
    let minCount = nextlen === 0 ? 3 : 4;
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) {
        do this.sendCode(curlen, bc, bl);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendCode(curlen, bc, bl);
          count--;
        }
        this.sendCode(REP_3_6, bc, bl);
        this.sendBits(count - 3, 2);
      } else if (count <= 10) {
        this.sendCode(REPZ_3_10, bc, bl);
        this.sendBits(count - 3, 3);
      } else {
        this.sendCode(REPZ_11_138, bc, bl);
        this.sendBits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) [maxCount, minCount] = [138, 3];
      else if (curlen === nextlen) [maxCount, minCount] = [6, 3];
      else [maxCount, minCount] = [7, 4];
    }
  }

  private buildBlTree(): number {
    this.scanTree(this.ltree);
    this.scanTree(this.dtree);
    this.buildTree(this.bltree);
    let maxIndex: number;
    for (maxIndex = BL_CODES - 1; maxIndex >= 3; maxIndex--) if (this.bltree.dadLen[BL_ORDER[maxIndex]] !== 0) break;
    this.optLen += 3 * (maxIndex + 1) + 5 + 5 + 4;
    return maxIndex;
  }

  private sendAllTrees(lcodes: number, dcodes: number, blcodes: number): void {
    this.sendBits(lcodes - 257, 5);
    this.sendBits(dcodes - 1, 5);
    this.sendBits(blcodes - 4, 4);
    for (let r = 0; r < blcodes; r++) this.sendBits(this.bltree.dadLen[BL_ORDER[r]], 3);
    this.sendTree(this.ltree, lcodes - 1);
    this.sendTree(this.dtree, dcodes - 1);
  }

  private compressBlock(lcode: Uint16Array, llen: Uint16Array, dcode: Uint16Array, dlen: Uint16Array): void {
    for (let i = 0; i < this.symNext; i++) {
      let dist = this.symDist[i];
      let lc = this.symLc[i];
      if (dist === 0) this.sendCode(lc, lcode, llen);
      else {
        let code = LENGTH_CODE[lc];
        this.sendCode(code + 257, lcode, llen);
        let extra = EXTRA_LBITS[code];
        if (extra !== 0) {
          lc -= BASE_LENGTH[code];
          this.sendBits(lc, extra);
        }
        dist--;
        code = DIST_CODE[dist];
        this.sendCode(code, dcode, dlen);
        extra = EXTRA_DBITS[code];
        if (extra !== 0) this.sendBits(dist - BASE_DIST[code], extra);
      }
    }
    this.sendCode(END_BLOCK, lcode, llen);
  }

  /** A stored block of `len` bytes of the window from `from` (-1: only its header, lengths to come). */
  private storedBlock(from: number, len: number, last: boolean): void {
    this.sendBits(last ? 1 : 0, 3);
    this.biWindup();
    this.putShort(len);
    this.putShort(~len & 0xffff);
    if (from >= 0 && len > 0) {
      this.pendingBuf.set(this.window.subarray(from, from + len), this.pending);
      this.pending += len;
    }
  }

  private align(): void {
    this.sendBits(1 << 1, 3);
    this.sendCode(END_BLOCK, STATIC_LCODE, STATIC_LLEN);
    this.biFlush();
  }

  /** End the block: stored, fixed or dynamic, whichever is shortest (from: -1 when too old to store). */
  private flushBlockData(from: number, storedLen: number, last: boolean): void {
    let optLenb: number;
    let staticLenb: number;
    let maxIndex = 0;
    if (this.level > 0) {
      this.buildTree(this.ltree);
      this.buildTree(this.dtree);
      maxIndex = this.buildBlTree();
      optLenb = (this.optLen + 3 + 7) >>> 3;
      staticLenb = (this.staticLen + 3 + 7) >>> 3;
      if (staticLenb <= optLenb || this.strategy === Z_FIXED) optLenb = staticLenb;
    } else optLenb = staticLenb = storedLen + 5;
    if (storedLen + 4 <= optLenb && from >= 0) this.storedBlock(from, storedLen, last);
    else if (staticLenb === optLenb) {
      this.sendBits((1 << 1) + (last ? 1 : 0), 3);
      this.compressBlock(STATIC_LCODE, STATIC_LLEN, STATIC_DCODE, STATIC_DLEN);
    } else {
      this.sendBits((2 << 1) + (last ? 1 : 0), 3);
      this.sendAllTrees(this.ltree.maxCode + 1, this.dtree.maxCode + 1, maxIndex + 1);
      this.compressBlock(this.ltree.freqCode, this.ltree.dadLen, this.dtree.freqCode, this.dtree.dadLen);
    }
    this.initBlock();
    if (last) this.biWindup();
  }

  private flushBlock(last: boolean): void {
    this.flushBlockData(this.blockStart >= 0 ? this.blockStart : -1, this.strstart - this.blockStart, last);
    this.blockStart = this.strstart;
    this.flushPending();
  }

  // ---- the ways of compressing ----

  private deflateStored(flush: number): number {
    const s = this.s;
    let minBlock = Math.min(this.pendingBufSize - 5, this.wSize);
    let len: number;
    let left: number;
    let have: number;
    let last = false;
    let used = s.availIn;
    // first, whole blocks straight from the input to the output, while the output has room
    do {
      len = MAX_STORED;
      have = (this.biValid + 42) >> 3;
      if (s.availOut < have) break;
      have = s.availOut - have;
      left = this.strstart - this.blockStart;
      if (len > left + s.availIn) len = left + s.availIn;
      if (len > have) len = have;
      if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + s.availIn))
        break;
      last = flush === Z_FINISH && len === left + s.availIn;
      this.storedBlock(-1, 0, last);
      this.pendingBuf[this.pending - 4] = len & 0xff;
      this.pendingBuf[this.pending - 3] = (len >>> 8) & 0xff;
      this.pendingBuf[this.pending - 2] = ~len & 0xff;
      this.pendingBuf[this.pending - 1] = (~len >>> 8) & 0xff;
      this.flushPending();
      if (left) {
        if (left > len) left = len;
        s.output.set(this.window.subarray(this.blockStart, this.blockStart + left), s.nextOut);
        s.nextOut += left;
        s.availOut -= left;
        this.blockStart += left;
        len -= left;
      }
      if (len) {
        this.readBuf(s.output, s.nextOut, len);
        s.nextOut += len;
        s.availOut -= len;
      }
    } while (!last);
    // keep what was copied straight through as history
    used -= s.availIn;
    if (used) {
      if (used >= this.wSize) {
        this.matches = 2;
        this.window.set(s.input.subarray(s.nextIn - this.wSize, s.nextIn), 0);
        this.strstart = this.wSize;
        this.insert = this.strstart;
      } else {
        if (this.windowSize - this.strstart <= used) {
          this.strstart -= this.wSize;
          this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
          if (this.matches < 2) this.matches++;
          if (this.insert > this.strstart) this.insert = this.strstart;
        }
        this.window.set(s.input.subarray(s.nextIn - used, s.nextIn), this.strstart);
        this.strstart += used;
        this.insert += Math.min(used, this.wSize - this.insert);
      }
      this.blockStart = this.strstart;
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;
    if (last) return FINISH_DONE;
    if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && s.availIn === 0 && this.strstart === this.blockStart)
      return BLOCK_DONE;
    // then the rest of the input into the window
    have = this.windowSize - this.strstart;
    if (s.availIn > have && this.blockStart >= this.wSize) {
      this.blockStart -= this.wSize;
      this.strstart -= this.wSize;
      this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
      if (this.matches < 2) this.matches++;
      have += this.wSize;
      if (this.insert > this.strstart) this.insert = this.strstart;
    }
    if (have > s.availIn) have = s.availIn;
    if (have) {
      this.readBuf(this.window, this.strstart, have);
      this.strstart += have;
      this.insert += Math.min(have, this.wSize - this.insert);
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;
    // and a block into the pending bytes when there is enough for one, or when flushing
    have = (this.biValid + 42) >> 3;
    have = Math.min(this.pendingBufSize - have, MAX_STORED);
    minBlock = Math.min(have, this.wSize);
    left = this.strstart - this.blockStart;
    if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && s.availIn === 0 && left <= have)) {
      len = Math.min(left, have);
      last = flush === Z_FINISH && s.availIn === 0 && len === left;
      this.storedBlock(this.blockStart, len, last);
      this.blockStart += len;
      this.flushPending();
    }
    return last ? FINISH_STARTED : NEED_MORE;
  }

  /** End of input for a matcher: the final or flushed block. */
  private finishBlocks(flush: number): number {
    if (flush === Z_FINISH) {
      this.flushBlock(true);
      return this.s.availOut === 0 ? FINISH_STARTED : FINISH_DONE;
    }
    if (this.symNext) {
      this.flushBlock(false);
      if (this.s.availOut === 0) return NEED_MORE;
    }
    return BLOCK_DONE;
  }

  /** Greedy matching (levels 1-3): a match found is taken; short ones have their strings indexed. */
  private deflateFast(flush: number): number {
    const win = this.window;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== 0 && this.strstart - hashHead <= maxDist) this.matchLength = this.longestMatch(hashHead);
      let full: boolean;
      if (this.matchLength >= MIN_MATCH) {
        full = this.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= this.maxLazy && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = win[this.strstart];
          this.insH = ((this.insH << this.hashShift) ^ win[this.strstart + 1]) & this.hashMask;
        }
      } else {
        full = this.tallyLit(win[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (full) {
        this.flushBlock(false);
        if (this.s.availOut === 0) return NEED_MORE;
      }
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishBlocks(flush);
  }

  /** Lazy matching (levels 4-9): a match is emitted only if the next position's is not longer. */
  private deflateSlow(flush: number): number {
    const win = this.window;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== 0 && this.prevLength < this.maxLazy && this.strstart - hashHead <= maxDist) {
        this.matchLength = this.longestMatch(hashHead);
        if (
          this.matchLength <= 5 &&
          (this.strategy === Z_FILTERED ||
            (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))
        )
          this.matchLength = MIN_MATCH - 1;
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const full = this.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = false;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (full) {
          this.flushBlock(false);
          if (this.s.availOut === 0) return NEED_MORE;
        }
      } else if (this.matchAvailable) {
        if (this.tallyLit(win[this.strstart - 1])) this.flushBlock(false);
        this.strstart++;
        this.lookahead--;
        if (this.s.availOut === 0) return NEED_MORE;
      } else {
        this.matchAvailable = true;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      this.tallyLit(win[this.strstart - 1]);
      this.matchAvailable = false;
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishBlocks(flush);
  }

  /** Z_RLE: matches only at distance one (runs of a byte). */
  private deflateRle(flush: number): number {
    const win = this.window;
    for (;;) {
      if (this.lookahead <= MAX_MATCH) {
        this.fillWindow();
        if (this.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      this.matchLength = 0;
      if (this.lookahead >= MIN_MATCH && this.strstart > 0) {
        const at = this.strstart;
        const b = win[at - 1];
        if (b === win[at] && b === win[at + 1] && b === win[at + 2]) {
          let p = at + 3;
          const end = at + MAX_MATCH;
          while (p < end && win[p] === b) p++;
          this.matchLength = Math.min(p - at, this.lookahead);
        }
      }
      let full: boolean;
      if (this.matchLength >= MIN_MATCH) {
        full = this.tallyDist(1, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        this.strstart += this.matchLength;
        this.matchLength = 0;
      } else {
        full = this.tallyLit(win[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (full) {
        this.flushBlock(false);
        if (this.s.availOut === 0) return NEED_MORE;
      }
    }
    this.insert = 0;
    return this.finishBlocks(flush);
  }

  /** Z_HUFFMAN_ONLY: literals only. */
  private deflateHuff(flush: number): number {
    for (;;) {
      if (this.lookahead === 0) {
        this.fillWindow();
        if (this.lookahead === 0) {
          if (flush === Z_NO_FLUSH) return NEED_MORE;
          break;
        }
      }
      this.matchLength = 0;
      const full = this.tallyLit(this.window[this.strstart]);
      this.lookahead--;
      this.strstart++;
      if (full) {
        this.flushBlock(false);
        if (this.s.availOut === 0) return NEED_MORE;
      }
    }
    this.insert = 0;
    return this.finishBlocks(flush);
  }

  /** One deflate() call: Z_OK, Z_STREAM_END, Z_BUF_ERROR (no progress possible) or Z_STREAM_ERROR. */
  deflate(s: Stream, flush: number): number {
    this.s = s;
    if (flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
    if (this.status === FINISH_STATE && flush !== Z_FINISH) {
      s.msg = 'stream error';
      return Z_STREAM_ERROR;
    }
    if (s.availOut === 0) {
      s.msg = 'buffer error';
      return Z_BUF_ERROR;
    }
    const oldFlush = this.lastFlush;
    this.lastFlush = flush;
    if (this.pending !== 0) {
      this.flushPending();
      if (s.availOut === 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    } else if (s.availIn === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
      s.msg = 'buffer error';
      return Z_BUF_ERROR;
    }
    if (this.status === FINISH_STATE && s.availIn !== 0) {
      s.msg = 'buffer error';
      return Z_BUF_ERROR;
    }
    if (this.status === INIT_STATE && this.wrap === 0) this.status = BUSY_STATE;
    if (this.status === INIT_STATE) {
      let header = (8 + ((this.wBits - 8) << 4)) << 8;
      const levelFlags =
        this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 0 : this.level < 6 ? 1 : this.level === 6 ? 2 : 3;
      header |= levelFlags << 6;
      if (this.strstart !== 0) header |= 0x20;
      header += 31 - (header % 31);
      this.putByte(header >>> 8);
      this.putByte(header & 0xff);
      if (this.strstart !== 0) {
        const a = this.check;
        for (const shift of [24, 16, 8, 0]) this.putByte((a >>> shift) & 0xff);
      }
      this.check = 1;
      this.status = BUSY_STATE;
      this.flushPending();
      if (this.pending !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }
    if (this.status === GZIP_STATE) {
      this.check = 0;
      for (const b of [31, 139, 8, 0, 0, 0, 0, 0]) this.putByte(b);
      this.putByte(this.level === 9 ? 2 : this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 4 : 0);
      this.putByte(3);
      this.status = BUSY_STATE;
      this.flushPending();
      if (this.pending !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }
    if (s.availIn !== 0 || this.lookahead !== 0 || (flush !== Z_NO_FLUSH && this.status !== FINISH_STATE)) {
      const state =
        this.level === 0
          ? this.deflateStored(flush)
          : this.strategy === Z_HUFFMAN_ONLY
            ? this.deflateHuff(flush)
            : this.strategy === Z_RLE
              ? this.deflateRle(flush)
              : this.level <= 3
                ? this.deflateFast(flush)
                : this.deflateSlow(flush);
      if (state === FINISH_STARTED || state === FINISH_DONE) this.status = FINISH_STATE;
      if (state === NEED_MORE || state === FINISH_STARTED) {
        if (s.availOut === 0) this.lastFlush = -1;
        return Z_OK;
      }
      if (state === BLOCK_DONE) {
        if (flush === Z_PARTIAL_FLUSH) this.align();
        else if (flush !== Z_BLOCK) {
          this.storedBlock(-1, 0, false);
          if (flush === Z_FULL_FLUSH) {
            this.head.fill(0);
            if (this.lookahead === 0) {
              this.strstart = 0;
              this.blockStart = 0;
              this.insert = 0;
            }
          }
        }
        this.flushPending();
        if (s.availOut === 0) {
          this.lastFlush = -1;
          return Z_OK;
        }
      }
    }
    if (flush !== Z_FINISH) return Z_OK;
    if (this.wrap <= 0) return Z_STREAM_END;
    const c = this.check;
    if (this.wrap === 2) {
      for (const shift of [0, 8, 16, 24]) this.putByte((c >>> shift) & 0xff);
      for (const shift of [0, 8, 16, 24]) this.putByte(Math.floor(this.totalIn / 2 ** shift) & 0xff);
    } else for (const shift of [24, 16, 8, 0]) this.putByte((c >>> shift) & 0xff);
    this.flushPending();
    if (this.wrap > 0) this.wrap = -this.wrap;
    return this.pending !== 0 ? Z_OK : Z_STREAM_END;
  }
}
