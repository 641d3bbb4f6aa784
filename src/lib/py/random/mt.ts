/**
 * MT19937 Mersenne Twister core, matching CPython's Modules/_randommodule.c
 * bit for bit (init_genrand, init_by_array, genrand_uint32, genrand_res53).
 *
 * All state words are unsigned 32-bit integers kept in a Uint32Array; 32-bit
 * modular multiplication is done with Math.imul.
 */

export const MT_N = 624;
const MT_M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  /** The 624-word state vector. */
  readonly mt: Uint32Array = new Uint32Array(MT_N);
  /** Position of the next word to temper; MT_N means "regenerate first". */
  index: number = MT_N + 1;

  /** Seed the state from a single 32-bit word (CPython init_genrand). */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < MT_N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
    this.index = MT_N;
  }

  /** Seed the state from an array of 32-bit words (CPython init_by_array). */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    const keyLength = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = MT_N > keyLength ? MT_N : keyLength; k > 0; k--) {
      const prev = mt[i - 1]!;
      const mixed = (mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) >>> 0;
      mt[i] = (mixed + (key[j]! >>> 0) + j) >>> 0; /* non linear */
      i++;
      j++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1]!;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = MT_N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      const mixed = (mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) >>> 0;
      mt[i] = (mixed - i) >>> 0; /* non linear */
      i++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; /* MSB is 1; assuring non-zero initial array */
  }

  /** Next tempered 32-bit output (CPython genrand_uint32). */
  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= MT_N) {
      let kk = 0;
      let y: number;
      for (; kk < MT_N - MT_M; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + MT_M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < MT_N - 1; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (MT_M - MT_N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[MT_N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[MT_N - 1] = mt[MT_M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits (CPython genrand_res53). */
  genrandRes53(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
}
