import * as E from 'fp-ts/Either';
import { jsonDiff, type DiffEntry } from '../diff';
import { guardE, guardHash, type GuardInternalError, type GuardOptions } from './guard';
import { GUARD_VERSION, type GuardVerdict } from './types';

/** What replaying a guard verdict found. */
export interface GuardReplayReport {
  /** True when the hash checks and (when the input was given) re-guarding it gave the same verdict, field for field. */
  readonly identical: boolean;
  /** The stored `audit.hash` matches the stored content (nothing was edited after the verdict). */
  readonly hashValid: boolean;
  readonly storedContentHash: string;
  /** Whether the input was given and re-guarded (a verdict does not store its input, only its hash). */
  readonly reran: boolean;
  /** The given input hashes to the verdict's `audit.input_sha256` (null when no input was given). */
  readonly inputMatches: boolean | null;
  readonly diff: readonly DiffEntry[];
  readonly recomputed: GuardVerdict | null;
}

/** True when a JSON value looks like a guard verdict (its audit record carries the guard version and a hash). */
export function isGuardVerdictLike(v: unknown): v is GuardVerdict {
  if (typeof v !== 'object' || v === null) return false;
  const audit = (v as { audit?: unknown }).audit;
  if (typeof audit !== 'object' || audit === null) return false;
  const a = audit as Record<string, unknown>;
  return a.version === GUARD_VERSION && typeof a.hash === 'string' && typeof a.input_sha256 === 'string';
}

/**
 * Check a stored guard verdict: its hash always; and, when the input it was given is supplied, re-guard that input
 * and diff. Left: not a guard verdict, or an internal error while re-guarding.
 */
export async function replayGuardE(
  stored: unknown,
  input?: unknown,
  opts: GuardOptions = {},
): Promise<E.Either<string | GuardInternalError, GuardReplayReport>> {
  if (!isGuardVerdictLike(stored)) return E.left(`not a micro-lm guard verdict (no audit record with version ${GUARD_VERSION})`);
  const storedContentHash = guardHash(stored);
  const hashValid = storedContentHash === stored.audit.hash;
  if (input === undefined) {
    return E.right({ identical: hashValid, hashValid, storedContentHash, reran: false, inputMatches: null, diff: [], recomputed: null });
  }
  const rerun = await guardE(input, opts);
  if (E.isLeft(rerun)) return rerun;
  const inputMatches = rerun.right.audit.input_sha256 === stored.audit.input_sha256;
  const diff = jsonDiff(stored, JSON.parse(JSON.stringify(rerun.right)));
  return E.right({ identical: hashValid && diff.length === 0, hashValid, storedContentHash, reran: true, inputMatches, diff, recomputed: rerun.right });
}
