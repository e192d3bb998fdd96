/** A non-negative rational with bigint parts (den > 0), so balance comparisons at the boundary are exact. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * The exact value of a finite non-negative JS number, read from its shortest decimal form (so 0.1 is 1/10, not
 * the nearest double). Null for negative, non-finite or non-number input.
 */
export function ratioOf(x: unknown): Ratio | null {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) return null;
  const [mant, expPart] = String(x).split('e');
  const exp = expPart === undefined ? 0 : Number(expPart);
  const [int, frac = ''] = mant.split('.');
  const digits = BigInt(int + frac);
  const shift = exp - frac.length;
  return shift >= 0 ? { num: digits * 10n ** BigInt(shift), den: 1n } : { num: digits, den: 10n ** BigInt(-shift) };
}

/** a / b as a ratio (b > 0). */
export function div(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den, den: a.den * b.num };
}

/** a · k for a small integer k ≥ 1 in the denominator (k = 2 halves). */
export function over(a: Ratio, k: bigint): Ratio {
  return { num: a.num, den: a.den * k };
}

/** a > b, exactly. */
export function gt(a: Ratio, b: Ratio): boolean {
  return a.num * b.den > b.num * a.den;
}

/** A readable decimal (8 places at most) for the audit record; comparisons never use it. */
export function show(a: Ratio): string {
  const scaled = (a.num * 10n ** 8n + a.den / 2n) / a.den;
  const s = scaled.toString().padStart(9, '0');
  const int = s.slice(0, -8);
  const frac = s.slice(-8).replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}
