import * as E from 'fp-ts/Either';
import { jsonDiff, type DiffEntry } from './diff';
import { resultHash } from './result';
import { runMicroE, type MicroInternalError } from './run';
import type { MicroResult } from './types';

/** What `replay` found. */
export interface ReplayReport {
  /** True when the stored hash checks AND re-running the stored request gave the same result, field for field. */
  readonly identical: boolean;
  /** The stored `audit.hash` matches the stored content (nothing was edited after the run). */
  readonly hashValid: boolean;
  /** The hash recomputed from the stored content. */
  readonly storedContentHash: string;
  /** False when the result stores no request (invalid input): only the hash was checked. */
  readonly reran: boolean;
  /** Leaf-level differences between the stored and the re-run result (empty when identical). */
  readonly diff: readonly DiffEntry[];
  /** The re-run result (null when not re-run). */
  readonly recomputed: MicroResult | null;
}

/**
 * Re-run the request stored in a result's audit record and compare. Left: the document is not a result
 * (no audit record) or the re-run hit an internal error.
 */
export async function replayE(stored: unknown): Promise<E.Either<string | MicroInternalError, ReplayReport>> {
  if (!isResultLike(stored)) return E.left('not a micro-lm result (no audit record with a hash)');
  const storedContentHash = resultHash(stored);
  const hashValid = storedContentHash === stored.audit.hash;
  const request = stored.audit.request;
  if (request === null) return E.right({ identical: hashValid, hashValid, storedContentHash, reran: false, diff: [], recomputed: null });
  const config = stored.audit.config;
  const rerun = await runMicroE({ ...request, rails: config.rails, T: config.T, backend: config.backend, ...(config.explain === true ? { explain: true } : {}) });
  if (E.isLeft(rerun)) return rerun;
  // Compare as JSON: the stored side has been through a file.
  const diff = jsonDiff(stored, JSON.parse(JSON.stringify(rerun.right)));
  return E.right({ identical: hashValid && diff.length === 0, hashValid, storedContentHash, reran: true, diff, recomputed: rerun.right });
}

/** `replay(result)`: like `replayE`, rejecting on a non-result or an internal error. */
export async function replay(stored: unknown): Promise<ReplayReport> {
  const r = await replayE(stored);
  if (E.isLeft(r)) throw typeof r.left === 'string' ? new TypeError(r.left) : r.left;
  return r.right;
}

function isResultLike(v: unknown): v is MicroResult & { audit: { config: Record<string, unknown> } } {
  if (typeof v !== 'object' || v === null) return false;
  const audit = (v as { audit?: unknown }).audit;
  if (typeof audit !== 'object' || audit === null) return false;
  const a = audit as Record<string, unknown>;
  const request = a.request;
  return (
    typeof a.hash === 'string' &&
    typeof a.config === 'object' &&
    a.config !== null &&
    (request === null || (typeof request === 'object' && !Array.isArray(request)))
  );
}
