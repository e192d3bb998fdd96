import { Dec, ZERO } from './decimal';
import { RULES, type Leg, type PrimitiveRule } from './primitives';
import { healthFactor, hfBelow, ltvBreached, ltvValue, usdValue, type Exposure } from './risk';
import type { DefiContext } from './schema/context';
import type { ParsedStep } from './schema/plan';
import type { DefiPolicy } from './schema/policy';
import { heldTickers, unitsOf, type SimState } from './state';
import type { Trail } from './trail';
import type { BlockReason } from './types';

/** Everything one step's checks read. */
interface StepEnv {
  readonly i: number;
  readonly step: ParsedStep;
  readonly rule: PrimitiveRule;
  readonly state: SimState;
  readonly ctx: DefiContext;
  readonly policy: DefiPolicy;
  readonly trail: Trail;
}

/** A stage either blocks with a reason or hands a value to the next stage. */
type Stage<T> = { readonly block: BlockReason } | { readonly block: null; readonly value: T };
const pass = <T>(value: T): Stage<T> => ({ block: null, value });
const stop = (block: BlockReason): { block: BlockReason } => ({ block });

/** 0. The account books the step reads must be given (an empty book is fine: it holds nothing). */
function requireBooks(env: StepEnv): BlockReason | null {
  for (const book of env.rule.reads) {
    if (env.state[book] === null) {
      const detail = `${env.step.primitive} needs account.${book}`;
      env.trail.record(env.i, `context:account.${book}`, false, null, null, detail);
      return 'missing_context';
    }
  }
  return null;
}

/** The assets the step touches: its asset (and to_asset), or for a claim without asset every held reward. */
function touchedAssets(env: StepEnv): string[] {
  const { step, state } = env;
  if (step.asset === null) return heldTickers(state.rewards);
  return step.to_asset === null ? [step.asset] : [step.asset, step.to_asset];
}

/** Policy allow-lists (only when the policy sets them). A step that names no protocol fails a protocol list. */
function allowLists(env: StepEnv, assets: readonly string[]): BlockReason | null {
  const { allowed_assets: allowedAssets, allowed_protocols: allowedProtocols } = env.policy;
  if (allowedAssets !== null) {
    for (const t of assets) {
      const ok = allowedAssets.has(t);
      const detail = ok ? undefined : `${t} is not in policy.allowed_assets`;
      if (!env.trail.record(env.i, `asset_allowed:${t}`, ok, null, null, detail)) return 'asset_not_allowed';
    }
  }
  if (allowedProtocols !== null) {
    const p = env.step.protocol;
    const ok = p !== null && allowedProtocols.has(p);
    const detail =
      p === null
        ? 'no protocol named while policy.allowed_protocols is set'
        : ok
          ? undefined
          : `${p} is not in policy.allowed_protocols`;
    if (!env.trail.record(env.i, `protocol_allowed:${p ?? '(none)'}`, ok, null, null, detail)) return 'protocol_not_allowed';
  }
  return null;
}

/** The prices a step needs: its assets, and for borrow/withdraw every held collateral and debt asset. */
function pricedAssets(env: StepEnv, assets: readonly string[]): string[] {
  const need = new Set(assets);
  if (env.rule.risky) {
    for (const t of heldTickers(env.state.collateral)) need.add(t);
    for (const t of heldTickers(env.state.debt)) need.add(t);
  }
  return [...need].sort();
}

/** 1. Oracle: every needed price fresh (age ≤ max age, equal is fresh; a future timestamp is not), then present. */
function oracle(env: StepEnv, priced: readonly string[]): Stage<ReadonlyMap<string, Dec>> {
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

/** Units the step moves, per asset: exact units, USD at the oracle price, or all/half of the relevant book. */
function legsOf(env: StepEnv, assets: readonly string[], prices: ReadonlyMap<string, Dec>): Leg[] {
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
function funds(env: StepEnv, legs: readonly Leg[]): Stage<Leg[]> {
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

/** Policy cap on the USD value a step moves. */
function usdCap(env: StepEnv, legs: readonly Leg[], prices: ReadonlyMap<string, Dec>): BlockReason | null {
  const cap = env.policy.max_usd_per_tx;
  if (cap === null) return null;
  const amount = env.step.amount;
  const moved = legs.reduce((sum, l) => sum.plus(l.units.times(prices.get(l.asset) as Dec)), ZERO);
  // A USD step counts at most its stated dollars (its units came from them, and a repay may take less), so
  // division rounding cannot push "$100" over a $100 cap.
  const usd = amount.kind === 'usd' ? Dec.min(amount.usd, moved) : moved;
  const ok = usd.lte(cap);
  const detail = ok ? undefined : 'above policy.max_usd_per_tx';
  return env.trail.record(env.i, 'usd_value', ok, usd, cap, detail) ? null : 'limit_exceeded';
}

/** 3–4. After a borrow or withdraw: LTV ≤ ltv_max, then HF ≥ hf_min (plus the optional hf_warn band). */
function riskChecks(env: StepEnv, prices: ReadonlyMap<string, Dec>): BlockReason | null {
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
