import type { DefiToken } from '../tokenize';

/** A multi-word phrase matched at a token index. */
export interface PhraseMatch {
  readonly value: string;
  readonly len: number;
}

/** First phrase of `list` (ordered longest first) whose words match tokens[i..] inside [i, e); null when none does. */
export function matchPhrase(
  tokens: readonly DefiToken[],
  i: number,
  e: number,
  list: ReadonlyArray<readonly [readonly string[], string]>,
): PhraseMatch | null {
  for (const [words, value] of list) {
    if (i + words.length > e) continue;
    let ok = true;
    for (let k = 0; k < words.length; k += 1) {
      if (tokens[i + k].norm !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value, len: words.length };
  }
  return null;
}
