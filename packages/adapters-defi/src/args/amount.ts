import type { DefiToken } from '../tokenize';
import type { AmountIssue, AmountKind } from './types';
import { readSpelledNumber } from './number-words';
import { withinOneEdit } from '../intent/fuzzy';
import { typoQuantifierAt } from './quantifiers';

/** The amount found in a clause: value, kind, and the token index right after it (where a ticker may follow). */
export interface AmountMention {
  readonly amount: number | null;
  readonly kind: AmountKind;
  /** First token after the amount phrase; -1 when there is none. */
  readonly after: number;
  readonly issue: AmountIssue;
}

const ADJECTIVES: ReadonlySet<string> = new Set(['staked', 'pending', 'unclaimed', 'idle', 'available', 'spare', 'extra', 'additional', 'more', 'free', 'liquid', 'locked', 'supplied', 'borrowed', 'deposited', 'remaining', 'current', 'outstanding', 'whole', 'entire']);
const NONE: AmountMention = { amount: null, kind: 'none', after: -1, issue: null };
const ALL_WORDS: ReadonlySet<string> = new Set(['all', 'max', 'everything', 'entire', 'whole', 'maximum', 'full', 'entirety']);
const USD_WORDS: ReadonlySet<string> = new Set(['usd', 'dollars', 'dollar', 'bucks', 'buck', 'usd\u2019s']);
// "grand" = a thousand dollars; "grands" is how the tokenizer keeps "grand's".
const GRAND: ReadonlySet<string> = new Set(['grand', 'grands']);
const FRACTION_WORDS: ReadonlySet<string> = new Set(['third', 'quarter', 'thirds', 'quarters', 'fifth', 'tenth']);
// Words that make a number not an amount: "within 5 minutes", "x2 leverage", "health factor 1.5".
const NOT_AMOUNT_AFTER: ReadonlySet<string> = new Set(['minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'hrs', 'days', 'day', 'weeks', 'week', 'seconds', 'secs', 'times', 'x', 'gwei', 'blocks', 'bps', 'am', 'pm', 'st', 'nd', 'rd', 'th']);
const NOT_AMOUNT_BEFORE: ReadonlySet<string> = new Set(['v', 'version', 'factor', 'hf', 'ltv', 'slippage', 'above', 'below', 'under', 'over', 'within', 'at', 'step', 'option', 'chain', 'id']);

/** Find the amount phrase in tokens[s, e): exact number, "$500 of", "all/max/everything", "half", spelled numbers. */
export function findAmount(tokens: readonly DefiToken[], s: number, e: number): AmountMention {
  for (let i = s; i < e; i += 1) {
    const t = tokens[i];
    const w = t.norm;
    if ((t.kind === 'punct' && (w === '$' || w === '€' || w === '£')) || (w === 'usd' && tokens[i + 1]?.kind === 'number')) {
      const n = readNumberAt(tokens, i + 1, e);
      if (n !== null) return usdMention(tokens, n.value, n.next, e);
      continue;
    }
    if (t.kind === 'number') {
      if (isExcludedNumber(tokens, i, s, e)) continue;
      return numberMention(tokens, t.value, i + 1, e);
    }
    if (t.kind !== 'word') continue;
    if (w === 'half' || (w === 'fifty' && tokens[i + 1]?.norm === 'percent')) {
      return { amount: null, kind: 'half', after: skipOfMy(tokens, i + 1, e), issue: null };
    }
    if (w === 'every' && tokens[i + 1]?.norm === 'last') return { amount: null, kind: 'all', after: skipOfMy(tokens, i + 2, e), issue: null };
    if (w === 'as' && tokens[i + 1]?.norm === 'much' && asMuchAsICan(tokens, i, e)) return { amount: null, kind: 'all', after: skipOfMy(tokens, i + 2, e), issue: null };
    if (ALL_WORDS.has(w) && !isMaxSlippage(tokens, i, e)) {
      return { amount: null, kind: 'all', after: skipOfMy(tokens, i + 1, e), issue: null };
    }
    // One typo on a longer quantifier word: "hlaf my usdc", "my entrie balance", "evrything".
    const typoed = typoQuantifierAt(tokens, i, e);
    if (typoed !== null && !isMaxSlippage(tokens, i, e)) return { amount: null, kind: typoed, after: skipOfMy(tokens, i + 1, e), issue: null };
    if (FRACTION_WORDS.has(w) && (tokens[i - 1]?.norm === 'a' || tokens[i - 1]?.norm === 'one' || tokens[i - 1]?.norm === 'two')) {
      return { amount: null, kind: 'none', after: skipOfMy(tokens, i + 1, e), issue: 'unrepresentable_fraction' };
    }
    const spelled = readSpelledNumber(tokens, i);
    if (spelled !== null && !isPronounOne(tokens, i, spelled.next, e)) {
      // "two grand", "a grand": dollars, like "2 grand".
      if (GRAND.has(tokens[spelled.next - 1]?.norm ?? '')) return usdMention(tokens, spelled.value, spelled.next, e);
      return numberMention(tokens, spelled.value, spelled.next, e);
    }
  }
  return NONE;
}

function readNumberAt(tokens: readonly DefiToken[], i: number, e: number): { value: number; next: number } | null {
  if (i >= e) return null;
  if (tokens[i].kind === 'number') return { value: tokens[i].value, next: i + 1 };
  const sp = readSpelledNumber(tokens, i);
  return sp === null ? null : { value: sp.value, next: Math.min(sp.next, e) };
}

function numberMention(tokens: readonly DefiToken[], value: number, next: number, e: number): AmountMention {
  const w = next < e ? tokens[next].norm : '';
  if (w === '%' || w === 'percent' || w === 'pct') {
    const after = skipOfMy(tokens, next + 1, e);
    if (value === 100) return { amount: null, kind: 'all', after, issue: null };
    if (value === 50) return { amount: null, kind: 'half', after, issue: null };
    return { amount: null, kind: 'none', after, issue: 'unrepresentable_fraction' };
  }
  if (USD_WORDS.has(w) && tokens[next + 1]?.norm !== 'coin') return usdMention(tokens, value, next + 1, e);
  if (w === '$') return usdMention(tokens, value, next + 1, e);
  // "2 grand" is two thousand dollars: a USD amount ("2 grand worth of usdc", "1.5 grand of eth").
  if (GRAND.has(w)) return usdMention(tokens, value * 1e3, next + 1, e);
  // "1.5 thousand", "5 hundred", "2 million"
  if (w === 'hundred') return numberMention(tokens, value * 100, next + 1, e);
  if (w === 'thousand') return numberMention(tokens, value * 1e3, next + 1, e);
  if (w === 'million') return numberMention(tokens, value * 1e6, next + 1, e);
  return { amount: value, kind: 'exact', after: next < e ? skipOfMy(tokens, next, e) : -1, issue: null };
}

function usdMention(tokens: readonly DefiToken[], amount: number, next: number, e: number): AmountMention {
  let value = amount;
  let j = next;
  // "$2 grand", "$1.5 thousand", "$2 million"
  const scale = j < e ? tokens[j].norm : '';
  if (GRAND.has(scale) || scale === 'thousand' || scale === 'million' || scale === 'hundred') {
    value *= scale === 'million' ? 1e6 : scale === 'hundred' ? 100 : 1e3;
    j += 1;
  }
  // "$500 usd", "$500 worth of", "500 dollars of"
  if (j < e && USD_WORDS.has(tokens[j].norm)) j += 1;
  if (j < e && tokens[j].norm === 'worth') j += 1;
  return { amount: value, kind: 'usd', after: skipOfMy(tokens, j, e), issue: null };
}

/** Skip "of", "of my", "of the", "my" between an amount and its ticker. */
function skipOfMy(tokens: readonly DefiToken[], i: number, e: number): number {
  let j = i;
  while (j < e && (tokens[j].norm === 'of' || tokens[j].norm === 'my' || tokens[j].norm === 'the' || tokens[j].norm === 'our' || tokens[j].norm === 'in' || ADJECTIVES.has(tokens[j].norm))) {
    // "staked eth" is a coin name (STETH): stop before it.
    if (tokens[j].norm === 'staked' && (tokens[j + 1]?.norm === 'eth' || tokens[j + 1]?.norm === 'ether')) break;
    j += 1;
  }
  return j < e ? j : -1;
}

function isExcludedNumber(tokens: readonly DefiToken[], i: number, s: number, e: number): boolean {
  const prev = i > s ? tokens[i - 1].norm : '';
  const next = i + 1 < e ? tokens[i + 1].norm : '';
  if (NOT_AMOUNT_BEFORE.has(prev) || NOT_AMOUNT_AFTER.has(next)) return true;
  // A percentage that is not a share of a balance ("0.5% slippage") is not an amount.
  if ((next === '%' || next === 'percent') && tokens[i + 2]?.norm !== 'of') return true;
  return false;
}

function isMaxSlippage(tokens: readonly DefiToken[], i: number, e: number): boolean {
  const nxt = i + 1 < e ? tokens[i + 1].norm : '';
  return nxt === 'slippage' || (nxt.length >= 7 && nxt[0] === 's' && withinOneEdit(nxt, 'slippage')) || nxt === 'gas' || nxt === 'fee' || nxt === 'fees' || nxt === 'ltv' || nxt === 'leverage';
}

// "one" as a pronoun ("the one on aave") is not an amount: require a following noun-ish token or end.
function isPronounOne(tokens: readonly DefiToken[], i: number, next: number, e: number): boolean {
  if (tokens[i].norm !== 'one' || next - i !== 1) return false;
  const prev = tokens[i - 1]?.norm ?? '';
  return prev === 'the' || prev === 'this' || prev === 'that' || prev === 'which' || prev === 'quick' || next >= e || tokens[next].kind === 'punct';
}

/** "as much DAI as I can": the maximum. */
function asMuchAsICan(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 2; j < e && j < i + 8; j += 1) {
    if (tokens[j].norm === 'as' && (tokens[j + 1]?.norm === 'i' || tokens[j + 1]?.norm === 'possible' || tokens[j + 1]?.norm === 'you')) return true;
  }
  return false;
}
