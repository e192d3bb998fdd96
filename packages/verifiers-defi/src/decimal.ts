import { Decimal } from 'decimal.js';

/**
 * Local Decimal constructor: 64 significant digits, half-even rounding, never exponent notation.
 * A clone, so other packages that use decimal.js keep their own settings.
 */
export const Dec = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/** A decimal value made by {@link Dec}. */
export type Dec = Decimal;

/** Zero, shared (decimal.js values are immutable). */
export const ZERO: Dec = new Dec(0);

/** Exact decimal string of a value ("0.75", "Infinity"); negative zero prints as "0". */
export function decString(d: Dec): string {
  if (d.isZero()) return '0';
  return d.isFinite() ? d.toFixed() : d.toString();
}
