/**
 * Keccak-f[1600] and the sponge over it (FIPS 202): hashlib's sha3_224/256/384/512 and the
 * extendable-output shake_128/256. Lanes are 64-bit BigInts; the round constants and rotation
 * offsets are derived as the standard defines them (an LFSR, and the walk over the lanes).
 */

const MASK = (1n << 64n) - 1n;

function rotl(x: bigint, n: number): bigint {
  return n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & MASK;
}

/** Bit t of the LFSR x^8 + x^6 + x^5 + x^4 + 1 that makes the round constants. */
function lfsrBit(t: number): bigint {
  let r = 1;
  for (let i = 0; i < t % 255; i++) {
    r <<= 1;
    if (r & 0x100) r ^= 0x171;
  }
  return BigInt(r & 1);
}

const ROUND_CONSTANTS: bigint[] = Array.from({ length: 24 }, (_, round) => {
  let c = 0n;
  for (let j = 0; j <= 6; j++) c |= lfsrBit(j + 7 * round) << BigInt((1 << j) - 1);
  return c;
});

/** The rotation of lane (x, y), at index x + 5y: triangular numbers along the lanes' walk. */
const ROTATIONS: number[] = (() => {
  const r = new Array<number>(25).fill(0);
  let [x, y] = [1, 0];
  for (let t = 0; t < 24; t++) {
    r[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  return r;
})();

function permute(a: bigint[]): void {
  const b = new Array<bigint>(25);
  for (let round = 0; round < 24; round++) {
    const c = [0, 1, 2, 3, 4].map((x) => a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20]);
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
      for (let y = 0; y < 25; y += 5) a[x + y] ^= d;
    }
    for (let x = 0; x < 5; x++)
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], ROTATIONS[x + 5 * y]);
    for (let y = 0; y < 25; y += 5)
      for (let x = 0; x < 5; x++) a[x + y] = b[x + y] ^ (~b[((x + 1) % 5) + y] & MASK & b[((x + 2) % 5) + y]);
    a[0] ^= ROUND_CONSTANTS[round];
  }
}

/** The sponge: absorb data padded with the domain bits `suffix`, squeeze `outLen` bytes. */
function sponge(data: Uint8Array, rate: number, suffix: number, outLen: number): Uint8Array {
  const state = new Array<bigint>(25).fill(0n);
  const padded = new Uint8Array(data.length + rate - (data.length % rate));
  padded.set(data);
  padded[data.length] ^= suffix;
  padded[padded.length - 1] ^= 0x80;
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(padded[off + 8 * i + k]);
      state[i] ^= lane;
    }
    permute(state);
  }
  const out = new Uint8Array(outLen);
  let n = 0;
  for (;;) {
    for (let i = 0; i < rate / 8 && n < outLen; i++)
      for (let k = 0; k < 8 && n < outLen; k++) out[n++] = Number((state[i] >> BigInt(8 * k)) & 0xffn);
    if (n >= outLen) return out;
    permute(state);
  }
}

/** SHA3 with a digest of `size` bytes (its rate is what the capacity of twice that leaves). */
export function sha3(size: number): (d: Uint8Array) => Uint8Array {
  return (d) => sponge(d, 200 - 2 * size, 0x06, size);
}

/** SHAKE128 (bits 128) or SHAKE256: as many bytes as asked. */
export function shake(bits: 128 | 256, d: Uint8Array, length: number): Uint8Array {
  return sponge(d, 200 - bits / 4, 0x1f, length);
}
