import type { PredictionSummary } from '@micro-lm/mapper';
import type { WalletCheck, WalletStep } from './verify';

/** Abstain reasons this domain can return (a subset of the runner's fixed list). */
export type WalletAbstainReason =
  | 'abstain_non_exec'
  | 'abstain_low_confidence'
  | 'abstain_ambiguous'
  | 'abstain_out_of_domain'
  | 'abstain_disagreement'
  | 'abstain_unsupported'
  | 'abstain_invalid_input';

/** The mapper's view, rounded for the audit record (the mapper's shared summary). */
export type MapperSummary = PredictionSummary;

/** The lexical parser's view: cued primitives and the guards that fired. */
export interface ParserSummary {
  readonly cued: readonly string[];
  readonly unsupported: string | null;
  readonly negation: string | null;
  readonly multiStep: boolean;
}

/** What the domain returns to the runner (same shape as the runner's AdapterOutcome). */
export interface WalletOutcome {
  readonly decision: 'accept' | 'abstain' | 'block';
  readonly reason: string;
  readonly label: string;
  readonly score: number;
  readonly plan: { readonly steps: readonly WalletStep[] };
  readonly verify: { readonly ok: boolean; readonly reason: string; readonly checks: readonly WalletCheck[] };
  readonly artifacts: { readonly mapper: MapperSummary | null; readonly parser: ParserSummary | null };
}

/** Round to 4 decimals so results are stable and readable. */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
