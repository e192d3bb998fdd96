import * as E from 'fp-ts/Either';
import { z } from 'zod';
import { MAX_PROMPT_BYTES } from '../request';
import type { JsonObject, JsonValue } from '../types';

/** Longest proposal accepted (the verifier's own cap). */
export const MAX_PROPOSED_STEPS = 32;

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);
const jsonObject: z.ZodType<JsonObject> = z.record(z.string(), jsonValue);

// Structural only: an unknown primitive or a bad argument is a *verdict* (block, invalid_input) rather than a
// schema error, so an agent that proposes "send_asset" is told "blocked", not "try again with other arguments".
const proposedStep = z
  .object({
    primitive: z
      .string()
      .describe(
        'One of deposit_asset, withdraw_asset, borrow_asset, repay_asset, swap_asset, stake_asset, unstake_asset, claim_rewards.',
      ),
    args: z
      .record(z.string(), jsonValue)
      .optional()
      .describe(
        '{amount: number|string|null, amount_kind: "exact"|"all"|"half"|"usd"|"none", asset: ticker|null, to_asset: ticker|null (swaps), protocol: string|null, chain: string|null}. Missing keys count as null.',
      ),
  })
  .describe('One step of the plan the agent intends to execute.');

/** Input of `defi_guard` / `guardE`. Strict: a misspelt `user_prompt` must not silently skip the prompt check. */
export const guardInputSchema = z.strictObject({
  proposed: z
    .union([proposedStep, z.array(proposedStep).min(1).max(MAX_PROPOSED_STEPS)], {
      error: `expected one step {primitive, args} or a list of 1-${MAX_PROPOSED_STEPS} steps`,
    })
    .describe('The action(s) the agent proposes: one step, or the ordered list of steps it will execute.'),
  context: jsonObject.describe(
    'The wallet and market state: {now, prices: {TICKER: usd}, oracle: {updated_at}, account: {balances, collateral, debt, staked, rewards}, risk: {liquidation_threshold}}. A check that needs a missing field blocks with missing_context.',
  ),
  policy: jsonObject
    .optional()
    .describe(
      'Risk limits; defaults {ltv_max: 0.75, hf_min: 1.0, oracle_max_age_sec: 30}. Optional extras: max_usd_per_tx, allowed_assets, allowed_protocols.',
    ),
  user_prompt: z
    .string()
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' })
    .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_PROMPT_BYTES, { message: `longer than ${MAX_PROMPT_BYTES} bytes` })
    .optional()
    .describe(
      "The user's own words that led to this proposal. When given, the proposal must also match what micro-lm reads from them, or it is blocked with plan_mismatch.",
    ),
});

/** The raw input shape of the guard (before the proposal is normalised to a list). */
export type GuardInputRaw = z.infer<typeof guardInputSchema>;

/** One proposed step as received: a primitive name and loose arguments. */
export interface ProposedStep {
  readonly primitive: string;
  readonly args?: JsonObject;
}

/** A structurally valid guard input, the proposal always as a list. */
export interface GuardInput {
  readonly proposed: readonly ProposedStep[];
  readonly context: JsonObject;
  readonly policy?: JsonObject;
  readonly user_prompt?: string;
}

/** JSON Schema (draft 2020-12) of the guard input, generated from {@link guardInputSchema}: for HTTP routes and docs. */
export const GUARD_INPUT_JSON_SCHEMA: Readonly<Record<string, unknown>> = z.toJSONSchema(guardInputSchema, { io: 'input' });

/** Validate the guard input's structure. Left: one `path: message` per problem. */
export function parseGuardInput(raw: unknown): E.Either<readonly string[], GuardInput> {
  const parsed = guardInputSchema.safeParse(raw);
  if (!parsed.success) {
    return E.left(parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(input)'}: ${i.message}`));
  }
  const d = parsed.data;
  return E.right({
    proposed: Array.isArray(d.proposed) ? d.proposed : [d.proposed],
    context: d.context,
    ...(d.policy !== undefined ? { policy: d.policy } : {}),
    ...(d.user_prompt !== undefined ? { user_prompt: d.user_prompt } : {}),
  });
}
