import { z } from 'zod';
import { Dec } from '../decimal';

/** Plain decimal strings only: digits with an optional fraction, no sign, exponent, spaces or separators. */
const DECIMAL_RE = /^\d+(\.\d+)?$/;

/** Longest accepted decimal string; keeps products of two inputs exact at 64 significant digits. */
const MAX_SIGNIFICANT_DIGITS = 32;

/** Parses a non-negative finite number or plain decimal string; null when it is not one. */
export function toDecimal(raw: number | string): Dec | null {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return null;
    return raw === 0 ? new Dec(0) : new Dec(raw);
  }
  if (raw.length > 80 || !DECIMAL_RE.test(raw)) return null;
  const d = new Dec(raw);
  return d.sd() > MAX_SIGNIFICANT_DIGITS ? null : d;
}

const MESSAGE = 'expected a non-negative finite number or plain decimal string (at most 32 significant digits)';

/** A non-negative decimal, from a number or a decimal string. */
export const nonNegativeDecimal = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  const d = toDecimal(raw);
  if (d === null) {
    ctx.addIssue({ code: 'custom', message: MESSAGE });
    return z.NEVER;
  }
  return d;
});

/** A strictly positive decimal (prices: zero is not a price). */
export const positiveDecimal = nonNegativeDecimal.refine((d) => d.gt(0), { message: 'expected a value above 0' });

/** A decimal in [0, 1] (LTV caps, liquidation thresholds). */
export const unitDecimal = nonNegativeDecimal.refine((d) => d.lte(1), { message: 'expected a value between 0 and 1' });
