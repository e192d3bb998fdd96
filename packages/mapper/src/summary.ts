import type { Prediction } from './types';

/** A prediction as an audit record shows it: top-k, p1, margin and ood rounded to 4 decimals. */
export interface PredictionSummary {
  readonly topk: readonly { readonly label: string; readonly p: number }[];
  readonly p1: number;
  readonly margin: number;
  readonly ood: number;
}

/** The audit-record view of a prediction (every domain adapter records the mapper's evidence this way). */
export function summarizePrediction(pred: Prediction): PredictionSummary {
  return {
    topk: pred.topk.map((x) => ({ label: x.label, p: round4(x.p) })),
    p1: round4(pred.p1),
    margin: round4(pred.margin),
    ood: round4(pred.ood),
  };
}

// Non-finite values (never produced by a softmax, but JSON has no NaN) are recorded as 0.
function round4(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : 0;
}
