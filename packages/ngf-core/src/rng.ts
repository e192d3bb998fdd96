/**
 * Seeded pseudo-random numbers: xoshiro128** (32-bit state words, pure TS), seeded through splitmix32.
 * Every consumer receives an explicit `Rng`; nothing in this package uses a global generator.
 */

/** A seeded random stream; every draw advances the state deterministically. */
export interface Rng {
  /** Uniform on [0, 1) with 32 bits of resolution. */
  next(): number;
  /** Uniform on [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Gaussian draw (Box–Muller, the spare value is cached). */
  normal(mean?: number, sd?: number): number;
  /** Uniform integer on 0..n−1 (unbiased, by rejection). */
  int(n: number): number;
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** An independent child stream derived from this stream's state and `k`; does not advance this stream. */
  fork(k: number): Rng;
  /** A copy with identical state: both produce the same future draws. */
  clone(): Rng;
}

/** splitmix32 step: a well-mixed 32-bit value for seeding. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const TWO_POW_32 = 4294967296;

class Xoshiro128 implements Rng {
  private readonly s: Uint32Array;
  private spare: number | null = null;

  constructor(words: Uint32Array) {
    this.s = words;
  }

  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  normal(mean = 0, sd = 1): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return mean + sd * z;
    }
    // 1 − next() lies in (0, 1], so the log is finite.
    const u1 = 1 - this.next();
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return mean + sd * r * Math.cos(2 * Math.PI * u2);
  }

  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > TWO_POW_32) throw new RangeError(`int(n): n must be an integer in 1..2^32, got ${n}`);
    // Rejection keeps every value equally likely (no modulo bias).
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const u = this.nextUint32();
      if (u < limit) return u % n;
    }
  }

  fork(k: number): Rng {
    const st = { s: (this.s[0] ^ Math.imul(this.s[3], 0x27d4eb2d) ^ Math.imul((k | 0) + 1, 0x165667b1)) | 0 };
    const w = new Uint32Array(4);
    for (let i = 0; i < 4; i++) w[i] = splitmix32(st) ^ this.s[(i + 1) & 3];
    return fromWords(w);
  }

  clone(): Rng {
    const c = new Xoshiro128(new Uint32Array(this.s));
    c.spare = this.spare;
    return c;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function fromWords(w: Uint32Array): Rng {
  // The all-zero state is a fixed point of xoshiro; splitmix output never yields it in practice, but guard anyway.
  if ((w[0] | w[1] | w[2] | w[3]) === 0) w[0] = 1;
  return new Xoshiro128(w);
}

/** Creates a seeded xoshiro128** stream; the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  const st = { s: seed | 0 };
  // Mix the high bits of seeds beyond 32 bits too, so 2^32 + 1 and 1 differ.
  const hi = Math.floor(seed / TWO_POW_32) | 0;
  const w = new Uint32Array(4);
  for (let i = 0; i < 4; i++) w[i] = splitmix32(st) ^ (i === 3 ? hi : 0);
  return fromWords(w);
}
