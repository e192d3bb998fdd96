import type { Dec } from '../decimal';
import { heldTickers } from '../state';
import { pass, stop, type Stage, type StepEnv } from './env';

/** The prices a step needs: its assets, and for borrow/withdraw every held collateral and debt asset. */
export function pricedAssets(env: StepEnv, assets: readonly string[]): string[] {
  const need = new Set(assets);
  if (env.rule.risky) {
    for (const t of heldTickers(env.state.collateral)) need.add(t);
    for (const t of heldTickers(env.state.debt)) need.add(t);
  }
  return [...need].sort();
}

/** 1. Oracle: every needed price fresh (age ≤ max age, equal is fresh; a future timestamp is not), then present. */
export function oracle(env: StepEnv, priced: readonly string[]): Stage<ReadonlyMap<string, Dec>> {
  const { ctx, policy, trail, i } = env;
  if (priced.length === 0) return pass(new Map());
  if (ctx.now === null) {
    trail.record(i, 'context:now', false, null, null, 'the oracle age needs context.now');
    return stop('missing_context');
  }
  for (const t of priced) {
    const at = ctx.oracle?.updated_at_by_asset.get(t) ?? ctx.oracle?.updated_at ?? null;
    if (at === null) {
      const detail = `the age of the ${t} price needs context.oracle.updated_at`;
      trail.record(i, 'context:oracle.updated_at', false, null, null, detail);
      return stop('missing_context');
    }
    const age = ctx.now.minus(at);
    const maxAge = policy.oracle_max_age_sec_by_asset.get(t) ?? policy.oracle_max_age_sec;
    const fresh = age.gte(0) && age.lte(maxAge);
    const detail = fresh
      ? undefined
      : age.lt(0)
        ? `the ${t} price is dated after now`
        : `the ${t} price is older than the limit`;
    if (!trail.record(i, `oracle_age:${t}`, fresh, age, maxAge, detail)) return stop('oracle_stale');
  }
  const prices = new Map<string, Dec>();
  for (const t of priced) {
    const price = ctx.prices?.get(t) ?? null;
    const detail = price === null ? `no price for ${t}` : undefined;
    if (!trail.record(i, `price:${t}`, price !== null, price, null, detail)) return stop('oracle_missing');
    prices.set(t, price as Dec);
  }
  return pass(prices);
}
