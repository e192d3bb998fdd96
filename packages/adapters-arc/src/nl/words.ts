import { tokenize } from '@micro-lm/encoders';
import { repairTypo } from './lexicon';

/** A normalised prompt word with its index in the word list and its source offsets. */
export interface Word {
  /** Lower-case form; numbers as their decimal value; hyphenated counter-/anti- prefixes merged. */
  readonly w: string;
  readonly kind: 'word' | 'number' | 'punct';
  readonly value: number | null;
  readonly start: number;
  readonly end: number;
}

const MERGE_PREFIX = new Set(['counter', 'anti', 'up', 'upside', 'left', 'top', 'x', 'y', 'main', 'one', 'two', 'clock', 'three', 'quarter', 'half', 'side']);

// Joined forms we accept after "a-b" hyphen merging (others stay split).
const MERGED = new Set([
  'counterclockwise', 'anticlockwise', 'upsidedown', 'leftright', 'topbottom', 'xaxis', 'yaxis', 'counterclock', 'clockwise',
  'oneeighty', 'twoseventy', 'threequarter', 'threequarters', 'quarterturn', 'halfturn', 'sidetoside', 'antidiagonal', 'maindiagonal',
]);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20,
  thirty: 30, forty: 40, fortyfive: 45, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/**
 * Tokenise a prompt into words: lower-case, punctuation kept as separate items (connectors and arrows matter),
 * "counter-clockwise" → "counterclockwise", "°" dropped, arrows ("<->", "↔") as one "<->" item.
 */
export function promptWords(prompt: string): Word[] {
  const toks = tokenize(prompt);
  const out: Word[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'currency') {
      out.push({ w: t.norm, kind: 'punct', value: null, start: t.start, end: t.end });
      continue;
    }
    if (t.kind === 'punct') {
      if (t.norm === '°' || t.norm === 'º') continue;
      // Arrows: <->, <-->, ->, ↔, ⇔, ↕.
      if (t.norm === '<' || t.norm === '-' || t.norm === '>' || t.norm === '=') {
        let j = i;
        let s = '';
        while (j < toks.length && ['<', '-', '>', '='].includes(toks[j].norm) && (j === i || toks[j].start === toks[j - 1].end)) s += toks[j++].norm;
        if (s.includes('>') || s.includes('<')) {
          out.push({ w: s.includes('<') && s.includes('>') ? '<->' : '->', kind: 'punct', value: null, start: t.start, end: toks[j - 1].end });
          i = j - 1;
          continue;
        }
      }
      if (t.norm === '↔' || t.norm === '⇔' || t.norm === '⟷') {
        out.push({ w: '<->', kind: 'punct', value: null, start: t.start, end: t.end });
        continue;
      }
      if (t.norm === '↕' || t.norm === '⇕') {
        out.push({ w: '<|>', kind: 'punct', value: null, start: t.start, end: t.end });
        continue;
      }
      out.push({ w: t.norm, kind: 'punct', value: null, start: t.start, end: t.end });
      continue;
    }
    if (t.kind === 'number') {
      out.push({ w: String(t.value), kind: 'number', value: t.value, start: t.start, end: t.end });
      continue;
    }
    // Hyphen merge: word "-" word with no spaces.
    const next = toks[i + 1];
    const after = toks[i + 2];
    if (next && after && next.norm === '-' && next.start === t.end && after.start === next.end && after.kind === 'word') {
      const joined = t.norm + after.norm;
      if (MERGE_PREFIX.has(t.norm) && MERGED.has(joined)) {
        out.push({ w: joined, kind: 'word', value: null, start: t.start, end: after.end });
        i += 2;
        continue;
      }
    }
    // Typos are repaired before compounds are joined ("uspide down" → "upside down" → "upsidedown").
    const fixed = repairTypo(t.norm);
    const num = NUMBER_WORDS[fixed];
    out.push({ w: fixed, kind: 'word', value: num ?? null, start: t.start, end: t.end });
  }
  return mergeSpaced(out);
}

/** Merge a few spaced compounds ("counter clockwise", "clock wise", "anti clockwise", "upside down"). */
function mergeSpaced(ws: Word[]): Word[] {
  const pairs: Readonly<Record<string, string>> = {
    'counter clockwise': 'counterclockwise',
    'anti clockwise': 'anticlockwise',
    'clock wise': 'clockwise',
    'upside down': 'upsidedown',
    'x axis': 'xaxis',
    'y axis': 'yaxis',
    'anti diagonal': 'antidiagonal',
  };
  const triples: Readonly<Record<string, string>> = { 'side to side': 'sidetoside' };
  const out: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i];
    const b = ws[i + 1];
    const c = ws[i + 2];
    const t = b && c ? triples[`${a.w} ${b.w} ${c.w}`] : undefined;
    if (t !== undefined && c) {
      out.push({ w: t, kind: 'word', value: null, start: a.start, end: c.end });
      i += 2;
      continue;
    }
    const m = b ? pairs[`${a.w} ${b.w}`] : undefined;
    if (m !== undefined && b) {
      out.push({ w: m, kind: 'word', value: null, start: a.start, end: b.end });
      i++;
    } else out.push(a);
  }
  return out;
}

