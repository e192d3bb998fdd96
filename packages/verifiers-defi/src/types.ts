/** The eight DeFi primitives (DESIGN §4), in a fixed order. */
export const DEFI_PRIMITIVES = [
  'deposit_asset',
  'withdraw_asset',
  'borrow_asset',
  'repay_asset',
  'swap_asset',
  'stake_asset',
  'unstake_asset',
  'claim_rewards',
] as const;

/** One of the eight DeFi primitives. */
export type DefiPrimitive = (typeof DEFI_PRIMITIVES)[number];

/** How a step's amount is expressed (DESIGN §4). */
export const AMOUNT_KINDS = ['exact', 'all', 'half', 'usd', 'none'] as const;

/** How a step's amount is expressed: units, everything, half, US dollars, or not given. */
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** Arguments of a plan step (DESIGN §4). Amounts may be numbers or decimal strings. */
export interface StepArgs {
  readonly amount: number | string | null;
  readonly amount_kind: AmountKind;
  readonly asset: string | null;
  readonly to_asset: string | null;
  readonly protocol: string | null;
  readonly chain: string | null;
}

/** A typed plan step: a primitive and its arguments. */
export interface PlanStep {
  readonly primitive: DefiPrimitive;
  readonly args: StepArgs;
}

/** What `verifyPlan` accepts for a step before validation: missing argument keys count as null. */
export interface PlanStepInput {
  readonly primitive: string;
  readonly args?: Readonly<Partial<Record<keyof StepArgs, unknown>>>;
}

/** Every reason a verdict can carry, `verified` first. */
export const VERDICT_REASONS = [
  'verified',
  'oracle_stale',
  'oracle_missing',
  'insufficient_balance',
  'ltv',
  'hf',
  'missing_context',
  'invalid_input',
  'limit_exceeded',
  'asset_not_allowed',
  'protocol_not_allowed',
] as const;

/** The reason of a verdict. */
export type VerdictReason = (typeof VERDICT_REASONS)[number];

/** The reason of a block (every reason except `verified`). */
export type BlockReason = Exclude<VerdictReason, 'verified'>;

/** Names of checks; `<T>` is an upper-case ticker, `<book>` an account book, `<path>` an input path. */
export type CheckName =
  | 'ltv'
  | 'hf'
  | 'hf_warn'
  | 'usd_value'
  | 'amount'
  | 'asset'
  | 'to_asset'
  | 'internal_error'
  | 'context:now'
  | 'context:oracle.updated_at'
  | 'context:risk.liquidation_threshold'
  | `context:account.${BookName}`
  | `asset_allowed:${string}`
  | `protocol_allowed:${string}`
  | `oracle_age:${string}`
  | `price:${string}`
  | `debt:${string}`
  | `funds:${string}`
  | `input:${string}`;

/**
 * One check that ran: the audit trail. `value`/`limit` are exact decimal strings ("0.75", "Infinity") or null;
 * `step` is the plan index (null for checks on the whole input); `detail` explains a failure in words.
 */
export interface Check {
  readonly step: number | null;
  readonly name: CheckName;
  readonly ok: boolean;
  readonly value: string | null;
  readonly limit: string | null;
  readonly detail?: string;
}

/** The account books a plan moves units between. */
export const BOOK_NAMES = ['balances', 'collateral', 'debt', 'staked', 'rewards'] as const;

/** One account book: `balances` is the wallet. */
export type BookName = (typeof BOOK_NAMES)[number];

/** Simulated account after the plan: ticker → units as decimal strings (keys sorted); null = not given. */
export type StateJson = { readonly [B in BookName]: Readonly<Record<string, string>> | null };

/** A plan that passed every check. */
export interface VerifiedVerdict {
  readonly ok: true;
  readonly reason: 'verified';
  readonly failed_step: null;
  readonly checks: readonly Check[];
  readonly state_after: StateJson;
}

/** A plan that was refused: the first failing check is the last entry of `checks`. */
export interface BlockedVerdict {
  readonly ok: false;
  readonly reason: BlockReason;
  /** Index of the step that failed; null when the failure is about the context, policy or plan as a whole. */
  readonly failed_step: number | null;
  readonly checks: readonly Check[];
  readonly state_after: null;
}

/** The result of `verifyPlan`. */
export type Verdict = VerifiedVerdict | BlockedVerdict;
