import type { Dec } from './decimal';
import { RULES } from './primitives';
import type { DefiContext } from './schema/context';
import type { ParsedStep } from './schema/plan';
import type { DefiPolicy } from './schema/policy';
import type { SimState } from './state';
import { requireBooks, touchedAssets } from './stages/books';
import type { StepEnv } from './stages/env';
import { funds, legsOf } from './stages/funds';
import { oracle, pricedAssets } from './stages/oracle';
import { allowLists, usdCap } from './stages/policy';
import { riskChecks } from './stages/risk';
import type { Trail } from './trail';
import type { BlockReason } from './types';

/**
 * Checks one step against the state and, when every check passes, applies it to the state.
 * Order: books → allow-lists → oracle (stale, then missing) → funds → USD cap → apply → LTV → HF.
 */
export function runStep(
  i: number,
  step: ParsedStep,
  state: SimState,
  ctx: DefiContext,
  policy: DefiPolicy,
  trail: Trail,
): BlockReason | null {
  const env: StepEnv = { i, step, rule: RULES[step.primitive], state, ctx, policy, trail };
  const missing = requireBooks(env);
  if (missing) return missing;
  const assets = touchedAssets(env);
  const notAllowed = allowLists(env, assets);
  if (notAllowed) return notAllowed;
  const priced = oracle(env, pricedAssets(env, assets));
  if (priced.block) return priced.block;
  const prices = priced.value;
  const legs = funds(env, legsOf(env, assets, prices));
  if (legs.block) return legs.block;
  const capped = usdCap(env, legs.value, prices);
  if (capped) return capped;
  for (const leg of legs.value) {
    // A swap receives the oracle value of what it sells: units × price(asset) / price(to_asset).
    const received =
      step.to_asset === null
        ? null
        : leg.units.times(prices.get(leg.asset) as Dec).div(prices.get(step.to_asset) as Dec);
    env.rule.apply(state, leg, step.to_asset, received);
  }
  return env.rule.risky ? riskChecks(env, prices) : null;
}
