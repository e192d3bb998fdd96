import fc from 'fast-check';
import { sparseNorm } from './sparse';
import { tokenize } from './tokenize';
import { createWordmap } from './wordmap';

const enc = createWordmap();
// Unicode text with DeFi-ish fragments mixed in, so numbers, currency and apostrophes get exercised.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(fc.constantFrom('swap', '1,250.75', '$', '500', '2k', "don't", 'ETH', '?', ' ', '  ', '.5', 'ＳＷＡＰ', '😀', '-', 'v3'), { maxLength: 12 })
    .map((xs) => xs.join('')),
);

describe('tokenizer and wordmap properties', () => {
  it('tokens are ordered, non-overlapping slices of the input covering every non-space character', () => {
    fc.assert(
      fc.property(text, (s) => {
        let last = 0;
        for (const t of tokenize(s)) {
          if (t.start < last || t.end <= t.start || s.slice(t.start, t.end) !== t.text) return false;
          if (s.slice(last, t.start).trim() !== '') return false; // only whitespace may fall between tokens
          last = t.end;
        }
        return s.slice(last).trim() === '';
      }),
      { numRuns: 500 },
    );
  });

  it('number tokens carry a finite value whose string is their norm', () => {
    fc.assert(
      fc.property(text, (s) => tokenize(s).every((t) => t.kind !== 'number' || (Number.isFinite(t.value) && String(t.value) === t.norm))),
      { numRuns: 500 },
    );
  });

  it('every encoding is unit-norm (or empty), strictly ascending, in range, and deterministic', () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = enc.encodeSparse(s);
        const b = createWordmap().encodeSparse(s);
        for (let i = 0; i < a.idx.length; i++) {
          if (a.idx[i] < 0 || a.idx[i] >= enc.dim || (i > 0 && a.idx[i] <= a.idx[i - 1])) return false;
          if (a.idx[i] !== b.idx[i] || a.val[i] !== b.val[i]) return false;
        }
        const n = sparseNorm(a);
        return a.idx.length === b.idx.length && (a.idx.length === 0 ? n === 0 : Math.abs(n - 1) < 1e-6);
      }),
      { numRuns: 500 },
    );
  });
});
