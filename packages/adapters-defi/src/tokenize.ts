import { own } from './own';
/** A normalised token with its character span in the original prompt. */
export interface DefiToken {
  /** Lower-case normalised text ("don't" → "dont", "1,250.75" stays as written). */
  readonly norm: string;
  /** The original characters. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'punct';
  /** Numeric value for number tokens (suffixes applied: "2k" → 2000), NaN otherwise. */
  readonly value: number;
}

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

// One alternation per token class; numbers first so "1,250.75" and ".5" stay whole.
const TOKEN_RE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+(?![a-z]))?|\.\d+)([a-z]*)|([a-z][a-z0-9]*(?:['’][a-z]+)*(?:\.fi\b)?)|(->|=>|→|[$€£%,;.?!&+:/()])/giy;

/** Split a prompt into normalised tokens (numbers, words, punctuation) with offsets; whitespace and other symbols drop. */
export function tokenizeDefi(text: string): DefiToken[] {
  const out: DefiToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (m === null) {
      i += 1;
      continue;
    }
    const start = i;
    i = TOKEN_RE.lastIndex;
    if (m[1] !== undefined) {
      pushNumber(out, text, start, m[1], (m[2] ?? '').toLowerCase());
    } else if (m[3] !== undefined) {
      const norm = m[3].toLowerCase().replace(/['’]/g, '');
      out.push({ norm, raw: m[3], start, end: i, kind: 'word', value: Number.NaN });
    } else {
      const p = m[4] === '→' || m[4] === '=>' ? '->' : m[4];
      out.push({ norm: p, raw: m[4], start, end: i, kind: 'punct', value: Number.NaN });
    }
  }
  return out;
}

function pushNumber(out: DefiToken[], text: string, start: number, digits: string, suffix: string): void {
  const base = Number(digits.replace(/,/g, ''));
  const numEnd = start + digits.length;
  const mult = own(MULTIPLIERS, suffix);
  if (suffix === '' || mult !== undefined) {
    const end = numEnd + suffix.length;
    out.push({ norm: digits + suffix, raw: text.slice(start, end), start, end, kind: 'number', value: base * (mult ?? 1) });
    return;
  }
  if (/^\d+$/.test(digits) && (suffix === 'inch' || suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th')) {
    // "1inch" is a venue, "1st" an ordinal: one word, not an amount.
    const end = numEnd + suffix.length;
    out.push({ norm: digits + suffix, raw: text.slice(start, end), start, end, kind: 'word', value: Number.NaN });
    return;
  }
  // "2eth": an amount glued to a ticker.
  out.push({ norm: digits, raw: digits, start, end: numEnd, kind: 'number', value: base });
  out.push({ norm: suffix, raw: text.slice(numEnd, numEnd + suffix.length), start: numEnd, end: numEnd + suffix.length, kind: 'word', value: Number.NaN });
}
