/**
 * binascii's functions (the module's Error and Incomplete classes are in py/binascii.py): hex,
 * base64 (with 3.11's strict mode), crc32 and crc_hqx, with CPython's argument checks and messages. A
 * binascii.Error is raised through `raiseError`, which the module wires to its own class.
 */
import { PyBytes, PyExc, PyExceptionObject, pyError, typeName, type PyValue } from '../runtime/core';
import { call, callMethodByName, isIntLike, toIndex, truthy } from '../runtime/ops';
import { defNative } from '../runtime/native';
import { run } from '../runtime/run';
import { bufferArg, bufferOf } from '../runtime/types/buffer';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** The bytes of an a2b_* argument: bytes-like or an ASCII str. */
function asciiArg(v: PyValue): ArrayLike<number> {
  if (typeof v === 'string') {
    if (/[^\x00-\x7f]/.test(v)) throw pyError('ValueError', 'string argument should contain only ASCII characters');
    return Uint8Array.from(v, (c) => c.charCodeAt(0));
  }
  const b = bufferOf(v);
  if (b !== null) return b;
  throw pyError('TypeError', `argument should be bytes, buffer or ASCII string, not '${typeName(v)}'`);
}

const ascii = (s: string) => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));

function b2aBase64(data: ArrayLike<number>, newline: boolean): string {
  let out = '';
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  const rest = data.length - i;
  if (rest === 1) out += B64[data[i] >> 2] + B64[(data[i] & 3) << 4] + '==';
  else if (rest === 2) {
    const n = (data[i] << 8) | data[i + 1];
    out += B64[n >> 10] + B64[(n >> 4) & 63] + B64[(n & 15) << 2] + '=';
  }
  return newline ? out + '\n' : out;
}

/** a2b_base64: the decoded bytes, or the message of the binascii.Error to raise. */
function a2bBase64(data: ArrayLike<number>, strict: boolean): number[] | string {
  const out: number[] = [];
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  if (strict && data.length > 0 && data[0] === 61) return 'Leading padding not allowed';
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 61) {
      paddingStarted = true;
      if (strict && quad === 0 && run.minor >= 13) return 'Excess padding not allowed';
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) return 'Excess data after padding';
        return out;
      }
      continue;
    }
    const v = B64_VALUE[c];
    if (v < 0) {
      if (strict) return 'Only base64 data is allowed';
      continue;
    }
    if (strict && paddingStarted) return 'Discontinuous padding not allowed';
    pads = 0;
    if (quad === 0) left = v;
    else if (quad === 1) {
      out.push(((left << 2) | (v >> 4)) & 255);
      left = v & 15;
    } else if (quad === 2) {
      out.push(((left << 4) | (v >> 2)) & 255);
      left = v & 3;
    } else out.push(((left << 6) | v) & 255);
    quad = (quad + 1) % 4;
  }
  if (quad === 1)
    return (
      'Invalid base64-encoded string: number of data characters ' +
      `(${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`
    );
  if (quad !== 0) return 'Incorrect padding';
  return out;
}

const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

function crc32(data: ArrayLike<number>, start: number): number {
  let c = ~start >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ (c >>> 8);
  return ~c >>> 0;
}

/** CRC-CCITT as BinHex 4 uses it (polynomial 0x1021, most significant bit first, no final xor). */
function crcHqx(data: ArrayLike<number>, start: number): number {
  let c = start & 0xffff;
  for (let i = 0; i < data.length; i++) {
    c ^= data[i] << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The natives of py/binascii.py; `errorClass` names the module's Error once it is defined. */
export function makeBinasciiNative(errorClass: () => PyValue): [string, PyValue][] {
  const fail = (message: string) => new PyExc(call(errorClass(), [message], null) as PyExceptionObject);
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue): [string, PyValue] => [
    name,
    defNative(name, sig, fn, name),
  ];
  const hexlify = ([data, sep, perSep]: PyValue[]) => {
    const b = new PyBytes(Uint8Array.from(bufferArg(data)));
    const args = sep === undefined || sep === null ? [] : perSep === undefined ? [sep] : [sep, perSep];
    return ascii(callMethodByName(b, 'hex', args) as string);
  };
  const unhexlify = ([s]: PyValue[]) => {
    const d = asciiArg(s);
    if (d.length % 2) throw fail('Odd-length string');
    const out = new Uint8Array(d.length / 2);
    for (let i = 0; i < out.length; i++) {
      const hi = hexValue(d[2 * i]);
      const lo = hexValue(d[2 * i + 1]);
      if (hi < 0 || lo < 0) throw fail('Non-hexadecimal digit found');
      out[i] = hi * 16 + lo;
    }
    return new PyBytes(out);
  };
  return [
    def('hexlify', '(data, sep=None, bytes_per_sep=1)', hexlify),
    def('b2a_hex', '(data, sep=None, bytes_per_sep=1)', hexlify),
    def('unhexlify', '(hexstr, /)', unhexlify),
    def('a2b_hex', '(hexstr, /)', unhexlify),
    def('b2a_base64', '(data, /, *, newline=True)', ([data, nl]) =>
      ascii(b2aBase64(bufferArg(data), nl === undefined || truthy(nl))),
    ),
    def('a2b_base64', '(data, /, *, strict_mode=False)', ([data, strict]) => {
      const r = a2bBase64(asciiArg(data), strict !== undefined && truthy(strict));
      if (typeof r === 'string') throw fail(r);
      return new PyBytes(Uint8Array.from(r));
    }),
    def('crc32', '(data, crc=0, /)', ([data, crc]) => {
      if (crc !== undefined && !isIntLike(crc))
        throw pyError('TypeError', `'${typeName(crc)}' object cannot be interpreted as an integer`);
      const start = crc === undefined ? 0 : Number(BigInt.asUintN(32, toIndex(crc)));
      return BigInt(crc32(bufferArg(data), start));
    }),
    def('crc_hqx', '(data, crc, /)', ([data, crc]) => {
      if (!isIntLike(crc)) throw pyError('TypeError', `'${typeName(crc)}' object cannot be interpreted as an integer`);
      return BigInt(crcHqx(bufferArg(data), Number(BigInt.asUintN(32, toIndex(crc)))));
    }),
  ];
}
