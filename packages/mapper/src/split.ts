import { shuffleInPlace, splitmix32 } from './rng';

/** Row indices of the training and the calibration part. */
export interface Split {
  readonly train: readonly number[];
  readonly calibration: readonly number[];
}

/**
 * Stratified seeded split: for each label (in label order) its rows are shuffled with one seeded stream and
 * round(fraction · n_label) of them, capped at n_label − 1, go to calibration. Both parts keep the input order.
 */
export function stratifiedSplit(labelOf: Int32Array, nLabels: number, fraction: number, seed: number): Split {
  const byLabel: number[][] = Array.from({ length: nLabels }, () => []);
  labelOf.forEach((y, i) => byLabel[y].push(i));
  const rng = splitmix32(seed);
  const isCal = new Uint8Array(labelOf.length);
  for (const rows of byLabel) {
    const nCal = Math.min(rows.length - 1, Math.round(fraction * rows.length));
    if (nCal <= 0) continue;
    for (const i of shuffleInPlace([...rows], rng).slice(0, nCal)) isCal[i] = 1;
  }
  const train: number[] = [];
  const calibration: number[] = [];
  for (let i = 0; i < labelOf.length; i++) (isCal[i] ? calibration : train).push(i);
  return { train, calibration };
}
