import type { Prediction } from '@micro-lm/mapper';
import { WALLET_CUES, WALLET_PRIMITIVES, NON_EXEC, isWalletPrimitive, type WalletLabel, type WalletPrimitive } from './labels';
import type { WalletAbstainReason } from './outcome';
import { words } from './tokenize';

/** The intent decision: a primitive to plan, or why not. */
export type IntentDecision =
  | { readonly kind: 'intent'; readonly primitive: WalletPrimitive }
  | { readonly kind: 'abstain'; readonly reason: WalletAbstainReason };

/** Primitives with at least one cue word in the prompt, in label order. */
export function cuedPrimitives(prompt: string): WalletPrimitive[] {
  const w = new Set(words(prompt));
  return WALLET_PRIMITIVES.filter((p) => WALLET_CUES[p].some((c) => w.has(c)));
}

/**
 * Fuse the mapper and the lexical parser. Out-of-domain first (nothing else is trustworthy then), then the
 * negative label, then the mapper's confidence rules, then agreement: the mapper's label must be cued.
 */
export function decideIntent(pred: Prediction<WalletLabel>, cued: readonly WalletPrimitive[]): IntentDecision {
  if (pred.abstain === 'out_of_domain') return { kind: 'abstain', reason: 'abstain_out_of_domain' };
  if (pred.label === NON_EXEC) return { kind: 'abstain', reason: 'abstain_non_exec' };
  if (pred.abstain === 'low_confidence') return { kind: 'abstain', reason: 'abstain_low_confidence' };
  if (pred.abstain === 'ambiguous') return { kind: 'abstain', reason: 'abstain_ambiguous' };
  if (pred.abstain !== null || !isWalletPrimitive(pred.label)) return { kind: 'abstain', reason: 'abstain_low_confidence' };
  if (!cued.includes(pred.label)) return { kind: 'abstain', reason: 'abstain_disagreement' };
  return { kind: 'intent', primitive: pred.label };
}
