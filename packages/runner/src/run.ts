import * as E from 'fp-ts/Either';
import { canonicalJson, canonicalJsonReused, sha256Hex } from './canonical';
import { checkOutcome } from './outcome';
import { getDomain, loadDomain, oneLine } from './registry';
import { parseRequest } from './request';
import { AUDIT_VERSION, inputSha256, resultHash, sealResult, storedRequest } from './result';
import type { MicroRequest, MicroResult } from './types';

/** An internal failure (model not loadable, adapter bug): not the caller's fault, not a decision. */
export class MicroInternalError extends Error {
  override readonly name = 'MicroInternalError';
}

/**
 * Run one request through its domain adapter and seal the result with its audit record. Invalid requests
 * resolve to an `abstain_invalid_input` result (never a rejection, never `ok: true`); Left only for
 * internal failures.
 */
export async function runMicroE(raw: unknown): Promise<E.Either<MicroInternalError, MicroResult>> {
  const parsed = parseRequest(raw, getDomain);
  if (E.isLeft(parsed)) return E.right(invalidInputResult(raw, parsed.left));
  return runValid(parsed.right);
}

/** `runMicro(request)` (DESIGN §3). Rejects with `MicroInternalError` only on internal failures. */
export async function runMicro(raw: unknown): Promise<MicroResult> {
  const r = await runMicroE(raw);
  if (E.isLeft(r)) throw r.left;
  return r.right;
}

async function runValid(req: MicroRequest): Promise<E.Either<MicroInternalError, MicroResult>> {
  const adapter = await loadDomain(req.domain, req.backend);
  if (E.isLeft(adapter)) return E.left(new MicroInternalError(adapter.left));
  const a = adapter.right;
  let value: unknown;
  try {
    value = await a.run({
      prompt: req.prompt,
      ...(req.context !== undefined ? { context: req.context } : {}),
      ...(req.policy !== undefined ? { policy: req.policy } : {}),
      ...(req.grid !== undefined ? { grid: req.grid } : {}),
      rails: req.rails,
      T: req.T,
      ...(req.explain === true ? { explain: true } : {}),
    });
  } catch (err) {
    return E.left(new MicroInternalError(`domain ${req.domain} failed: ${oneLine(err)}`));
  }
  const outcome = checkOutcome(value);
  if (E.isLeft(outcome)) return E.left(new MicroInternalError(`domain ${req.domain}: ${outcome.left}`));
  // The context is written twice (input hash, then audit.request in the result hash): write it once.
  const memo = new WeakMap<object, string>();
  for (const v of [req.context, req.policy, req.grid]) if (typeof v === 'object' && v !== null) memo.set(v, canonicalJsonReused(v));
  return E.right(
    sealResult(outcome.right, {
      input_sha256: inputSha256(req, memo),
      model_sha256: a.modelSha256,
      config: configOf(req, a.config),
      request: storedRequest(req),
    }, memo),
  );
}

/**
 * The result for a request that failed validation. Its input is not stored (it may be huge or not JSON):
 * `input_sha256` identifies it, `artifacts.errors` says what was wrong.
 */
export function invalidInputResult(raw: unknown, errors: readonly string[]): MicroResult {
  const reason = 'abstain_invalid_input';
  const body = {
    ok: false,
    decision: 'abstain' as const,
    label: 'abstain',
    score: 0,
    reason,
    plan: { steps: [] },
    verify: { ok: false, reason, checks: [] },
    artifacts: { errors: [...errors] },
    audit: { version: AUDIT_VERSION, input_sha256: rawSha256(raw), model_sha256: 'none', config: {}, request: null },
  };
  return { ...body, audit: { ...body.audit, hash: resultHash(body) } };
}

function rawSha256(raw: unknown): string {
  try {
    return sha256Hex(canonicalJson(raw));
  } catch {
    return sha256Hex('unserialisable input');
  }
}

/** `audit.config`: the run settings first, then the adapter's thresholds; an adapter cannot overwrite the
 * settings replay re-runs with. */
function configOf(req: MicroRequest, extra: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const settings = { domain: req.domain, rails: req.rails, T: req.T, backend: req.backend, ...(req.explain ? { explain: true } : {}) };
  return Object.assign({ ...settings }, extra ?? {}, settings);
}
