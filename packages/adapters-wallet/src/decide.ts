import type { Prediction } from '@micro-lm/mapper';
import { NEGATIONS, NON_EXEC, UNSUPPORTED_VERBS, WALLET_CUES, WALLET_PRIMITIVES, isWalletPrimitive, type WalletLabel, type WalletPrimitive } from './labels';
import type { WalletAbstainReason } from './outcome';
import { words } from './tokenize';

/** The intent decision: a primitive to plan, or why not. */
export type IntentDecision =
  | { readonly kind: 'intent'; readonly primitive: WalletPrimitive }
  | { readonly kind: 'abstain'; readonly reason: WalletAbstainReason };

/** What the lexical pass found in the prompt. */
export interface LexicalFacts {
  /** Primitives with at least one cue word, in label order. */
  readonly cued: readonly WalletPrimitive[];
  /** The first unsupported action verb, or null. */
  readonly unsupported: string | null;
  /** The first negation word, or null. */
  readonly negation: string | null;
  /** More than one amount, or more than one cued primitive, joined by and/then/also/plus: a multi-step request. */
  readonly multiStep: boolean;
}

const JOINERS = new Set(['and', 'then', 'also', 'plus']);

/** Primitives with at least one cue word in the prompt, in label order. */
export function cuedPrimitives(prompt: string): WalletPrimitive[] {
  const w = new Set(words(prompt));
  return WALLET_PRIMITIVES.filter((p) => WALLET_CUES[p].some((c) => w.has(c)));
}

/** The lexical facts the decision needs (pure). */
export function lexicalFacts(prompt: string): LexicalFacts {
  const w = words(prompt);
  // "deposit address" is where one receives, not a DeFi deposit
  const unsupported = w.find((x, i) => UNSUPPORTED_VERBS.includes(x) && !(x === 'deposit' && w[i + 1] === 'address')) ?? null;
  const negation = w.find((x) => NEGATIONS.includes(x)) ?? null;
  const amounts = w.filter((x) => /^\d/.test(x) && !/^0x/.test(x)).length;
  const cued = cuedPrimitives(prompt);
  return { cued, unsupported, negation, multiStep: (amounts > 1 || cued.length > 1) && w.some((x) => JOINERS.has(x)) };
}

/**
 * Fuse the mapper and the lexical facts. Out-of-domain first (nothing else is trustworthy then); then what the
 * words settle on their own (an unsupported action, a negation, a multi-step request); then the negative label,
 * the mapper's confidence rules, and agreement: the mapper's label must be cued.
 */
export function decideIntent(pred: Prediction<WalletLabel>, facts: LexicalFacts): IntentDecision {
  if (pred.abstain === 'out_of_domain') return { kind: 'abstain', reason: 'abstain_out_of_domain' };
  if (facts.unsupported !== null) return { kind: 'abstain', reason: 'abstain_unsupported' };
  if (facts.negation !== null) return { kind: 'abstain', reason: 'abstain_non_exec' };
  if (facts.multiStep) return { kind: 'abstain', reason: 'abstain_unsupported' };
  if (pred.label === NON_EXEC) return { kind: 'abstain', reason: 'abstain_non_exec' };
  if (pred.abstain === 'low_confidence') return { kind: 'abstain', reason: 'abstain_low_confidence' };
  if (pred.abstain === 'ambiguous') return { kind: 'abstain', reason: 'abstain_ambiguous' };
  if (pred.abstain !== null || !isWalletPrimitive(pred.label)) return { kind: 'abstain', reason: 'abstain_low_confidence' };
  if (!facts.cued.includes(pred.label)) return { kind: 'abstain', reason: 'abstain_disagreement' };
  return { kind: 'intent', primitive: pred.label };
}
