/** Training options; every field has a default and the resolved set is stored in the artifact. */
export interface TrainOptions {
  /** Seed of the stratified train/calibration split (the optimiser itself is deterministic full-batch). */
  readonly seed: number;
  /** L2 penalty on the weights (not the bias) added to the mean cross-entropy: (l2 / 2)·‖W‖². */
  readonly l2: number;
  /** Maximum L-BFGS iterations (one full pass over the data each, plus line-search passes). */
  readonly epochs: number;
  /** Stop when the largest gradient component falls below this. */
  readonly tolerance: number;
  /** Fraction of each label held out for temperature and threshold selection; 0 disables calibration. */
  readonly calibrationSplit: number;
  /** Sparse encoders: a hashed feature enters the model only if it occurs in at least this many training texts. */
  readonly minDf: number;
  /** 'balanced' weighs each example by n / (K · n_label). */
  readonly classWeight: 'none' | 'balanced';
  /** Thresholds are the loosest ones whose precision on accepted held-out examples reaches this. */
  readonly targetPrecision: number;
  /** Floors: thresholds never go below these, whatever the held-out data says. */
  readonly minP1: number;
  readonly minMargin: number;
  /** ood_max = clamp(quantile_q(held-out ood of non-negative labels) + oodSlack, oodFloor, oodCap). */
  readonly oodQuantile: number;
  readonly oodSlack: number;
  readonly oodFloor: number;
  readonly oodCap: number;
  /**
   * Temperature search range. The default floor 1 means calibration may soften an overconfident model but never
   * sharpen it: a held-out split drawn from the training generator is easier than real prompts, and sharpening on
   * it makes novel phrasings look certain.
   */
  readonly minTemperature: number;
  readonly maxTemperature: number;
  /** Labels whose texts are off-domain by design (e.g. `non_exec`); left out of the ood quantile. */
  readonly negativeLabels: readonly string[];
  /** L-BFGS history length. */
  readonly lbfgsMemory: number;
}

/** Defaults chosen for hashed lexical features of short prompts. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 0,
  l2: 1e-5,
  epochs: 300,
  tolerance: 1e-6,
  calibrationSplit: 0.2,
  minDf: 2,
  classWeight: 'none',
  targetPrecision: 0.99,
  minP1: 0.6,
  minMargin: 0.2,
  oodQuantile: 0.99,
  oodSlack: 0.3,
  oodFloor: 0.5,
  oodCap: 0.9,
  minTemperature: 1,
  maxTemperature: 20,
  negativeLabels: [],
  lbfgsMemory: 10,
};

/** Defaults overlaid with `o`, validated (a bad option is a programming error: throws RangeError). */
export function resolveOptions(o: Partial<TrainOptions>): TrainOptions {
  const r: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...o, negativeLabels: [...(o.negativeLabels ?? [])].sort() };
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new RangeError(`trainMapper: ${what}`);
  };
  check(Number.isInteger(r.seed), `seed must be an integer, got ${r.seed}`);
  check(Number.isFinite(r.l2) && r.l2 >= 0, `l2 must be ≥ 0, got ${r.l2}`);
  check(Number.isInteger(r.epochs) && r.epochs >= 1, `epochs must be an integer ≥ 1, got ${r.epochs}`);
  check(r.tolerance > 0, `tolerance must be > 0, got ${r.tolerance}`);
  check(r.calibrationSplit >= 0 && r.calibrationSplit < 1, `calibrationSplit must be in [0, 1), got ${r.calibrationSplit}`);
  check(Number.isInteger(r.minDf) && r.minDf >= 1, `minDf must be an integer ≥ 1, got ${r.minDf}`);
  check(r.classWeight === 'none' || r.classWeight === 'balanced', `classWeight must be 'none' or 'balanced'`);
  check(r.targetPrecision > 0 && r.targetPrecision <= 1, `targetPrecision must be in (0, 1], got ${r.targetPrecision}`);
  check(r.minP1 >= 0 && r.minP1 <= 1, `minP1 must be in [0, 1], got ${r.minP1}`);
  check(r.minMargin >= 0 && r.minMargin <= 1, `minMargin must be in [0, 1], got ${r.minMargin}`);
  check(r.oodQuantile > 0 && r.oodQuantile <= 1, `oodQuantile must be in (0, 1], got ${r.oodQuantile}`);
  check(r.oodSlack >= 0 && r.oodFloor >= 0 && r.oodFloor <= r.oodCap && r.oodCap <= 1, `need oodSlack ≥ 0 and 0 ≤ oodFloor ≤ oodCap ≤ 1`);
  check(r.minTemperature > 0 && r.minTemperature <= 1 && r.maxTemperature >= 1, `need 0 < minTemperature ≤ 1 ≤ maxTemperature`);
  check(Number.isInteger(r.lbfgsMemory) && r.lbfgsMemory >= 1, `lbfgsMemory must be an integer ≥ 1`);
  return r;
}
