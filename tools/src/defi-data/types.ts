/** The eight DeFi primitives of DESIGN §4, in their canonical order. */
export const PRIMITIVES = [
  'deposit_asset',
  'withdraw_asset',
  'borrow_asset',
  'repay_asset',
  'swap_asset',
  'stake_asset',
  'unstake_asset',
  'claim_rewards',
] as const;

/** A DeFi primitive name (public API, DESIGN §4). */
export type Primitive = (typeof PRIMITIVES)[number];

/** Why a negative prompt is not an executable request. */
export const NEG_KINDS = [
  'info_question',
  'balance_or_price',
  'hypothetical',
  'negation',
  'chitchat',
  'gibberish',
  'other_domain',
  'unsupported_action',
] as const;

/** The kind of a negative prompt. */
export type NegKind = (typeof NEG_KINDS)[number];

/** A training label: a primitive (first step of the plan), `non_exec`, or `unsupported`. */
export type Label = Primitive | 'non_exec' | 'unsupported';

/** Every label, in a stable order (for counts and coverage checks). */
export const LABELS: readonly Label[] = [...PRIMITIVES, 'non_exec', 'unsupported'];

/** How the amount of a step was written (DESIGN §4). */
export type AmountKind = 'exact' | 'all' | 'half' | 'usd' | 'none';

/** Gold arguments of one step, key order as in DESIGN §4. */
export interface StepArgs {
  readonly amount: number | null;
  readonly amount_kind: AmountKind;
  readonly asset: string | null;
  readonly to_asset: string | null;
  readonly protocol: string | null;
  readonly chain: string | null;
}

/** One gold plan step. */
export interface Step {
  readonly primitive: Primitive;
  readonly args: StepArgs;
}

/** single = one-step request, multi = 2–3 ordered steps, negative = non_exec or unsupported. */
export type ExampleKind = 'single' | 'multi' | 'negative';

/** One JSONL row. */
export interface Example {
  readonly id: string;
  readonly text: string;
  readonly label: Label;
  readonly kind: ExampleKind;
  readonly steps: readonly Step[];
  readonly neg_kind?: NegKind;
}

/** Which file is generated: train uses only shared vocabulary; dev adds held-out templates and words. */
export type Split = 'train' | 'dev';

/** A vocabulary or template item; `held` items appear only in the dev split. */
export interface Held {
  readonly held?: boolean;
  readonly w?: number;
}

/** Empty arguments: what a step has before any slot fills it. */
export const EMPTY_ARGS: StepArgs = {
  amount: null,
  amount_kind: 'none',
  asset: null,
  to_asset: null,
  protocol: null,
  chain: null,
};
