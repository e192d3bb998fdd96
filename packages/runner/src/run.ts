import * as E from 'fp-ts/Either';
import { canonicalJson, canonicalJsonReused, internJson, sha256Hex } from './canonical';
import { checkOutcome } from './outcome';
import { getDomain, loadDomain, loadedDomain, oneLine, type DomainAdapter, type DomainInput } from './registry';
import { parseRequest } from './request';
import { AUDIT_VERSION, inputSha256, resultHash, sealResult, storedRequest } from './result';
import type { JsonObject, MicroRequest, MicroResult } from './types';

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

function runValid(req: MicroRequest): Promise<E.Either<MicroInternalError, MicroResult>> | E.Either<MicroInternalError, MicroResult> {
  // An adapter loaded earlier is used without waiting a tick; a synchronous adapter (wordmap) then runs the whole
  // request without one.
  const ready = loadedDomain(req.domain, req.backend);
  if (ready !== undefined) return runLoaded(req, ready);
  return loadDomain(req.domain, req.backend).then((adapter) => runLoaded(req, adapter));
}

function runLoaded(
  req: MicroRequest,
  adapter: E.Either<string, DomainAdapter>,
): Promise<E.Either<MicroInternalError, MicroResult>> | E.Either<MicroInternalError, MicroResult> {
  if (E.isLeft(adapter)) return E.left(new MicroInternalError(adapter.left));
  const a = adapter.right;
  // The context is written twice (input hash, then audit.request in the result hash): write it once. The adapter
  // gets the interned, deep-frozen copy of context and policy (same content ⇒ same object; the caller's stay untouched).
  const memo = new WeakMap<object, string>();
  const context = req.context !== undefined ? internJson(req.context) : undefined;
  const policy = req.policy !== undefined ? internJson(req.policy) : undefined;
  if (context !== undefined) memo.set(req.context as object, context.canonical);
  if (policy !== undefined) memo.set(req.policy as object, policy.canonical);
  if (typeof req.grid === 'object' && req.grid !== null) memo.set(req.grid, canonicalJsonReused(req.grid));
  let value: unknown;
  try {
    value = a.run(domainInput(req, context?.frozen, policy?.frozen));
  } catch (err) {
    return E.left(new MicroInternalError(`domain ${req.domain} failed: ${oneLine(err)}`));
  }
  if (isThenable(value))
    return Promise.resolve(value).then(
      (v) => seal(req, a, v, memo),
      (err: unknown) => E.left(new MicroInternalError(`domain ${req.domain} failed: ${oneLine(err)}`)),
    );
  return seal(req, a, value, memo);
}

/** What the adapter sees, built key by key (no conditional spreads on the per-call path). */
function domainInput(req: MicroRequest, context: JsonObject | undefined, policy: JsonObject | undefined): DomainInput {
  const input: { -readonly [K in keyof DomainInput]: DomainInput[K] } = { prompt: req.prompt, rails: req.rails, T: req.T };
  if (context !== undefined) input.context = context;
  if (policy !== undefined) input.policy = policy;
  if (req.grid !== undefined) input.grid = req.grid;
  if (req.explain === true) input.explain = true;
  return input;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

function seal(req: MicroRequest, a: DomainAdapter, value: unknown, memo: WeakMap<object, string>): E.Either<MicroInternalError, MicroResult> {
  const outcome = checkOutcome(value);
  if (E.isLeft(outcome)) return E.left(new MicroInternalError(`domain ${req.domain}: ${outcome.left}`));
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
 * settings replay re-runs with. Frozen and cached per adapter config and settings (the same few objects serve
 * every call, and the canonical writer keeps their text). */
function configOf(req: MicroRequest, extra: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> {
  const key = `${req.domain}\u0000${req.rails}\u0000${req.T}\u0000${req.backend}\u0000${req.explain === true ? 1 : 0}`;
  const owner = extra ?? NO_EXTRA;
  let perAdapter = configs.get(owner);
  if (perAdapter === undefined) {
    perAdapter = new Map();
    configs.set(owner, perAdapter);
  }
  const hit = perAdapter.get(key);
  // An adapter may (against the contract) mutate its config object: compare what it holds now, unless it is frozen
  // flat (then it cannot change).
  if (hit !== undefined && (hit.fixed || hit.extraJson === JSON.stringify(owner))) return hit.config;
  const settings = { domain: req.domain, rails: req.rails, T: req.T, backend: req.backend, ...(req.explain ? { explain: true } : {}) };
  const config = Object.freeze(Object.assign({ ...settings }, extra ?? {}, settings));
  if (perAdapter.size > 256) perAdapter.clear();
  const fixed = Object.isFrozen(owner) && Object.values(owner).every((v) => typeof v !== 'object' || v === null);
  perAdapter.set(key, { config, extraJson: JSON.stringify(owner), fixed });
  return config;
}

const NO_EXTRA: Readonly<Record<string, unknown>> = Object.freeze({});
const configs = new WeakMap<object, Map<string, { readonly config: Readonly<Record<string, unknown>>; readonly extraJson: string; readonly fixed: boolean }>>();
