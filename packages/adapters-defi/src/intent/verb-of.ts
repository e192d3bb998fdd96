import { isShortVerbTypo, withinOneEdit } from './fuzzy';
import { FUZZY_VERBS, NOT_TYPOS, VERBS } from './verbs';

/** True when `word` is a key of VERBS itself (never an Object.prototype member). */
export function isVerbKey(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(VERBS, word);
}

type VerbHit = { readonly verb: string; readonly exact: boolean; readonly ing: boolean } | null;
const verbCache = new Map<string, VerbHit>();

/** The verb a word spells: exact, -ing form, or one typo on a longer verb; null when it is no verb (memoised). */
export function verbOf(word: string): VerbHit {
  let hit = verbCache.get(word);
  if (hit === undefined) {
    hit = verbOfUncached(word);
    if (verbCache.size > 8192) verbCache.clear();
    verbCache.set(word, hit);
  }
  return hit;
}

function verbOfUncached(word: string): VerbHit {
  if (isVerbKey(word)) return { verb: word, exact: true, ing: word.endsWith('ing') };
  // "aping": a 5-letter -ing form only as stem + e (never "going" → go, "doing" → do).
  if (word.length === 5 && word.endsWith('ing') && isVerbKey(`${word.slice(0, 2)}e`)) return { verb: `${word.slice(0, 2)}e`, exact: true, ing: true };
  if (word.length > 5 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    for (const cand of [stem, `${stem}e`, stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '']) {
      if (cand !== '' && isVerbKey(cand)) return { verb: cand, exact: true, ing: true };
    }
  }
  if (word.length < 3 || NOT_TYPOS.has(word)) return null;
  const hit = fuzzyVerb(word);
  if (hit !== null) return { verb: hit, exact: false, ing: false };
  if (word.length > 6 && word.endsWith('ing')) {
    // a typo in the stem of an -ing form: "repayng" no, "depositting" no, "withdrawwing" yes
    const stem = word.slice(0, -3);
    const h = fuzzyVerb(stem) ?? fuzzyVerb(`${stem}e`);
    if (h !== null && stem.length >= 4) return { verb: h, exact: false, ing: true };
  }
  return null;
}

const fuzzyCache = new Map<string, string | null>();

/** The verb (from FUZZY_VERBS) that `word` misspells by one allowed edit, or null (memoised). */
export function fuzzyVerb(word: string): string | null {
  let hit = fuzzyCache.get(word);
  if (hit !== undefined) return hit;
  hit = null;
  for (const v of FUZZY_VERBS) {
    if (v.length <= 4 ? isShortVerbTypo(word, v) : withinOneEdit(word, v)) {
      hit = v;
      break;
    }
  }
  if (fuzzyCache.size > 4096) fuzzyCache.clear();
  fuzzyCache.set(word, hit);
  return hit;
}
