import type { Token } from './tokenize';

/** Settings of the wordmap encoder; all of them go into its fingerprint. */
export interface WordmapOptions {
  /** Hash space size, a power of two in [2^8, 2^28]. */
  readonly dim: number;
  /** Character n-gram lengths [min, max] over each word padded as "<word>"; [0, 0] turns them off. */
  readonly charNgrams: readonly [number, number];
  /** Word bigrams (with sentence-boundary markers at the text's ends). */
  readonly wordBigrams: boolean;
  /** Per-family weights before L2 normalisation (char n-grams are many per word, so they weigh less each). */
  readonly weights: { readonly word: number; readonly bigram: number; readonly char: number };
}

/** Defaults: 2^18 buckets, char 3–5-grams, bigrams on, weights word 1 / bigram 0.8 / char 0.3. */
export const DEFAULT_WORDMAP_OPTIONS: WordmapOptions = {
  dim: 1 << 18,
  charNgrams: [3, 5],
  wordBigrams: true,
  weights: { word: 1, bigram: 0.8, char: 0.3 },
};

/** The form a token contributes to word features: amounts and currency signs are classes, not values. */
export function featureForm(t: Token): string {
  switch (t.kind) {
    case 'number':
      return '<num>';
    case 'currency':
      return '<cur>';
    default:
      return t.norm;
  }
}

/** Throws RangeError unless the settings are usable. */
export function checkOptions(o: WordmapOptions): void {
  const log2 = Math.log2(o.dim);
  if (!Number.isInteger(log2) || log2 < 8 || log2 > 28) throw new RangeError(`wordmap: dim must be a power of two in [2^8, 2^28], got ${o.dim}`);
  const [lo, hi] = o.charNgrams;
  const off = lo === 0 && hi === 0;
  if (!off && !(Number.isInteger(lo) && Number.isInteger(hi) && lo >= 1 && hi >= lo && hi <= 8)) {
    throw new RangeError(`wordmap: charNgrams must be [0,0] or 1 ≤ min ≤ max ≤ 8, got [${lo}, ${hi}]`);
  }
  for (const [k, w] of Object.entries(o.weights)) {
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`wordmap: weight ${k} must be finite and ≥ 0, got ${w}`);
  }
}
