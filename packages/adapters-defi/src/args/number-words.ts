import { own } from '../own';
import type { DefiToken } from '../tokenize';

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  dozen: 12,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, grand: 1e3, million: 1e6, billion: 1e9 };

/** A spelled-out number read from the tokens starting at `i`, and the index after it. */
export interface SpelledNumber {
  readonly value: number;
  readonly next: number;
}

function isNumberWord(w: string): boolean {
  return own(UNITS, w) !== undefined || own(TENS, w) !== undefined || own(SCALES, w) !== undefined;
}

/**
 * Read an English cardinal ("sixty", "twenty five", "one hundred and fifty", "a thousand", "two and a half")
 * starting at token `i`; null when no number word starts there.
 */
export function readSpelledNumber(tokens: readonly DefiToken[], i: number): SpelledNumber | null {
  if (i < 0 || i >= tokens.length) return null;
  let j = i;
  // "a hundred", "a thousand", "a dozen"
  if (tokens[j]?.norm === 'a' || tokens[j]?.norm === 'an') {
    const nxt = tokens[j + 1]?.norm;
    if (nxt === undefined || !(own(SCALES, nxt) !== undefined || nxt === 'dozen')) return null;
    j += 1;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  let readStart = i;
  while (j < tokens.length) {
    const w = tokens[j].norm;
    if (tokens[j].kind !== 'word') break;
    const unit = own(UNITS, w);
    const ten = own(TENS, w);
    const scale = own(SCALES, w);
    if (unit !== undefined) {
      current += unit;
    } else if (ten !== undefined) {
      current += ten;
    } else if (scale !== undefined) {
      const s = scale;
      const base = current === 0 ? 1 : current;
      if (s === 100) current = base * 100;
      else {
        total += base * s;
        current = 0;
      }
    } else if (w === 'and' && seen && isNumberWord(tokens[j + 1]?.norm ?? '')) {
      j += 1;
      continue;
    } else break;
    seen = true;
    j += 1;
    readStart = j;
  }
  if (!seen) return null;
  let value = total + current;
  // "two and a half"
  if (tokens[readStart]?.norm === 'and' && tokens[readStart + 1]?.norm === 'a' && tokens[readStart + 2]?.norm === 'half') {
    value += 0.5;
    readStart += 3;
  }
  return { value, next: readStart };
}
