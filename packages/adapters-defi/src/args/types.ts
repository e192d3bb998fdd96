import type { AmountKind } from '@micro-lm/verifiers-defi';
import type { DefiPrimitive } from '../labels';

export type { AmountKind };

/** Typed arguments of one plan step (DESIGN §4). */
export interface StepArgs {
  readonly amount: number | null;
  readonly amount_kind: AmountKind;
  readonly asset: string | null;
  readonly to_asset: string | null;
  readonly protocol: string | null;
  readonly chain: string | null;
}

/** One plan step: a primitive with its arguments. */
export interface DefiStep {
  readonly primitive: DefiPrimitive;
  readonly args: StepArgs;
}

/**
 * Why a clause's arguments cannot be typed as one step: an amount StepArgs cannot hold ("a third of my ETH"), or two
 * sized assets under one verb ("withdraw 5 ETH and 100 USDC"). The adapter abstains rather than drop one.
 */
export type AmountIssue = 'unrepresentable_fraction' | 'several_assets' | null;
