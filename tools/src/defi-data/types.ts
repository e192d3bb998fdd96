import { DEFI_PRIMITIVES, type DefiPrimitive } from '@micro-lm/verifiers-defi';
import type { AmountKind, StepArgs } from '@micro-lm/adapters-defi';

/** The eight DeFi primitives of DESIGN §4, in their canonical order (the verifiers' list). */
export const PRIMITIVES = DEFI_PRIMITIVES;

/** A DeFi primitive name (public API, DESIGN §4). */
export type Primitive = DefiPrimitive;

export type { AmountKind, StepArgs };

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
