import * as E from 'fp-ts/Either';
import type { BlockReason, ParsedStep, Verdict } from '@micro-lm/verifiers-defi';
import { canonicalJson, sha256Hex } from '../canonical';
import { verifiersPackage } from '../packages';
import { runMicroE, type MicroInternalError } from '../run';
import type { JsonObject, MicroResult } from '../types';
import { matchPlans } from './compare';
import { promptMarkers } from './markers';
import { parseGuardInput, type GuardInput } from './schema';
import { GUARD_VERSION, type ExpectedReading, type GuardCheck, type GuardReason, type GuardVerdict } from './types';

/** An internal failure while guarding (a package or model that would not load): not a verdict. */
export class GuardInternalError extends Error {
  override readonly name = 'GuardInternalError';
}

/** What the guard asks micro-lm to read a user prompt: a DeFi `runMicro` request. */
export interface ReadRequest {
  readonly domain: 'defi';
  readonly prompt: string;
  readonly context: JsonObject;
  readonly policy?: JsonObject;
}

/** Reads a user prompt into micro-lm's own plan (default: `runMicroE`). Injectable for tests and other backends. */
export type PromptReader = (req: ReadRequest) => Promise<E.Either<MicroInternalError, MicroResult>>;

/** Options of {@link guardE}. */
export interface GuardOptions {
  readonly read?: PromptReader;
}

interface Draft {
  readonly reason: GuardReason;
  readonly failed_step: number | null;
  readonly checks: readonly GuardCheck[];
  readonly expected?: ExpectedReading;
}

/**
 * Guard a plan an agent proposes (`defi_guard`): (1) validate the proposed steps, (2) verify them against the
 * context and policy independently of any prompt, (3) when `user_prompt` is given, require that micro-lm reads the
 * same plan from the user's words. The first failure in that order is the verdict's reason; never `ok: true` for
 * a malformed, unsafe or mismatching proposal. Invalid input is a `block` verdict; Left only for internal errors.
 */
export async function guardE(raw: unknown, opts: GuardOptions = {}): Promise<E.Either<GuardInternalError, GuardVerdict>> {
  const input = parseGuardInput(raw);
  if (E.isLeft(input)) return E.right(seal(invalidDraft(input.left), rawSha256(raw)));
  let verifiers: Awaited<ReturnType<typeof verifiersPackage>>;
  try {
    verifiers = await verifiersPackage();
  } catch (err) {
    return E.left(new GuardInternalError(`cannot load @micro-lm/verifiers-defi: ${message(err)}`));
  }
  const inputSha = sha256Hex(canonicalJson(input.right));
  // (1) The proposal alone: unknown primitives and bad arguments.
  const steps = verifiers.parsePlan(input.right.proposed);
  if (E.isLeft(steps)) {
    const checks = steps.left.issues.map((i): GuardCheck => ({ step: i.step, name: i.name, ok: false, value: null, limit: null, detail: `${i.path}: ${i.message}` }));
    return E.right(seal({ reason: 'invalid_input', failed_step: steps.left.issues[0]?.step ?? null, checks }, inputSha));
  }
  // (2) Safety, whatever anyone said.
  const verdict = verifiers.verifyPlan(input.right.proposed, input.right.context, input.right.policy);
  const verifierChecks = verdict.checks.map(toGuardCheck);
  // (3) Intent, when the user's words are known.
  const prompt = input.right.user_prompt;
  if (prompt === undefined) return E.right(seal(fromVerdict(verdict, verifierChecks), inputSha));
  const markers = markerCheck(prompt);
  if (!markers.ok) {
    // Instruction-override text is refused whatever micro-lm would read from it: no need to read it.
    const checks = [...verifierChecks, markers];
    return E.right(seal(verdict.ok ? { reason: 'plan_mismatch', failed_step: null, checks } : fromVerdict(verdict, checks), inputSha));
  }
  const reading = await readSafely(opts.read ?? runMicroE, readRequest(input.right, prompt));
  if (E.isLeft(reading)) {
    // A proposal the verifier already refused stays refused; otherwise nothing can be allowed: not a verdict.
    if (!verdict.ok) return E.right(seal(fromVerdict(verdict, [...verifierChecks, markers]), inputSha));
    return E.left(new GuardInternalError(`reading user_prompt failed: ${reading.left.message}`));
  }
  const intent = intentChecks(reading.right, steps.right);
  const checks = [...verifierChecks, markers, ...intent.checks];
  const expected = expectedOf(reading.right);
  if (!verdict.ok) return E.right(seal({ ...fromVerdict(verdict, checks), expected }, inputSha));
  if (!intent.ok) return E.right(seal({ reason: 'plan_mismatch', failed_step: intent.failedStep, checks, expected }, inputSha));
  return E.right(seal({ reason: 'verified', failed_step: null, checks, expected }, inputSha));
}

/** `guard(input)`: like {@link guardE}, rejecting with {@link GuardInternalError} on internal failures. */
export async function guard(raw: unknown, opts: GuardOptions = {}): Promise<GuardVerdict> {
  const r = await guardE(raw, opts);
  if (E.isLeft(r)) throw r.left;
  return r.right;
}

// A reader that throws (rather than returning Left) is an internal failure too, never an uncaught rejection.
async function readSafely(read: PromptReader, req: ReadRequest): Promise<E.Either<{ readonly message: string }, MicroResult>> {
  try {
    return await read(req);
  } catch (err) {
    return E.left({ message: message(err) });
  }
}

function readRequest(input: GuardInput, prompt: string): ReadRequest {
  return { domain: 'defi', prompt, context: input.context, ...(input.policy !== undefined ? { policy: input.policy } : {}) };
}

function markerCheck(prompt: string): GuardCheck {
  const markers = promptMarkers(prompt);
  const ok = markers.length === 0;
  return {
    step: null,
    name: 'user_prompt_markers',
    ok,
    value: ok ? null : markers.join(', '),
    limit: null,
    ...(ok ? {} : { detail: 'user_prompt carries instruction-override or transfer markers: not a clear request of the user' }),
  };
}

/** Intent, then the plan comparison (which only runs when micro-lm read an executable request). */
function intentChecks(reading: MicroResult, proposal: readonly ParsedStep[]): { ok: boolean; failedStep: number | null; checks: GuardCheck[] } {
  const readable = reading.decision !== 'abstain';
  const intentCheck: GuardCheck = {
    step: null,
    name: 'user_intent',
    ok: readable,
    value: `${reading.decision}: ${reading.reason}`,
    limit: 'accept or block (an executable request)',
    ...(readable ? {} : { detail: 'micro-lm does not read an executable request in user_prompt, so nothing may be executed for it' }),
  };
  if (!readable) return { ok: false, failedStep: null, checks: [intentCheck] };
  const match = matchPlans(reading.plan.steps, proposal);
  return { ok: match.ok, failedStep: match.failedStep, checks: [intentCheck, ...match.checks] };
}

function expectedOf(r: MicroResult): ExpectedReading {
  return { decision: r.decision, reason: r.reason, plan: { steps: r.plan.steps }, audit_hash: r.audit.hash };
}

function toGuardCheck(c: Verdict['checks'][number]): GuardCheck {
  return { step: c.step, name: c.name, ok: c.ok, value: c.value, limit: c.limit, ...(c.detail !== undefined ? { detail: c.detail } : {}) };
}

function fromVerdict(v: Verdict, checks: readonly GuardCheck[]): Draft {
  return v.ok ? { reason: 'verified', failed_step: null, checks } : { reason: v.reason as BlockReason, failed_step: v.failed_step, checks };
}

function invalidDraft(errors: readonly string[]): Draft {
  return { reason: 'invalid_input', failed_step: null, checks: errors.map((e) => ({ step: null, name: 'input', ok: false, value: null, limit: null, detail: e })) };
}

/** Assemble the verdict in its documented key order and seal it with its hash. `ok` only for `verified`. */
function seal(d: Draft, inputSha: string): GuardVerdict {
  const ok = d.reason === 'verified' && d.checks.every((c) => c.ok);
  const body = {
    ok,
    decision: ok ? ('allow' as const) : ('block' as const),
    // A failed check under a `verified` reason cannot happen; if it ever did, fail closed as a mismatch.
    reason: ok || d.reason !== 'verified' ? d.reason : ('plan_mismatch' as const),
    failed_step: d.failed_step,
    checks: d.checks,
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    audit: { version: GUARD_VERSION, input_sha256: inputSha },
  };
  return { ...body, audit: { ...body.audit, hash: guardHash(body) } };
}

/** The audit hash of a verdict: sha256 of the canonical JSON of everything except `audit.hash`. */
export function guardHash(v: Omit<GuardVerdict, 'audit'> & { readonly audit: Omit<GuardVerdict['audit'], 'hash'> }): string {
  const { audit, ...rest } = v;
  return sha256Hex(canonicalJson({ ...rest, audit: { version: audit.version, input_sha256: audit.input_sha256 } }));
}

function rawSha256(raw: unknown): string {
  try {
    return sha256Hex(canonicalJson(raw));
  } catch {
    return sha256Hex('unserialisable input');
  }
}

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
