import type { PredictionSummary } from '@micro-lm/mapper';
import type { DefiStep } from './args/types';
import type { ChannelSummary } from './parse/detect';

/** Abstain reasons (DESIGN §3). */
export type DefiAbstainReason =
  | 'abstain_non_exec'
  | 'abstain_low_confidence'
  | 'abstain_ambiguous'
  | 'abstain_out_of_domain'
  | 'abstain_disagreement'
  | 'abstain_unsupported'
  | 'abstain_invalid_input';

/** One verifier check as shown in a result. */
export interface DefiCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly value: string | null;
  readonly limit: string | null;
  readonly step: number | null;
}

/** Mapper evidence in the audit record (the mapper's shared summary). */
export type MapperSummary = PredictionSummary;

/** The traces the parser saw (only when the domain was created with `traces: true`). */
export interface TraceSummary {
  readonly names: readonly string[];
  readonly T: number;
  readonly data: readonly (readonly number[])[];
}

/** What the DeFi adapter returns for one prompt; the runner adds `ok` and the audit (JSON values only). */
export interface DefiOutcome {
  readonly decision: 'accept' | 'abstain' | 'block';
  /** `verified`, the verifier's block reason, or an abstain reason. */
  readonly reason: string;
  /** First step's primitive, or "abstain". */
  readonly label: string;
  readonly score: number;
  readonly plan: { readonly steps: readonly DefiStep[] };
  readonly verify: { readonly ok: boolean; readonly reason: string; readonly checks: readonly DefiCheck[] };
  readonly artifacts: {
    readonly mapper: MapperSummary | null;
    readonly parser: { readonly keep: readonly string[]; readonly order: readonly string[]; readonly perChannel: Readonly<Record<string, ChannelSummary>> } | null;
    readonly traces?: TraceSummary;
  };
}

/** Round to 4 decimals (audit records carry rounded numbers so they print and hash stably). */
export function round4(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : 0;
}
