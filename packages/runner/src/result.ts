import { canonicalJson, sha256Hex } from './canonical';
import type { AdapterOutcome, Audit, CheckRecord, MicroRequest, MicroResult, PlanStep, StoredRequest } from './types';

/** Version of the audit record format; bump when the hashed content changes shape. */
export const AUDIT_VERSION = 'micro-lm-audit/1';

/** The part of a request stored in `audit.request` (what replay re-runs). */
export function storedRequest(req: MicroRequest): StoredRequest {
  // Built key by key (no conditional spreads: this runs on every request).
  const out: { -readonly [K in keyof StoredRequest]: StoredRequest[K] } = { domain: req.domain, prompt: req.prompt };
  if (req.context !== undefined) out.context = req.context;
  if (req.policy !== undefined) out.policy = req.policy;
  if (req.grid !== undefined) out.grid = req.grid;
  return out;
}

/** sha256 of the canonical JSON of a full request (defaults applied), the audit's `input_sha256`. */
export function inputSha256(req: MicroRequest, memo?: WeakMap<object, string>): string {
  return sha256Hex(canonicalJson(req, memo));
}

/** The audit hash of a result: sha256 of the canonical JSON of everything except `audit.hash`. */
export function resultHash(
  result: Omit<MicroResult, 'audit'> & { readonly audit: Omit<Audit, 'hash'> },
  memo?: WeakMap<object, string>,
): string {
  const { ok, decision, label, score, reason, plan, verify, artifacts, audit } = result;
  const { version, input_sha256, model_sha256, config, request } = audit;
  return sha256Hex(
    canonicalJson({
      ok,
      decision,
      label,
      score,
      reason,
      plan,
      verify,
      artifacts,
      audit: { version, input_sha256, model_sha256, config, request },
    }, memo),
  );
}

/**
 * Assemble a result in the DESIGN §3 key order and seal it with its hash. `ok` is true only for an
 * accept whose verification passed.
 */
export function sealResult(
  outcome: AdapterOutcome,
  audit: Omit<Audit, 'hash' | 'version'>,
  memo?: WeakMap<object, string>,
): MicroResult {
  const body = {
    ok: outcome.decision === 'accept' && outcome.verify.ok === true,
    decision: outcome.decision,
    label: outcome.label,
    score: outcome.score,
    reason: outcome.reason,
    // checkOutcome has seen that every step's args is a plain object
    plan: { steps: outcome.plan.steps as readonly PlanStep[] },
    verify: { ok: outcome.verify.ok, reason: outcome.verify.reason, checks: outcome.verify.checks as readonly CheckRecord[] },
    artifacts: outcome.artifacts as Readonly<Record<string, unknown>>,
    audit: {
      version: AUDIT_VERSION,
      input_sha256: audit.input_sha256,
      model_sha256: audit.model_sha256,
      config: audit.config,
      request: audit.request,
    },
  };
  const hash = resultHash(body, memo);
  const a = body.audit;
  return {
    ok: body.ok,
    decision: body.decision,
    label: body.label,
    score: body.score,
    reason: body.reason,
    plan: body.plan,
    verify: body.verify,
    artifacts: body.artifacts,
    audit: { version: a.version, input_sha256: a.input_sha256, model_sha256: a.model_sha256, config: a.config, request: a.request, hash },
  };
}
