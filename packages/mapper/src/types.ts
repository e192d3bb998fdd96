/** Why the mapper declines to name a label (runner maps these to `abstain_*` reasons). */
export type AbstainRule = 'low_confidence' | 'ambiguous' | 'out_of_domain';

/** One label with its calibrated probability. */
export interface LabelProb<L extends string = string> {
  readonly label: L;
  readonly p: number;
}

/** Calibrated prediction; `abstain` is null only when every threshold passed. */
export interface Prediction<L extends string = string> {
  /** Top label (also filled in when abstaining, so callers can show what was almost chosen). */
  readonly label: L;
  /** Labels by descending probability (ties: label order), at most `topK` of them. */
  readonly topk: readonly LabelProb<L>[];
  /** Probability of the top label. */
  readonly p1: number;
  /** p1 − p2. */
  readonly margin: number;
  /** Out-of-domain score in [0, 1]; larger is further from the training data (see README). */
  readonly ood: number;
  readonly abstain: AbstainRule | null;
}

/** Abstain thresholds: accept iff ood ≤ ood_max and p1 ≥ p1_min and margin ≥ margin_min (equality passes). */
export interface Thresholds {
  readonly p1_min: number;
  readonly margin_min: number;
  readonly ood_max: number;
}

/** Why an artifact could not be loaded. */
export type MapperErrorKind = 'invalid_json' | 'invalid_artifact' | 'sha256_mismatch' | 'encoder_mismatch' | 'labels_mismatch';

/** A load failure with a one-line human message. */
export interface MapperError {
  readonly kind: MapperErrorKind;
  readonly message: string;
}

/** One labelled training example. */
export interface Example<L extends string = string> {
  readonly text: string;
  readonly label: L;
}

/**
 * Exact per-token decomposition of a sparse mapper's calibrated logits: for each label k,
 * `bias[k] + Σ_t perToken[k][t]` is logit_k / T, so softmax over labels of those sums gives `prediction`'s
 * probabilities. A channel-over-time view of "which words asked for which label".
 */
export interface TokenEvidence<L extends string = string> {
  readonly labels: readonly L[];
  readonly bias: Float64Array;
  /** perToken[k][t]: contribution of token t to label k; tokens outside the window contribute 0. */
  readonly perToken: readonly Float64Array[];
  readonly prediction: Prediction<L>;
}
