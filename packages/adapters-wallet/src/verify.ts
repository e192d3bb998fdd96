import type { WalletArgs } from './args';
import { WALLET_REQUIRED_ARGS, isWalletPrimitive, type WalletPrimitive } from './labels';

/** One plan step. */
export interface WalletStep {
  readonly primitive: WalletPrimitive;
  readonly args: WalletArgs;
}

/** Why a plan was refused. */
export type WalletBlockReason = 'unknown_primitive' | 'missing_argument';

/** One check as it appears in a result. */
export interface WalletCheck {
  readonly name: 'primitive' | 'args';
  readonly ok: boolean;
  readonly value: string | null;
  readonly limit: string | null;
  readonly step: number;
}

/** The verifier's answer: ok only when every check of every step passed. */
export interface WalletVerdict {
  readonly ok: boolean;
  readonly reason: 'verified' | WalletBlockReason;
  readonly checks: readonly WalletCheck[];
}

/**
 * Verify a plan, fail closed: an unknown primitive or a missing required argument blocks, first failure wins.
 * This is the stub the generator writes; add the domain's real checks (balances, limits, …) here.
 */
export function verifyPlan(
  steps: readonly WalletStep[],
  required: Readonly<Record<string, readonly (keyof WalletArgs)[]>> = WALLET_REQUIRED_ARGS,
): WalletVerdict {
  const checks: WalletCheck[] = [];
  if (steps.length === 0) return { ok: false, reason: 'unknown_primitive', checks };
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const known = typeof s.primitive === 'string' && isWalletPrimitive(s.primitive);
    checks.push({ name: 'primitive', ok: known, value: String(s.primitive), limit: null, step: i });
    if (!known) return { ok: false, reason: 'unknown_primitive', checks };
    const missing = (required[s.primitive] ?? []).filter((k) => s.args[k] === null || s.args[k] === undefined);
    checks.push({ name: 'args', ok: missing.length === 0, value: missing.length === 0 ? null : missing.join(','), limit: null, step: i });
    if (missing.length > 0) return { ok: false, reason: 'missing_argument', checks };
  }
  return { ok: true, reason: 'verified', checks };
}
