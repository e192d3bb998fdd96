import { Dec, ZERO } from './decimal';

/** USD totals of a position: Σ units × price over collateral and over debt. */
export interface Exposure {
  readonly collateralUsd: Dec;
  readonly debtUsd: Dec;
}

/** Σ units × price of a book; every held ticker must have a price (the caller checked it). */
export function usdValue(book: ReadonlyMap<string, Dec> | null, prices: ReadonlyMap<string, Dec>): Dec {
  if (book === null) return ZERO;
  let total = ZERO;
  for (const t of [...book.keys()].sort()) {
    const units = book.get(t) as Dec;
    if (units.isZero()) continue;
    const price = prices.get(t);
    if (price === undefined) throw new Error(`no price for ${t}`); // unreachable: the oracle check ran first
    total = total.plus(units.times(price));
  }
  return total;
}

/** LTV = debt / collateral: 0 without debt, Infinity with debt and no collateral. */
export function ltvValue(e: Exposure): Dec {
  if (e.debtUsd.isZero()) return ZERO;
  if (e.collateralUsd.isZero()) return new Dec(Infinity);
  return e.debtUsd.div(e.collateralUsd);
}

/** Blocks iff debt > 0 and (collateral = 0 or debt / collateral > ltvMax), compared as debt > ltvMax × collateral. */
export function ltvBreached(e: Exposure, ltvMax: Dec): boolean {
  if (e.debtUsd.isZero()) return false;
  return e.collateralUsd.isZero() || e.debtUsd.gt(ltvMax.times(e.collateralUsd));
}

/** HF = collateral × liquidation threshold / debt; Infinity without debt. */
export function healthFactor(e: Exposure, liquidationThreshold: Dec): Dec {
  if (e.debtUsd.isZero()) return new Dec(Infinity);
  return e.collateralUsd.times(liquidationThreshold).div(e.debtUsd);
}

/** True iff HF < bound, compared without division: collateral × LT < bound × debt (never true without debt). */
export function hfBelow(e: Exposure, liquidationThreshold: Dec, bound: Dec): boolean {
  if (e.debtUsd.isZero()) return false;
  return e.collateralUsd.times(liquidationThreshold).lt(bound.times(e.debtUsd));
}
