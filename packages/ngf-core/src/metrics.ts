/**
 * Set and sequence metrics (ngf-spec §5.1), per sample then averaged over samples (macro). Empty truth is scored
 * separately as `empty` (did the parser abstain?), never as a vacuous exact match.
 */

/** Per-sample scores of a predicted ordered list against the ordered truth. */
export interface SampleScore {
  readonly exact: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly jaccard: number;
  readonly hallucination: number;
  readonly omission: number;
  /** 1 when the prediction is empty. */
  readonly empty: number;
}

/** Scores one sample: precision |T∩P|/max(1,|P|), recall |T∩P|/max(1,|T|), exact = identical ordered lists. */
export function scoreSample(truth: readonly string[], predOrder: readonly string[]): SampleScore {
  const T = new Set(truth);
  const P = new Set(predOrder);
  let inter = 0;
  for (const p of P) if (T.has(p)) inter++;
  const union = T.size + P.size - inter;
  const precision = inter / Math.max(1, P.size);
  const recall = inter / Math.max(1, T.size);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = truth.length === predOrder.length && truth.every((t, i) => predOrder[i] === t) ? 1 : 0;
  return {
    exact,
    precision,
    recall,
    f1,
    jaccard: inter / Math.max(1, union),
    hallucination: (P.size - inter) / Math.max(1, P.size),
    omission: (T.size - inter) / Math.max(1, T.size),
    empty: predOrder.length === 0 ? 1 : 0,
  };
}

/** Arithmetic mean of each metric over samples (all zeros, n 0, for an empty list). */
export function aggregate(scores: readonly SampleScore[]): SampleScore & { readonly n: number } {
  const n = scores.length;
  const keys = ['exact', 'precision', 'recall', 'f1', 'jaccard', 'hallucination', 'omission', 'empty'] as const;
  const acc: Record<(typeof keys)[number], number> = { exact: 0, precision: 0, recall: 0, f1: 0, jaccard: 0, hallucination: 0, omission: 0, empty: 0 };
  for (const s of scores) for (const k of keys) acc[k] += s[k];
  for (const k of keys) acc[k] = n ? acc[k] / n : 0;
  return { ...acc, n };
}
