import { Dec, ZERO } from '../decimal';
import type { Leg } from '../primitives';
import type { BlockReason } from '../types';
import type { StepEnv } from './env';

/** Policy allow-lists (only when the policy sets them). A step that names no protocol fails a protocol list. */
export function allowLists(env: StepEnv, assets: readonly string[]): BlockReason | null {
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

/** Policy cap on the USD value a step moves. */
export function usdCap(env: StepEnv, legs: readonly Leg[], prices: ReadonlyMap<string, Dec>): BlockReason | null {
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
