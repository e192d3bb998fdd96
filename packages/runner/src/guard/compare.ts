import type { ParsedStep } from '@micro-lm/verifiers-defi';
import type { PlanStep } from '../types';
import type { GuardCheck, MatchField } from './types';

/** The outcome of comparing a proposal with micro-lm's reading: the checks, and the first step that differs. */
export interface PlanMatch {
  readonly ok: boolean;
  readonly failedStep: number | null;
  readonly checks: readonly GuardCheck[];
}

/** The arguments of a reading, normalised for comparison; null where the user did not state the field. */
interface StatedArgs {
  readonly asset: string | null;
  readonly to_asset: string | null;
  readonly protocol: string | null;
  readonly chain: string | null;
  readonly amount_kind: string;
  readonly amount: string | null;
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function stated(args: Readonly<Record<string, unknown>>): StatedArgs {
  const amount = text(args.amount);
  return {
    asset: text(args.asset)?.toUpperCase() ?? null,
    to_asset: text(args.to_asset)?.toUpperCase() ?? null,
    protocol: text(args.protocol)?.toLowerCase() ?? null,
    chain: text(args.chain)?.toLowerCase() ?? null,
    // A reading without a kind follows its amount, as the verifier does.
    amount_kind: text(args.amount_kind) ?? (amount === null ? 'none' : 'exact'),
    amount,
  };
}

function proposedAmount(step: ParsedStep): { kind: string; amount: string | null } {
  const a = step.amount;
  if (a.kind === 'exact') return { kind: 'exact', amount: a.units.toFixed() };
  if (a.kind === 'usd') return { kind: 'usd', amount: a.usd.toFixed() };
  return { kind: a.kind, amount: null };
}

// Exact decimal equality through the proposal's decimal type: "1.50" equals 1.5, 0.1 is 0.1.
function sameAmount(step: ParsedStep, expected: string): boolean {
  const a = step.amount;
  try {
    if (a.kind === 'exact') return a.units.eq(expected);
    if (a.kind === 'usd') return a.usd.eq(expected);
  } catch {
    // An amount the decimal type cannot read never matches.
  }
  return false;
}

/**
 * A protocol name reduced to its brand for comparison: "Aave V3", "aave-v3" and "aave" are one venue (micro-lm
 * reads the brand without version, DESIGN §4); "Rocket Pool" and "rocketpool" too. Different brands stay different.
 */
export function venueKey(name: string | null): string | null {
  if (name === null) return null;
  return name.toLowerCase().replace(/[\s_-]*v\d+(?:\.\d+)*$/, '').replace(/[^a-z0-9]/g, '');
}

// DESIGN §4's chain spellings: "mainnet" is ethereum, "bsc" is bnb chain.
const CHAIN_ALIASES: Readonly<Record<string, string>> = { mainnet: 'ethereum', ethereummainnet: 'ethereum', eth: 'ethereum', bsc: 'bnbchain', bnb: 'bnbchain', binancesmartchain: 'bnbchain' };

/** A chain name reduced for comparison ("BSC", "bnb chain" and "bnb-chain" are one chain). */
export function chainKey(name: string | null): string | null {
  if (name === null) return null;
  const k = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return CHAIN_ALIASES[k] ?? k;
}

/** The fields a proposed step contradicts. Only what the user stated constrains the proposal. */
export function differingFields(expected: StatedArgs, step: ParsedStep): MatchField[] {
  const out: MatchField[] = [];
  if (expected.asset !== null && expected.asset !== step.asset) out.push('asset');
  if (expected.to_asset !== null && expected.to_asset !== step.to_asset) out.push('to_asset');
  if (expected.amount_kind !== 'none') {
    const kind = proposedAmount(step).kind;
    if (kind !== expected.amount_kind) out.push('amount_kind');
    else if (kind === 'exact' || kind === 'usd') {
      if (expected.amount === null || !sameAmount(step, expected.amount)) out.push('amount');
    }
  }
  if (expected.protocol !== null && venueKey(expected.protocol) !== venueKey(step.protocol)) out.push('protocol');
  if (expected.chain !== null && chainKey(expected.chain) !== chainKey(step.chain)) out.push('chain');
  return out;
}

function describeExpected(e: StatedArgs, fields: readonly MatchField[]): string {
  return fields.map((f) => `${f}=${f === 'amount_kind' ? e.amount_kind : (e[f] ?? 'null')}`).join(', ');
}

function describeProposed(step: ParsedStep, fields: readonly MatchField[]): string {
  const amt = proposedAmount(step);
  const value = (f: MatchField): string => {
    if (f === 'amount_kind') return amt.kind;
    if (f === 'amount') return amt.amount ?? 'null';
    return step[f] ?? 'null';
  };
  return fields.map((f) => `${f}=${value(f)}`).join(', ');
}

/**
 * Compare a validated proposal with micro-lm's reading of the user's words: the primitive sequence must be the
 * same, and every argument the user stated (asset, to_asset, amount and its kind, protocol, chain) must agree.
 * Arguments the user left open (a venue, a chain, an amount) do not constrain the proposal.
 */
export function matchPlans(expected: readonly PlanStep[], proposed: readonly ParsedStep[]): PlanMatch {
  const want = expected.map((s) => s.primitive);
  const got = proposed.map((s) => s.primitive);
  let firstDiff = -1;
  for (let i = 0; i < Math.max(want.length, got.length) && firstDiff < 0; i++) if (want[i] !== got[i]) firstDiff = i;
  const sequence: GuardCheck = {
    step: null,
    name: 'plan_sequence',
    ok: firstDiff < 0,
    value: got.join(', '),
    limit: want.join(', '),
    ...(firstDiff < 0 ? {} : { detail: `proposed primitives differ from what the user asked for at step ${firstDiff}` }),
  };
  // A step the proposal lacks is no proposed step's fault: failed_step is then null.
  if (firstDiff >= 0) return { ok: false, failedStep: firstDiff < got.length ? firstDiff : null, checks: [sequence] };
  const checks: GuardCheck[] = [sequence];
  let failedStep: number | null = null;
  for (const [i, step] of proposed.entries()) {
    const e = stated((expected[i] as PlanStep).args);
    const fields = differingFields(e, step);
    const ok = fields.length === 0;
    if (!ok && failedStep === null) failedStep = i;
    checks.push({
      step: i,
      name: 'plan_args',
      ok,
      value: ok ? null : describeProposed(step, fields),
      limit: ok ? null : describeExpected(e, fields),
      ...(ok ? {} : { detail: `proposal contradicts the user's stated ${fields.join(', ')}`, fields }),
    });
  }
  return { ok: failedStep === null, failedStep, checks };
}

export { stated as statedArgs, type StatedArgs };
