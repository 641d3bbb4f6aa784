/** hashlib's natives (the module itself is py/hashlib.py): a digest of bytes by algorithm name. */
import { PyBytes, pyError, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { PyByteArray } from '../runtime/types/bytearray';
import { DIGESTS } from './digests';
import { shake } from './keccak';

/** The extendable-output functions: a digest of any length (hashlib's HASHXOF). */
const XOFS: Record<string, { bits: 128 | 256; size: number; block: number }> = {
  shake_128: { bits: 128, size: 0, block: 168 },
  shake_256: { bits: 256, size: 0, block: 136 },
};

/** HMAC (RFC 2104) of msg under key with a digest whose block is `block` bytes. */
function hmac(fn: (d: Uint8Array) => Uint8Array, block: number, key: Uint8Array, msg: Uint8Array): Uint8Array {
  const k = new Uint8Array(block);
  k.set(key.length > block ? fn(key) : key);
  const inner = new Uint8Array(block + msg.length);
  inner.set(msg, block);
  for (let i = 0; i < block; i++) inner[i] = k[i] ^ 0x36;
  const innerHash = fn(inner);
  const outer = new Uint8Array(block + innerHash.length);
  outer.set(innerHash, block);
  for (let i = 0; i < block; i++) outer[i] = k[i] ^ 0x5c;
  return fn(outer);
}

/** PBKDF2 (RFC 8018) with HMAC: `length` bytes, each block the XOR of `iterations` chained HMACs. */
function pbkdf2(name: string, password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Uint8Array {
  const { fn, block, size } = DIGESTS[name];
  const out = new Uint8Array(Math.ceil(length / size) * size);
  for (let i = 1; (i - 1) * size < length; i++) {
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    new DataView(first.buffer).setUint32(salt.length, i);
    let u = hmac(fn, block, password, first);
    const t = u.slice();
    for (let j = 1; j < iterations; j++) {
      u = hmac(fn, block, password, u);
      for (let b = 0; b < size; b++) t[b] ^= u[b];
    }
    out.set(t, (i - 1) * size);
  }
  return out.subarray(0, length);
}

function bytesOf(data: PyValue): Uint8Array {
  if (!(data instanceof PyByteArray || data instanceof PyBytes))
    throw pyError('TypeError', 'a bytes-like object is required');
  return data instanceof PyByteArray ? Uint8Array.from(data.data) : data.data;
}

export function makeHashlibNative(): [string, PyValue][] {
  const algo = (name: PyValue) => {
    const a =
      typeof name !== 'string'
        ? undefined
        : Object.hasOwn(DIGESTS, name)
          ? DIGESTS[name]
          : Object.hasOwn(XOFS, name)
            ? XOFS[name]
            : undefined;
    if (a === undefined) throw pyError('ValueError', `unsupported hash type ${String(name)}`);
    return a;
  };
  return [
    [
      '_digest',
      defNative('_digest', '(name, data, /)', ([name, data]) => {
        const a = algo(name);
        if (!('fn' in a)) throw pyError('ValueError', `unsupported hash type ${String(name)}`);
        return new PyBytes(a.fn(bytesOf(data)));
      }),
    ],
    [
      '_xof',
      defNative('_xof', '(name, data, length, /)', ([name, data, length]) => {
        const a = algo(name);
        if (!('bits' in a)) throw pyError('ValueError', `unsupported hash type ${String(name)}`);
        const n = Number(length as bigint);
        // CPython passes a negative length on to the bytes it makes
        if (n < 0) throw pyError('SystemError', 'Negative size passed to PyBytes_FromStringAndSize');
        return new PyBytes(shake(a.bits, bytesOf(data), n));
      }),
    ],
    [
      '_pbkdf2',
      defNative('_pbkdf2', '(name, password, salt, iterations, length, /)', ([name, password, salt, n, length]) => {
        const key = String(name);
        if (!Object.hasOwn(DIGESTS, key)) throw pyError('ValueError', `unsupported hash type ${key}`);
        const size = length === null ? DIGESTS[key].size : Number(length as bigint);
        return new PyBytes(pbkdf2(key, bytesOf(password), bytesOf(salt), Number(n as bigint), size));
      }),
    ],
    ['_digest_size', defNative('_digest_size', '(name, /)', ([name]) => BigInt(algo(name).size))],
    ['_block_size', defNative('_block_size', '(name, /)', ([name]) => BigInt(algo(name).block))],
  ];
}
