/** The three decisions a sidecar can return (DESIGN §1). */
export type Decision = 'accept' | 'abstain' | 'block';

/** Abstain reasons fixed by DESIGN §3. */
export type AbstainReason =
  | 'abstain_non_exec'
  | 'abstain_low_confidence'
  | 'abstain_ambiguous'
  | 'abstain_out_of_domain'
  | 'abstain_disagreement'
  | 'abstain_unsupported'
  | 'abstain_invalid_input';

/** One step of a plan: a domain primitive and its typed arguments. */
export interface PlanStep {
  readonly primitive: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** One verifier check as shown in a result (value and limit as strings or numbers, null when n/a). */
export interface CheckRecord {
  readonly name: string;
  readonly ok: boolean;
  readonly value: string | number | boolean | null;
  readonly limit: string | number | boolean | null;
  readonly [extra: string]: unknown;
}

/** What a domain adapter computes for one prompt; the runner adds `ok` and the audit record. */
export interface AdapterOutcome {
  readonly decision: Decision;
  /** `verified` on accept, the verifier's reason on block, an abstain reason on abstain. */
  readonly reason: string;
  /** First step's primitive, or "abstain". */
  readonly label: string;
  /** Confidence in [0, 1]. */
  readonly score: number;
  readonly plan: { readonly steps: readonly PlanStep[] };
  readonly verify: { readonly ok: boolean; readonly reason: string; readonly checks: readonly CheckRecord[] };
  /** Evidence for the audit: mapper top-k, parser report, traces summary, output grid, … (JSON values only). */
  readonly artifacts: Readonly<Record<string, unknown>>;
}

/** Audit record: enough to replay and check a result (DESIGN §3). */
export interface Audit {
  readonly version: string;
  readonly input_sha256: string;
  readonly model_sha256: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly hash: string;
}

/** The result of `runMicro`, JSON-serialisable with a stable key order (DESIGN §3). */
export interface MicroResult {
  readonly ok: boolean;
  readonly decision: Decision;
  readonly label: string;
  readonly score: number;
  readonly reason: string;
  readonly plan: { readonly steps: readonly PlanStep[] };
  readonly verify: { readonly ok: boolean; readonly reason: string; readonly checks: readonly CheckRecord[] };
  readonly artifacts: Readonly<Record<string, unknown>>;
  readonly audit: Audit;
}
