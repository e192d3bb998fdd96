import { matchPhrase } from '../args/phrases';
import { ASSET_NAMES, CHAIN_NAMES, KNOWN_TICKERS, PROTOCOL_NAMES, STAKING_VENUES } from '../lexicon';
import type { DefiToken } from '../tokenize';
import { isShortVerbTypo, isTransposition, withinOneEdit } from './fuzzy';
import { FUZZY_REWARD_WORDS, LOAN_CONTEXT, NOT_REWARD_TYPOS, REWARD_CONTEXT, STAKING_CONTEXT } from './verbs';

/** Words that end a verb's context window (the next clause starts there). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'then', 'than', 'and', ',', ';', '.', '!', '?', 'after', 'before', 'once', 'when', 'afterwards', 'next', 'finally', 'also',
  'plus', '&', '+', 'but', 'so', 'followed', 'lastly', 'while', 'until', 'whenever', 'instead', 'only', 'just', 'rather',
]);

/** A staking word, typos included ('staked', 'staking', 'stakig', 'validator'). */
export function isStakingWord(w: string): boolean {
  return STAKING_CONTEXT.has(w) || w === 'delegating' || (w.length >= 6 && w.startsWith('stak')) || withinOneEdit(w, 'staking');
}

/** A loan word, typos included ('loan', 'lona', 'credit', 'debt'). */
export function isLoanWord(w: string): boolean {
  return LOAN_CONTEXT.has(w) || isShortVerbTypo(w, 'loan');
}

const rewardCache = new Map<string, boolean>();

/**
 * A reward noun, one typo included ("rewardz", "rewrds", "yeild", "airdorp"): words of 6+ letters by one edit with the
 * first letter kept, "yield" by an adjacent swap only; real words near them ("regards", "field") never count.
 */
export function isRewardWord(w: string): boolean {
  if (REWARD_CONTEXT.has(w)) return true;
  let hit = rewardCache.get(w);
  if (hit === undefined) {
    hit = false;
    if (w.length >= 5 && !NOT_REWARD_TYPOS.has(w)) {
      for (const r of FUZZY_REWARD_WORDS) {
        if (r.length >= 6 ? w[0] === r[0] && withinOneEdit(w, r) : isTransposition(w, r)) {
          hit = true;
          break;
        }
      }
    }
    if (rewardCache.size > 4096) rewardCache.clear();
    rewardCache.set(w, hit);
  }
  return hit;
}

/** The reward nouns as a set-like predicate (for `has(…)` look-ups in the resolver). */
export const REWARD_WORDS = { has: isRewardWord };

/** Index one past the verb's context window: up to the next clause break (max 10 tokens). */
export function windowEnd(tokens: readonly DefiToken[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 10 && !CLAUSE_BREAKS.has(tokens[j].norm)) j += 1;
  return j;
}

/** Index of the first token in (i, e) whose text satisfies `pred`, or -1. */
export function findIn(tokens: readonly DefiToken[], i: number, e: number, pred: (w: string) => boolean): number {
  for (let j = i + 1; j < e; j += 1) if (pred(tokens[j].norm)) return j;
  return -1;
}

/** Same as findIn, over the few tokens before the verb up to a clause break ("into spark, put 50 wstETH"). */
export function findBefore(tokens: readonly DefiToken[], i: number, pred: (w: string) => boolean): number {
  for (let j = i - 1; j >= 0 && j >= i - 5; j -= 1) {
    const w = tokens[j].norm;
    if (pred(w)) return j;
    if (CLAUSE_BREAKS.has(w) && w !== ',') return -1;
  }
  return -1;
}

/** A known venue (a staking-only one when `stakingOnly`) is named in (i, e). */
export function hasVenue(tokens: readonly DefiToken[], i: number, e: number, stakingOnly: boolean): boolean {
  for (let j = i + 1; j < e; j += 1) {
    const m = matchPhrase(tokens, j, e, PROTOCOL_NAMES);
    if (m !== null && (!stakingOnly || STAKING_VENUES.has(m.value))) return true;
  }
  return false;
}

/** A token (known ticker, coin name or an upper-case ticker) is named in (i, e). */
export function hasAsset(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 1; j < e; j += 1) if (KNOWN_TICKERS.has(tokens[j].norm) || matchPhrase(tokens, j, e, ASSET_NAMES) !== null || /^[A-Z]{2,6}$/.test(tokens[j].raw)) return true;
  return false;
}

/** A chain is named as a destination in (i, e) ("to arbitrum"): moving there is a bridge. */
export function hasChainTarget(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 1; j < e; j += 1) {
    const m = matchPhrase(tokens, j, e, CHAIN_NAMES);
    if (m !== null && (m.len > 1 || tokens[j - 1]?.norm === 'to' || tokens[j - 1]?.norm === 'onto' || tokens[j - 1]?.norm === 'over')) return true;
  }
  return false;
}
