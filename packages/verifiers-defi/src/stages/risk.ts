import { Dec } from '../decimal';
import { healthFactor, hfBelow, ltvBreached, ltvValue, usdValue, type Exposure } from '../risk';
import type { BlockReason } from '../types';
import type { StepEnv } from './env';

/** 3–4. After a borrow or withdraw: LTV ≤ ltv_max, then HF ≥ hf_min (plus the optional hf_warn band). */
export function riskChecks(env: StepEnv, prices: ReadonlyMap<string, Dec>): BlockReason | null {
  const { state, policy, trail, i, ctx } = env;
  const e: Exposure = { collateralUsd: usdValue(state.collateral, prices), debtUsd: usdValue(state.debt, prices) };
  const ltvBad = ltvBreached(e, policy.ltv_max);
  const ltvDetail = ltvBad ? 'debt / collateral above policy.ltv_max' : undefined;
  if (!trail.record(i, 'ltv', !ltvBad, ltvValue(e), policy.ltv_max, ltvDetail)) return 'ltv';
  if (e.debtUsd.isZero()) {
    trail.record(i, 'hf', true, new Dec(Infinity), policy.hf_min);
    return null;
  }
  const lt = ctx.risk.liquidation_threshold;
  if (lt === null) {
    const detail = 'the health factor needs risk.liquidation_threshold';
    trail.record(i, 'context:risk.liquidation_threshold', false, null, null, detail);
    return 'missing_context';
  }
  const hf = healthFactor(e, lt);
  const hfBad = hfBelow(e, lt, policy.hf_min);
  if (!trail.record(i, 'hf', !hfBad, hf, policy.hf_min, hfBad ? 'health factor below policy.hf_min' : undefined)) return 'hf';
  if (policy.hf_warn !== null && hfBelow(e, lt, policy.hf_warn)) {
    trail.record(i, 'hf_warn', true, hf, policy.hf_warn, 'warning: health factor inside the policy.hf_warn band');
  }
  return null;
}
