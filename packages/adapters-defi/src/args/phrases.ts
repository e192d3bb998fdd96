import type { DefiToken } from '../tokenize';

/** A multi-word phrase matched at a token index. */
export interface PhraseMatch {
  readonly value: string;
  readonly len: number;
}

type PhraseList = ReadonlyArray<readonly [readonly string[], string]>;

// Per list: first word → its phrases in list order (longest first), so a lookup touches only candidates.
const indexes = new WeakMap<PhraseList, Map<string, PhraseList>>();

function indexOf(list: PhraseList): Map<string, PhraseList> {
  let idx = indexes.get(list);
  if (idx === undefined) {
    const m = new Map<string, Array<readonly [readonly string[], string]>>();
    for (const entry of list) {
      const arr = m.get(entry[0][0]) ?? [];
      arr.push(entry);
      m.set(entry[0][0], arr);
    }
    idx = m;
    indexes.set(list, idx);
  }
  return idx;
}

/** First phrase of `list` (ordered longest first) whose words match tokens[i..] inside [i, e); null when none does. */
export function matchPhrase(tokens: readonly DefiToken[], i: number, e: number, list: PhraseList): PhraseMatch | null {
  if (i >= e) return null;
  const cands = indexOf(list).get(tokens[i].norm);
  if (cands === undefined) return null;
  for (const [words, value] of cands) {
    if (i + words.length > e) continue;
    let ok = true;
    for (let k = 1; k < words.length; k += 1) {
      if (tokens[i + k].norm !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value, len: words.length };
  }
  return null;
}
