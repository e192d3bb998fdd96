import { own } from './own';
import { DEFI_PRIMITIVES, type DefiPrimitive } from '@micro-lm/verifiers-defi';

// The primitive list is the verifiers' (one source of truth); its order is the parser's channel order.
export { DEFI_PRIMITIVES, type DefiPrimitive };

/** Mapper labels: the primitives plus the two trained non-action classes. */
export const DEFI_LABELS = [...DEFI_PRIMITIVES, 'non_exec', 'unsupported'] as const;

/** One mapper label. */
export type DefiLabel = (typeof DEFI_LABELS)[number];

/** Other spellings seen in the original code and in the wild, mapped to the one canonical label. */
export const DEFI_PRIMITIVE_ALIASES: Readonly<Record<string, DefiPrimitive>> = {
  deposit: 'deposit_asset',
  supply: 'deposit_asset',
  withdraw: 'withdraw_asset',
  borrow: 'borrow_asset',
  repay: 'repay_asset',
  repay_debt: 'repay_asset',
  swap: 'swap_asset',
  swap_assets: 'swap_asset',
  stake: 'stake_asset',
  unstake: 'unstake_asset',
  claim: 'claim_rewards',
  claim_rewards_asset: 'claim_rewards',
};

const PRIMITIVE_SET: ReadonlySet<string> = new Set(DEFI_PRIMITIVES);

/** True when `s` is one of the eight canonical primitive names. */
export function isDefiPrimitive(s: unknown): s is DefiPrimitive {
  return typeof s === 'string' && PRIMITIVE_SET.has(s);
}

/** Canonical primitive for a label or alias, or null when it names none. */
export function canonicalPrimitive(s: string): DefiPrimitive | null {
  const key = s.trim().toLowerCase();
  if (isDefiPrimitive(key)) return key;
  return own(DEFI_PRIMITIVE_ALIASES, key) ?? null;
}

/** Channel index of a primitive (its position in DEFI_PRIMITIVES). */
export function primitiveIndex(p: DefiPrimitive): number {
  return DEFI_PRIMITIVES.indexOf(p);
}
