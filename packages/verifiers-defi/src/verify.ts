import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { VerifierError } from './schema/error';
import { parseContext } from './schema/context';
import { parsePlan } from './schema/plan';
import { parsePolicy } from './schema/policy';
import { memoParse } from './schema/memo';
import { initialState, stateToJson } from './state';
import { runStep } from './step';
import { Trail } from './trail';
import type { BlockReason, BlockedVerdict, PlanStepInput, StateJson, Verdict } from './types';

function blocked(reason: BlockReason, failedStep: number | null, trail: Trail): BlockedVerdict {
  return { ok: false, reason, failed_step: failedStep, checks: trail.checks, state_after: null };
}

function invalid(error: VerifierError): BlockedVerdict {
  const trail = new Trail();
  for (const issue of error.issues) trail.record(issue.step, issue.name, false, null, null, `${issue.path}: ${issue.message}`);
  const first = error.issues[0];
  return blocked('invalid_input', first?.step ?? null, trail);
}

// Parsing a context (dozens of exact decimals) costs more than simulating a plan: parse each snapshot once.
const parseContextMemo = memoParse(parseContext);
const parsePolicyMemo = memoParse(parsePolicy);

function verifyUnguarded(plan: unknown, context: unknown, policy: unknown): Verdict {
  const inputs = pipe(
    E.Do,
    E.apS('policy', parsePolicyMemo(policy)),
    E.apS('ctx', parseContextMemo(context)),
    E.apS('steps', parsePlan(plan)),
  );
  if (E.isLeft(inputs)) return invalid(inputs.left);
  const { policy: pol, ctx, steps } = inputs.right;
  const state = initialState(ctx);
  const trail = new Trail();
  for (const [i, step] of steps.entries()) {
    const reason = runStep(i, step, state, ctx, pol, trail);
    if (reason !== null) return blocked(reason, i, trail);
  }
  // state_after is built on first read: callers that only need the decision (the adapter's hot path) skip it.
  // `state` is private to this call and no longer changes, so the lazy value equals the eager one.
  let after: StateJson | undefined;
  return {
    ok: true,
    reason: 'verified',
    failed_step: null,
    checks: trail.checks,
    get state_after(): StateJson {
      return (after ??= stateToJson(state));
    },
  };
}

/**
 * Verifies a plan against a raw context and policy, fail-closed: steps are simulated in order on a copy of the
 * account and the first failing check wins. Never throws; malformed input gives `invalid_input`.
 */
export function verifyPlan(plan: readonly PlanStepInput[], context?: unknown, policy?: unknown): Verdict {
  try {
    return verifyUnguarded(plan, context, policy);
  } catch {
    // Whatever went wrong (a throwing getter, a bug), the answer is a block, never a pass.
    const trail = new Trail();
    trail.record(null, 'internal_error', false, null, null, 'unexpected exception while verifying');
    return blocked('invalid_input', null, trail);
  }
}
