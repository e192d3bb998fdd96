import type { VerdictReason } from '@micro-lm/verifiers-defi';
import type { Decision, PlanStep } from '../types';

/** Version of the guard verdict format; bump when the hashed content changes shape. */
export const GUARD_VERSION = 'micro-lm-guard/1';

/** A guard either lets a proposed plan through or stops it. */
export type GuardDecision = 'allow' | 'block';

/**
 * Why: `verified` on allow; a verifier reason (`oracle_stale`, `insufficient_balance`, `ltv`, `hf`, `invalid_input`,
 * …) when the proposal itself is unsafe or malformed; `plan_mismatch` when it is not what the user asked for.
 */
export type GuardReason = VerdictReason | 'plan_mismatch';

/** Names of the checks the guard adds to the verifier's. */
export type MatchCheckName = 'user_prompt_markers' | 'user_intent' | 'plan_sequence' | 'plan_args';

/** An argument the user stated that a proposal can contradict. */
export type MatchField = 'asset' | 'to_asset' | 'amount' | 'amount_kind' | 'protocol' | 'chain';

/**
 * One check in the audit trail. Verifier checks keep their names (`oracle`, `funds`, `ltv`, …); the guard's own
 * are {@link MatchCheckName}. `fields` lists the arguments that differ on a failed `plan_args` check.
 */
export interface GuardCheck {
  readonly step: number | null;
  readonly name: string;
  readonly ok: boolean;
  readonly value: string | null;
  readonly limit: string | null;
  readonly detail?: string;
  readonly fields?: readonly MatchField[];
}

/** micro-lm's own reading of `user_prompt`: what it would have planned (its full result replays by `audit_hash`). */
export interface ExpectedReading {
  readonly decision: Decision;
  readonly reason: string;
  readonly plan: { readonly steps: readonly PlanStep[] };
  readonly audit_hash: string;
}

/** Audit record of a verdict: the input's hash and the hash of the verdict itself. */
export interface GuardAudit {
  readonly version: string;
  /** sha256 of the canonical JSON of the validated input (or of the raw input when it was invalid). */
  readonly input_sha256: string;
  /** sha256 of the canonical JSON of the verdict without this field. */
  readonly hash: string;
}

/** The guard's answer for one proposed plan. `ok` is true only for `allow`. */
export interface GuardVerdict {
  readonly ok: boolean;
  readonly decision: GuardDecision;
  readonly reason: GuardReason;
  /** Index of the proposed step that failed; null when the failure concerns the input or the prompt as a whole. */
  readonly failed_step: number | null;
  readonly checks: readonly GuardCheck[];
  /** Present when `user_prompt` was given and read. */
  readonly expected?: ExpectedReading;
  readonly audit: GuardAudit;
}
