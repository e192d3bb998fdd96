import { isTransposition, withinOneEdit } from '../intent/fuzzy';
import { ASSET_NAMES, KNOWN_TICKERS } from '../lexicon';
import type { DefiToken } from '../tokenize';
import { matchPhrase } from './phrases';

/** What a quantifier word asks for: the whole holding or half of it. */
export type QuantifierKind = 'all' | 'half';

/**
 * Quantifier words long enough (4+ letters) to be read with one typo. Shorter ones ("all", "max") are only read
 * exactly: one edit away from them lies too much ordinary text ("ale", "mat", "tall").
 */
const FUZZY_QUANTIFIERS: ReadonlyArray<readonly [string, QuantifierKind]> = [
  ['half', 'half'],
  ['everything', 'all'],
  ['entire', 'all'],
  ['entirety', 'all'],
  ['whole', 'all'],
  ['maximum', 'all'],
];

/** Real words one edit away from a quantifier: never corrected ("while" is not "whole"). */
const NOT_QUANTIFIER_TYPOS: ReadonlySet<string> = new Set([
  'while', 'whale', 'whose', 'whore', 'hole', 'holes', 'whiles', 'whales', 'wholly', 'halo', 'halt', 'hall', 'hale', 'calf',
  'entice', 'entree', 'entry', 'entries', 'entirely', 'maxima', 'maximal', 'maximus', 'hal',
]);

/** Words around a typo'd quantifier that show it really sizes a holding: "hlaf my usdc", "my entrie balance". */
const DETERMINERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'your', 'their', 'this', 'that', 'these', 'those']);
const AFTER_QUANTIFIER: ReadonlySet<string> = new Set([...DETERMINERS, 'of', 'it', 'them', 'balance', 'stack', 'bag', 'position', 'amount', 'holdings']);

const cache = new Map<string, QuantifierKind | null>();

/** The quantifier a word misspells by one typo (first letter kept unless two letters swap), or null. */
export function fuzzyQuantifierWord(word: string): QuantifierKind | null {
  let hit = cache.get(word);
  if (hit !== undefined) return hit;
  hit = null;
  if (word.length >= 3 && /^[a-z]+$/.test(word) && !NOT_QUANTIFIER_TYPOS.has(word)) {
    for (const [q, kind] of FUZZY_QUANTIFIERS) {
      if (word === q) continue;
      if (isTransposition(word, q) || (word[0] === q[0] && (q.length <= 4 ? shortTypo(word, q) : withinOneEdit(word, q)))) {
        hit = kind;
        break;
      }
    }
  }
  if (cache.size > 4096) cache.clear();
  cache.set(word, hit);
  return hit;
}

/** 4-letter quantifiers ("half"): a doubled letter, or a dropped one that still leaves 3+ letters; no substitutions. */
function shortTypo(word: string, q: string): boolean {
  if (word.length === q.length + 1) {
    for (let i = 0; i < q.length; i += 1) if (q.slice(0, i + 1) + q[i] + q.slice(i + 1) === word) return true;
  }
  if (word.length === q.length - 1 && word.length >= 3) {
    for (let i = 1; i < q.length; i += 1) if (q.slice(0, i) + q.slice(i + 1) === word) return true;
  }
  return false;
}

/**
 * A typo'd quantifier at token i ("hlaf my usdc", "my entrie balance", "evrything"), read only where the words
 * around it show it sizes a holding: a determiner before it, or "my/of/the/it" or a token after it. Long words
 * ("everything", "entirety") stand on their own. Exact quantifier words are read by the caller, not here.
 */
export function typoQuantifierAt(tokens: readonly DefiToken[], i: number, e: number): QuantifierKind | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const kind = fuzzyQuantifierWord(t.norm);
  if (kind === null) return null;
  if (t.norm.length >= 8) return kind;
  const prev = tokens[i - 1]?.norm ?? '';
  if (DETERMINERS.has(prev)) return kind;
  if (i + 1 >= e) return null;
  const next = tokens[i + 1].norm;
  if (AFTER_QUANTIFIER.has(next) || KNOWN_TICKERS.has(next) || matchPhrase(tokens, i + 1, e, ASSET_NAMES) !== null) return kind;
  return null;
}
