import type { Dec } from './decimal';
import { move, type SimState } from './state';
import type { BookName, DefiPrimitive } from './types';

/** Units of one asset that a step moves (a claim of every reward asset has one leg per asset). */
export interface Leg {
  readonly asset: string;
  readonly units: Dec;
}

/** What a primitive reads and how it changes the account. */
export interface PrimitiveRule {
  /** Books the step's checks read: missing → `missing_context`. */
  readonly reads: readonly BookName[];
  /** Book that "all"/"half" refer to (null: not allowed, as for borrow). */
  readonly allOf: BookName | null;
  /** Book that must hold the units (null: none, as for borrow). */
  readonly fundsFrom: BookName | null;
  /** Runs the LTV and HF checks after the step. */
  readonly risky: boolean;
  /** Applies one leg to the state. `received` is the swap's to_asset amount. */
  readonly apply: (s: SimState, leg: Leg, toAsset: string | null, received: Dec | null) => void;
}

const transfer = (from: BookName, to: BookName) => (s: SimState, leg: Leg) => {
  move(s, from, leg.asset, leg.units.neg());
  move(s, to, leg.asset, leg.units);
};

/** The state transition and checks of each primitive (see README "State transitions"). */
export const RULES: Readonly<Record<DefiPrimitive, PrimitiveRule>> = {
  deposit_asset: {
    reads: ['balances'],
    allOf: 'balances',
    fundsFrom: 'balances',
    risky: false,
    apply: transfer('balances', 'collateral'),
  },
  withdraw_asset: {
    reads: ['collateral', 'debt'],
    allOf: 'collateral',
    fundsFrom: 'collateral',
    risky: true,
    apply: transfer('collateral', 'balances'),
  },
  borrow_asset: {
    reads: ['collateral', 'debt'],
    allOf: null,
    fundsFrom: null,
    risky: true,
    apply: (s, leg) => {
      move(s, 'debt', leg.asset, leg.units);
      move(s, 'balances', leg.asset, leg.units);
    },
  },
  repay_asset: {
    reads: ['balances', 'debt'],
    allOf: 'debt',
    fundsFrom: 'balances',
    risky: false,
    apply: (s, leg) => {
      move(s, 'balances', leg.asset, leg.units.neg());
      move(s, 'debt', leg.asset, leg.units.neg());
    },
  },
  swap_asset: {
    reads: ['balances'],
    allOf: 'balances',
    fundsFrom: 'balances',
    risky: false,
    apply: (s, leg, toAsset, received) => {
      if (toAsset === null || received === null) throw new Error('swap without a target'); // unreachable: parsePlan
      move(s, 'balances', leg.asset, leg.units.neg());
      move(s, 'balances', toAsset, received);
    },
  },
  stake_asset: {
    reads: ['balances'],
    allOf: 'balances',
    fundsFrom: 'balances',
    risky: false,
    apply: transfer('balances', 'staked'),
  },
  unstake_asset: {
    reads: ['staked'],
    allOf: 'staked',
    fundsFrom: 'staked',
    risky: false,
    apply: transfer('staked', 'balances'),
  },
  claim_rewards: {
    reads: ['rewards'],
    allOf: 'rewards',
    fundsFrom: 'rewards',
    risky: false,
    apply: transfer('rewards', 'balances'),
  },
};
