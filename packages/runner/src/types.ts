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

/** A plan step as an adapter returns it: an arguments object of the domain's own shape (the runner checks it is an object). */
export interface AdapterStep {
  readonly primitive: string;
  readonly args: object;
}

/** A verifier check as an adapter returns it (extra fields, e.g. the step index, pass through). */
export interface AdapterCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly value: string | number | boolean | null;
  readonly limit: string | number | boolean | null;
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
  readonly plan: { readonly steps: readonly AdapterStep[] };
  readonly verify: { readonly ok: boolean; readonly reason: string; readonly checks: readonly AdapterCheck[] };
  /** Evidence for the audit: mapper top-k, parser report, traces summary, output grid, … (JSON values only). */
  readonly artifacts: object;
}

/** Audit record: enough to replay and check a result (DESIGN §3). */
export interface Audit {
  readonly version: string;
  /** sha256 of the canonical JSON of the full request (defaults applied). */
  readonly input_sha256: string;
  /** sha256 of the model artifact that produced the result ("none" when no model ran: invalid input). */
  readonly model_sha256: string;
  /** rails, T, backend, domain and the adapter's thresholds. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The request as given (domain, prompt, context?, policy?, grid?), so `replay` can re-run it; null when it could not be stored. */
  readonly request: StoredRequest | null;
  /** sha256 of the canonical JSON of the whole result without this field. */
  readonly hash: string;
}

/** Stage-10 (detector only) or Stage-11 (detector + denoise + phantom guard) rails. */
export type Rails = 'stage10' | 'stage11';

/** Encoder backend of the mapper and the traces. */
export type Backend = 'wordmap' | 'sbert';

/** Any JSON value (what a request's context, policy and grid may hold). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { readonly [key: string]: JsonValue };

/** The domain-specific part of a request, stored in the audit record. */
export interface StoredRequest {
  readonly domain: string;
  readonly prompt: string;
  readonly context?: JsonObject;
  readonly policy?: JsonObject;
  readonly grid?: JsonValue;
}

/** A validated request with every default applied. */
export interface MicroRequest extends StoredRequest {
  readonly rails: Rails;
  readonly T: number;
  readonly backend: Backend;
  /** Include the adapter's full evidence (traces) in `artifacts` (default false). */
  readonly explain?: boolean;
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
