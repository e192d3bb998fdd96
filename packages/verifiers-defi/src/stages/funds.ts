import { Dec, ZERO } from '../decimal';
import type { Leg } from '../primitives';
import { unitsOf } from '../state';
import { pass, stop, type Stage, type StepEnv } from './env';

/** Units the step moves, per asset: exact units, USD at the oracle price, or all/half of the relevant book. */
export function legsOf(env: StepEnv, assets: readonly string[], prices: ReadonlyMap<string, Dec>): Leg[] {
  const { step, rule, state } = env;
  const amount = step.amount;
  if (step.asset === null) {
    // Claim without asset: every held reward asset ("all"/"none" → all of it, "half" → half of it).
    return assets.map((t) => {
      const held = unitsOf(state.rewards, t);
      return { asset: t, units: amount.kind === 'half' ? held.div(2) : held };
    });
  }
  const t = step.asset;
  switch (amount.kind) {
    case 'exact':
      return [{ asset: t, units: amount.units }];
    case 'usd':
      return [{ asset: t, units: amount.usd.div(prices.get(t) as Dec) }];
    case 'all':
    case 'half': {
      const held = rule.allOf === null ? ZERO : unitsOf(state[rule.allOf], t);
      return [{ asset: t, units: amount.kind === 'half' ? held.div(2) : held }];
    }
  }
}

/** 2. Funds: each leg must move more than 0 and no more than the book holds. A repay takes at most the debt. */
export function funds(env: StepEnv, legs: readonly Leg[]): Stage<Leg[]> {
  const { rule, state, trail, i, step } = env;
  if (legs.length === 0) {
    trail.record(i, 'funds:rewards', false, ZERO, ZERO, 'no rewards to claim');
    return stop('insufficient_balance');
  }
  const out: Leg[] = [];
  for (const leg of legs) {
    let units = leg.units;
    if (step.primitive === 'repay_asset') {
      const owed = unitsOf(state.debt, leg.asset);
      const detail = owed.isZero() ? `no ${leg.asset} debt to repay` : undefined;
      if (!trail.record(i, `debt:${leg.asset}`, !owed.isZero(), owed, null, detail)) return stop('insufficient_balance');
      units = Dec.min(units, owed);
    }
    if (rule.fundsFrom !== null) {
      const held = unitsOf(state[rule.fundsFrom], leg.asset);
      const ok = units.gt(0) && units.lte(held);
      const detail = ok
        ? undefined
        : units.isZero()
          ? `nothing to move: ${rule.fundsFrom} holds no ${leg.asset}`
          : `${rule.fundsFrom} holds less ${leg.asset} than the step moves`;
      if (!trail.record(i, `funds:${leg.asset}`, ok, units, held, detail)) return stop('insufficient_balance');
    }
    out.push({ asset: leg.asset, units });
  }
  return pass(out);
}
