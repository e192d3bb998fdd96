// Shared test builders: a small account and plan steps written the way adapters emit them.
import type { PlanStepInput } from '../types';

export const NOW = 1_700_000_000;

/** A context with fresh prices and a modest position; each test overrides what it studies. */
export function baseContext(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    now: NOW,
    prices: { ETH: 2000, USDC: 1, WBTC: 50000, DAI: 1 },
    oracle: { updated_at: NOW - 10 },
    account: {
      balances: { ETH: 10, USDC: 5000 },
      collateral: { ETH: 10 },
      debt: { USDC: 5000 },
      staked: { ETH: 4 },
      rewards: { DAI: 12 },
    },
    risk: { liquidation_threshold: 0.825 },
    ...over,
  };
}

/** Same context with some account books replaced. */
export function withAccount(books: Record<string, unknown>, over: Record<string, unknown> = {}): Record<string, unknown> {
  const base = baseContext(over);
  return { ...base, account: { ...(base['account'] as Record<string, unknown>), ...books } };
}

/** A plan step; args default to null the way the DeFi adapter fills them. */
export function step(primitive: string, args: Record<string, unknown> = {}): PlanStepInput {
  return {
    primitive,
    args: { amount: null, amount_kind: 'none', asset: null, to_asset: null, protocol: null, chain: null, ...args },
  };
}

/** An exact-amount step. */
export function exact(primitive: string, amount: number | string, asset: string, more: Record<string, unknown> = {}): PlanStepInput {
  return step(primitive, { amount, amount_kind: 'exact', asset, ...more });
}
