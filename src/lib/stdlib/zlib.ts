/**
 * zlib's natives (the module is py/zlib.py): compress, decompress and the streams behind
 * Compress and Decompress objects, driving the engines of deflate.ts and inflate.ts the way
 * CPython's zlibmodule.c drives zlib, output space included: CPython gives zlib its output in
 * blocks of growing size (32 KiB, 64 KiB, 256 KiB, ...), and a stored block (level 0) is cut
 * where a block ends, so the same blocks are handed out here.
 */
import {
  PyBytes,
  PyExc,
  PyExceptionObject,
  PyObject,
  PyTuple,
  builtinClass,
  pyError,
  type PyValue,
} from '../runtime/core';
import { call } from '../runtime/ops';
import { defNative } from '../runtime/native';
import { bufferArg } from '../runtime/types/buffer';
import { Deflater, Z_FINISH as DEFLATE_FINISH, Z_NO_FLUSH as DEFLATE_NO_FLUSH } from './deflate';
import {
  Inflater,
  Z_BUF_ERROR,
  Z_DATA_ERROR,
  Z_FINISH,
  Z_NEED_DICT,
  Z_OK,
  Z_STREAM_END,
  Z_STREAM_ERROR,
  Z_SYNC_FLUSH,
  adler32,
  type Stream,
} from './inflate';

/** CPython's output block sizes (pycore_blocks_output_buffer.h). */
const KB = 1024;
const MB = 1024 * KB;
const BLOCK_SIZES = [
  32 * KB,
  64 * KB,
  256 * KB,
  MB,
  4 * MB,
  8 * MB,
  16 * MB,
  16 * MB,
  32 * MB,
  32 * MB,
  32 * MB,
  32 * MB,
  64 * MB,
  64 * MB,
  128 * MB,
  128 * MB,
  256 * MB,
];

/** The output of one call, in CPython's blocks; `max` < 0 for no limit. */
class Output {
  private blocks: Uint8Array[] = [];
  private allocated = 0;
  constructor(
    private stream: Stream,
    private max: number,
    first?: number,
  ) {
    const size = first ?? (max >= 0 && max < BLOCK_SIZES[0] ? max : BLOCK_SIZES[0]);
    this.add(size);
  }

  private add(size: number): void {
    const b = new Uint8Array(size);
    this.blocks.push(b);
    this.allocated += size;
    this.stream.output = b;
    this.stream.nextOut = 0;
    this.stream.availOut = size;
  }

  grow(): void {
    let size = BLOCK_SIZES[Math.min(this.blocks.length, BLOCK_SIZES.length - 1)];
    if (this.max >= 0) size = Math.min(size, this.max - this.allocated);
    this.add(size);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.allocated - this.stream.availOut;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const b of this.blocks) {
      const n = Math.min(b.length, out.length - at);
      out.set(b.subarray(0, n), at);
      at += n;
    }
    return out;
  }
}

function newStream(input: Uint8Array): Stream {
  return {
    input,
    nextIn: 0,
    availIn: input.length,
    output: new Uint8Array(0),
    nextOut: 0,
    availOut: 0,
    msg: null,
  };
}

/** The message CPython builds for a zlib error code (zlib_error). */
function zlibMessage(code: number, what: string, msg: string | null): string {
  const text =
    msg ??
    (code === Z_BUF_ERROR
      ? 'incomplete or truncated stream'
      : code === Z_STREAM_ERROR
        ? 'inconsistent stream state'
        : code === Z_DATA_ERROR
          ? 'invalid input data'
          : null);
  return text === null ? `Error ${code} ${what}` : `Error ${code} ${what}: ${text}`;
}

const bytesOf = (v: PyValue): Uint8Array => {
  const b = bufferArg(v);
  return b instanceof Uint8Array ? b : Uint8Array.from(b);
};

/** The state behind a Compress or Decompress object (never seen by the program). */
const streamClass = builtinClass('zlib_stream');

class ZStream extends PyObject {
  /** Null once ended (deflateEnd / inflateEnd). */
  deflater: Deflater | null = null;
  inflater: Inflater | null = null;
  /** What Decompress keeps between calls. */
  unconsumedTail: Uint8Array = new Uint8Array(0);
  unusedData: Uint8Array = new Uint8Array(0);
  eof = false;
  zdict: Uint8Array | null = null;
  msg: string | null = null;
  constructor() {
    super(streamClass);
  }
}

function handle(v: PyValue): ZStream {
  if (!(v instanceof ZStream)) throw pyError('TypeError', 'not a zlib stream');
  return v;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The natives of py/zlib.py; `errorClass` is zlib.error once defined. */
export function makeZlibNative(errorClass: () => PyValue): [string, PyValue][] {
  const fail = (message: string) => new PyExc(call(errorClass(), [message], null) as PyExceptionObject);
  const int = (v: PyValue) => Number(v as bigint);
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue): [string, PyValue] => [
    name,
    defNative(name, sig, fn),
  ];

  /** Run deflate over all of `s`'s input with `flush`, as CPython's loops do, into `out`. */
  const deflateAll = (d: Deflater, s: Stream, out: Output, flush: number, what: string): number => {
    let err: number;
    do {
      if (s.availOut === 0) out.grow();
      err = d.deflate(s, flush);
      if (err === Z_STREAM_ERROR) throw fail(zlibMessage(err, what, s.msg));
    } while (s.availOut === 0);
    return err;
  };

  return [
    def('_adler32', '(data, value, /)', ([data, value]) => BigInt(adler32(int(value), bufferArg(data)))),
    def('_compress', '(data, level, wbits, /)', ([data, level, wbits]) => {
      const input = bytesOf(data);
      const d = Deflater.create(int(level), 8, int(wbits), 8, 0);
      if (d === null) throw fail('Bad compression level');
      const s = newStream(input);
      const out = new Output(s, -1);
      deflateAll(d, s, out, DEFLATE_FINISH, 'while compressing data');
      return new PyBytes(out.finish());
    }),
    def('_decompress', '(data, wbits, bufsize, /)', ([data, wbits, bufsize]) => {
      let first = int(bufsize);
      if (first < 0) throw pyError('ValueError', 'bufsize must be non-negative');
      if (first === 0) first = 1;
      const inf = Inflater.create(int(wbits));
      if (inf === null) throw fail(zlibMessage(Z_STREAM_ERROR, 'while preparing to decompress data', null));
      const s = newStream(bytesOf(data));
      const out = new Output(s, -1, first);
      let err: number;
      do {
        if (s.availOut === 0) out.grow();
        err = inf.inflate(s, Z_FINISH);
        if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END)
          throw fail(zlibMessage(err, 'while decompressing data', s.msg));
      } while (s.availOut === 0);
      if (err !== Z_STREAM_END) throw fail(zlibMessage(err, 'while decompressing data', s.msg));
      return new PyBytes(out.finish());
    }),
    // compressobj: the stream, or the message of the error to raise ('ValueError:...' or a zlib.error's)
    def(
      '_deflate_new',
      '(level, method, wbits, memLevel, strategy, zdict, /)',
      ([level, method, wbits, mem, strategy, zdict]) => {
        const d = Deflater.create(int(level), int(method), int(wbits), int(mem), int(strategy));
        if (d === null) throw pyError('ValueError', 'Invalid initialization option');
        const z = new ZStream();
        z.deflater = d;
        if (zdict !== null) {
          const s = newStream(new Uint8Array(0));
          if (d.setDictionary(bytesOf(zdict), s) !== Z_OK) throw pyError('ValueError', 'Invalid dictionary');
        }
        return z;
      },
    ),
    def('_deflate', '(stream, data, /)', ([stream, data]) => {
      const z = handle(stream);
      const s = newStream(bytesOf(data));
      const out = new Output(s, -1);
      if (z.deflater === null) throw fail(zlibMessage(Z_STREAM_ERROR, 'while compressing data', null));
      deflateAll(z.deflater, s, out, DEFLATE_NO_FLUSH, 'while compressing data');
      return new PyBytes(out.finish());
    }),
    def('_deflate_flush', '(stream, mode, /)', ([stream, mode]) => {
      const z = handle(stream);
      const m = int(mode);
      if (m === DEFLATE_NO_FLUSH) return new PyBytes(new Uint8Array(0));
      const s = newStream(new Uint8Array(0));
      const out = new Output(s, -1);
      if (z.deflater === null) throw fail(zlibMessage(Z_STREAM_ERROR, 'while flushing', null));
      const err = deflateAll(z.deflater, s, out, m, 'while flushing');
      if (err === Z_STREAM_END && m === DEFLATE_FINISH) z.deflater = null;
      else if (err !== Z_OK && err !== Z_BUF_ERROR) throw fail(zlibMessage(err, 'while flushing', s.msg));
      return new PyBytes(out.finish());
    }),
    def('_copy', '(stream, /)', ([stream]) => {
      const z = handle(stream);
      if (z.deflater === null && z.inflater === null) throw pyError('ValueError', 'Inconsistent stream state');
      const twin = new ZStream();
      twin.deflater = z.deflater?.copy() ?? null;
      twin.inflater = z.inflater?.copy() ?? null;
      twin.unconsumedTail = z.unconsumedTail;
      twin.unusedData = z.unusedData;
      twin.eof = z.eof;
      twin.zdict = z.zdict;
      twin.msg = z.msg;
      return twin;
    }),
    def('_inflate_new', '(wbits, zdict, /)', ([wbits, zdict]) => {
      const w = int(wbits);
      const inf = Inflater.create(w);
      if (inf === null) throw pyError('ValueError', 'Invalid initialization option');
      const z = new ZStream();
      z.inflater = inf;
      if (zdict !== null) {
        z.zdict = bytesOf(zdict);
        if (w < 0) {
          const err = inf.setDictionary(z.zdict);
          if (err !== Z_OK) throw fail(zlibMessage(err, 'while setting zdict', null));
        }
      }
      return z;
    }),
    // Decompress.decompress and .flush: the output; the stream keeps eof, unused_data, unconsumed_tail
    def('_inflate', '(stream, data, max_length, flush, /)', ([stream, data, maxLength, flushing]) => {
      const z = handle(stream);
      const finishing = flushing === true;
      let max = int(maxLength);
      let input: Uint8Array;
      let out: Output;
      let s: Stream;
      if (finishing) {
        if (max <= 0) throw pyError('ValueError', 'length must be greater than zero');
        input = z.unconsumedTail;
        s = newStream(input);
        out = new Output(s, -1, max);
      } else {
        if (max < 0) throw pyError('ValueError', 'max_length must be non-negative');
        if (max === 0) max = -1;
        input = bytesOf(data);
        s = newStream(input);
        out = new Output(s, max);
      }
      s.msg = z.msg;
      const inf = z.inflater;
      let err = Z_OK;
      if (inf === null) err = Z_STREAM_ERROR;
      else
        run: do {
          if (s.availOut === 0) {
            if (!finishing && out.size === max) break;
            out.grow();
          }
          err = inf.inflate(s, finishing ? Z_FINISH : Z_SYNC_FLUSH);
          if (err === Z_NEED_DICT && z.zdict !== null && !finishing) {
            const e = inf.setDictionary(z.zdict);
            if (e !== Z_OK) throw fail(zlibMessage(e, 'while setting zdict', null));
            continue;
          }
          if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break run;
        } while (s.availOut === 0 || err === Z_NEED_DICT);
      z.msg = s.msg;
      // what was not read: after the end of the stream it is unused data, else the tail to come back to
      // (CPython's rule: after the end, a tail left from before becomes what was not read, again)
      const rest = input.subarray(s.nextIn);
      let avail = rest.length;
      if (err === Z_STREAM_END && avail > 0) {
        z.unusedData = concat(z.unusedData, rest);
        avail = 0;
      }
      if (avail > 0 || z.unconsumedTail.length > 0) z.unconsumedTail = rest.slice();
      if (err === Z_STREAM_END) {
        z.eof = true;
        if (finishing) z.inflater = null;
      } else if (!finishing && err !== Z_OK && err !== Z_BUF_ERROR)
        throw fail(zlibMessage(err, 'while decompressing data', s.msg));
      return new PyBytes(out.finish());
    }),
    def('_state', '(stream, /)', ([stream]) => {
      const z = handle(stream);
      return new PyTuple([new PyBytes(z.unusedData), new PyBytes(z.unconsumedTail), z.eof]);
    }),
  ];
}
