/**
 * Tokeniser shared by the wordmap encoder and the domain adapters (per-token traces, argument extraction).
 * Offsets are UTF-16 indices into the ORIGINAL text, so `text.slice(t.start, t.end) === t.text`.
 */

/** What a token is: a word (letters first, may contain digits and inner apostrophes), a number, a currency sign, or any other single character. */
export type TokenKind = 'word' | 'number' | 'currency' | 'punct';

/** One token with its normalised form and position. */
export interface Token {
  readonly kind: TokenKind;
  /** The raw slice of the input. */
  readonly text: string;
  /** Normalised form: words NFKC + lower case with ’ → '; numbers the plain decimal value ("1,250.75" → "1250.75", "2k" → "2000"). */
  readonly norm: string;
  /** Numeric value for numbers (suffix k/m/b applied), null otherwise. */
  readonly value: number | null;
  readonly start: number;
  readonly end: number;
}

/** Version of the tokenisation rules; part of the wordmap fingerprint so a rule change changes every fingerprint. */
export const TOKENIZER_VERSION = 1;

// Alternatives in priority order. Numbers: thousands groups must be exact 3-digit groups, so "1,2500" is 1 , 2500.
// A single k/m/b right after the digits is a multiplier only when no letter or digit follows ("2k" yes, "2kg" no).
const TOKEN_RE =
  /((?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)([kKmMbB](?![\p{L}\p{N}]))?|(\p{L}[\p{L}\p{M}\p{N}]*(?:['’\u02bc][\p{L}\p{M}]+)*)|([$€£¥])|(\s+)|([\s\S])/uy;

// Exponent suffix instead of a multiplication so "0.07k" is exactly 70, not 70.00000000000001.
const EXPONENT: Readonly<Record<string, string>> = { k: 'e3', m: 'e6', b: 'e9' };
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-cased, NFKC-normalised word with typographic apostrophes made straight. */
export function normalizeWord(raw: string): string {
  if (ASCII_ONLY.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKC').toLowerCase().replace(/[’\u02bc]/g, "'");
}

/** Value of a matched number (commas removed, multiplier applied), kept exact for plain decimals. */
function numberValue(digits: string, suffix: string | undefined): number {
  const plain = digits.replace(/,/g, '');
  const digitsOnly = plain.startsWith('.') ? `0${plain}` : plain;
  return Number(suffix ? digitsOnly + EXPONENT[suffix.toLowerCase()] : digitsOnly);
}

/** Splits a text into tokens (whitespace dropped). Never throws; an empty text has no tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text)) !== null) {
    const start = m.index;
    const end = re.lastIndex;
    // Groups: 1 number, 2 multiplier suffix, 3 word, 4 currency, 5 whitespace, 6 any other character.
    if (m[5] !== undefined) continue;
    const raw = m[0];
    if (m[1] !== undefined) {
      const value = numberValue(m[1], m[2]);
      out.push({ kind: 'number', text: raw, norm: String(value), value, start, end });
    } else if (m[3] !== undefined) {
      out.push({ kind: 'word', text: raw, norm: normalizeWord(raw), value: null, start, end });
    } else if (m[4] !== undefined) {
      out.push({ kind: 'currency', text: raw, norm: raw, value: null, start, end });
    } else {
      out.push({ kind: 'punct', text: raw, norm: raw.normalize('NFKC'), value: null, start, end });
    }
  }
  return out;
}
