import * as E from 'fp-ts/Either';
import type { AdapterOutcome } from './types';

const DECISIONS = new Set(['accept', 'abstain', 'block']);

/**
 * Check what an adapter returned before it becomes a result. A malformed outcome, or an accept whose
 * verification did not pass, is an adapter bug: it is reported as an error, never turned into `ok: true`.
 */
export function checkOutcome(value: unknown): E.Either<string, AdapterOutcome> {
  if (typeof value !== 'object' || value === null) return E.left('adapter returned no outcome');
  const o = value as Record<string, unknown>;
  if (typeof o.decision !== 'string' || !DECISIONS.has(o.decision)) return E.left('adapter outcome: bad decision');
  if (typeof o.reason !== 'string' || o.reason.length === 0) return E.left('adapter outcome: missing reason');
  if (typeof o.label !== 'string') return E.left('adapter outcome: missing label');
  if (typeof o.score !== 'number' || !(o.score >= 0 && o.score <= 1)) return E.left('adapter outcome: score not in [0, 1]');
  const plan = o.plan as { steps?: unknown } | null | undefined;
  if (typeof plan !== 'object' || plan === null || !Array.isArray(plan.steps))
    return E.left('adapter outcome: missing plan.steps');
  for (const step of plan.steps as unknown[]) {
    const s = step as { primitive?: unknown; args?: unknown } | null;
    if (typeof s !== 'object' || s === null || typeof s.primitive !== 'string' || typeof s.args !== 'object' || s.args === null)
      return E.left('adapter outcome: malformed plan step');
  }
  const verify = o.verify as { ok?: unknown; reason?: unknown; checks?: unknown } | null | undefined;
  if (typeof verify !== 'object' || verify === null || typeof verify.ok !== 'boolean' || typeof verify.reason !== 'string' || !Array.isArray(verify.checks))
    return E.left('adapter outcome: malformed verify');
  for (const check of verify.checks as unknown[]) {
    const c = check as { name?: unknown; ok?: unknown } | null;
    if (typeof c !== 'object' || c === null || typeof c.name !== 'string' || typeof c.ok !== 'boolean')
      return E.left('adapter outcome: malformed check');
  }
  if (typeof o.artifacts !== 'object' || o.artifacts === null || Array.isArray(o.artifacts))
    return E.left('adapter outcome: missing artifacts');
  if (o.decision === 'accept' && verify.ok !== true) return E.left('adapter outcome: accept without a passing verification');
  if (o.decision === 'abstain' && o.label !== 'abstain') return E.left('adapter outcome: abstain must have label "abstain"');
  return E.right(value as AdapterOutcome);
}
