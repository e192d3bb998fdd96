import { z } from 'zod';
import * as E from 'fp-ts/Either';
import type { Dec } from '../decimal';
import { AMOUNT_KINDS, DEFI_PRIMITIVES, type DefiPrimitive } from '../types';
import { fromZod, type InputIssue, type VerifierError } from './error';
import { nonNegativeDecimal } from './number';
import { ticker } from './ticker';

/** Longest plan accepted; a longer one is invalid input rather than a slow verification. */
export const MAX_PLAN_STEPS = 32;

/** How much a step moves, once validated: a number of units or US dollars, or a share of a book. */
export type StepAmount =
  | { readonly kind: 'exact'; readonly units: Dec }
  | { readonly kind: 'usd'; readonly usd: Dec }
  | { readonly kind: 'all' }
  | { readonly kind: 'half' };

/** A validated plan step. `asset` is null only for claim_rewards (claim every reward asset). */
export interface ParsedStep {
  readonly primitive: DefiPrimitive;
  readonly amount: StepAmount;
  readonly asset: string | null;
  /** Set for swaps only. */
  readonly to_asset: string | null;
  /** Lower-case, or null when no venue was named. */
  readonly protocol: string | null;
  readonly chain: string | null;
}

const name = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => s.length > 0 && s.length <= 64, { message: 'expected 1-64 characters' });

// Args are loose (extra keys such as raw text spans are ignored); every listed key may be missing or null.
const argsSchema = z.object({
  amount: nonNegativeDecimal.nullish(),
  amount_kind: z.enum(AMOUNT_KINDS).nullish(),
  asset: ticker.nullish(),
  to_asset: ticker.nullish(),
  protocol: name.nullish(),
  chain: name.nullish(),
});

const stepSchema = z.object({ primitive: z.enum(DEFI_PRIMITIVES), args: argsSchema.nullish() });

const planSchema = z
  .array(stepSchema)
  .min(1, { message: 'a plan needs at least one step' })
  .max(MAX_PLAN_STEPS, { message: `a plan has at most ${MAX_PLAN_STEPS} steps` });

type RawArgs = z.infer<typeof argsSchema>;

function issue(step: number, field: 'amount' | 'asset' | 'to_asset', message: string): InputIssue {
  return { name: field, path: `plan[${step}].args.${field}`, message, step };
}

/** Applies the per-primitive argument rules the schema cannot express; returns the step or its issue. */
function checkStep(i: number, primitive: DefiPrimitive, args: RawArgs): E.Either<InputIssue, ParsedStep> {
  const amount = args.amount ?? null;
  // A missing kind follows the amount: a number means units, no number means "not given".
  const kind = args.amount_kind ?? (amount === null ? 'none' : 'exact');
  const asset = args.asset ?? null;
  const isClaim = primitive === 'claim_rewards';
  const isSwap = primitive === 'swap_asset';
  const toAsset = isSwap ? (args.to_asset ?? null) : null;
  if (asset === null && !isClaim) return E.left(issue(i, 'asset', `${primitive} needs an asset`));
  if (isSwap && toAsset === null) return E.left(issue(i, 'to_asset', 'a swap needs the asset to receive'));
  if (isSwap && toAsset === asset) return E.left(issue(i, 'to_asset', 'a swap needs two different assets'));
  let parsed: StepAmount;
  if (kind === 'exact' || kind === 'usd') {
    if (amount === null || amount.isZero()) return E.left(issue(i, 'amount', `amount_kind "${kind}" needs an amount above 0`));
    if (asset === null) return E.left(issue(i, 'amount', 'an amount needs an asset'));
    parsed = kind === 'exact' ? { kind, units: amount } : { kind, usd: amount };
  } else {
    if (amount !== null) return E.left(issue(i, 'amount', `amount_kind "${kind}" takes no amount (amount must be null)`));
    if (kind === 'none' && !isClaim) return E.left(issue(i, 'amount', `no amount given: ${primitive} needs one`));
    if (primitive === 'borrow_asset') return E.left(issue(i, 'amount', `borrow needs an exact or USD amount, not "${kind}"`));
    parsed = { kind: kind === 'half' ? 'half' : 'all' };
  }
  return E.right({
    primitive,
    amount: parsed,
    asset,
    to_asset: toAsset,
    protocol: args.protocol ?? null,
    chain: args.chain ?? null,
  });
}

/** Validates a raw plan: shape first (zod), then the per-primitive argument rules. */
export function parsePlan(raw: unknown): E.Either<VerifierError, readonly ParsedStep[]> {
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) return E.left(fromZod('plan', parsed.error));
  const steps: ParsedStep[] = [];
  for (const [i, s] of parsed.data.entries()) {
    const step = checkStep(i, s.primitive, s.args ?? {});
    if (E.isLeft(step)) return E.left({ kind: 'invalid_input', issues: [step.left] });
    steps.push(step.right);
  }
  return E.right(steps);
}
