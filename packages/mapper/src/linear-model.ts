import type { Attribution, SparseVec } from '@micro-lm/encoders';
import { PositionIndex } from './features';
import type { AbstainRule, LabelProb, Prediction, Thresholds, TokenEvidence } from './types';

/** How the model reads its input and measures out-of-domain-ness. */
export type FeatureSpace =
  /** Hashed sparse features; `index` = sorted hashed indices of the vocabulary; ood = share of ‖x‖² off it. */
  | { readonly kind: 'sparse'; readonly index: Int32Array }
  /** Dense features; ood = 1 − max(0, max_c cos(x, centroid_c)). `centroids` is K × dim. */
  | { readonly kind: 'dense'; readonly centroids: Float32Array };

/** Decoded parameters of a linear softmax model. */
export interface ModelParts<L extends string> {
  readonly labels: readonly L[];
  readonly dim: number;
  readonly space: FeatureSpace;
  /** rows × K, row-major by feature (rows = vocabulary size for sparse, dim for dense). */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  readonly temperature: number;
  readonly thresholds: Thresholds;
}

/**
 * The inference core shared by training (calibration) and loaded mappers, so a loaded artifact predicts exactly
 * what training measured. Reuses one logits buffer: not re-entrant, fine in single-threaded JS.
 */
export class LinearModel<L extends string> {
  readonly K: number;
  private readonly pos: PositionIndex | null;
  private readonly z: Float64Array;
  private readonly p: Float64Array;
  private readonly chosen: Uint8Array;

  constructor(
    readonly parts: ModelParts<L>,
    readonly topK: number,
  ) {
    this.K = parts.labels.length;
    this.pos = parts.space.kind === 'sparse' ? new PositionIndex(parts.space.index) : null;
    this.z = new Float64Array(this.K);
    this.p = new Float64Array(this.K);
    this.chosen = new Uint8Array(this.K);
  }

  /** Raw logits of a sparse vector into `out`; returns its ood score. */
  logitsSparse(v: SparseVec, out: Float64Array): number {
    const { weights: W, bias, dim } = this.parts;
    const K = this.K;
    const pos = this.pos;
    if (pos === null) throw new TypeError('this mapper was trained on dense features; use predictDense');
    for (let k = 0; k < K; k++) out[k] = bias[k];
    let total = 0;
    let known = 0;
    for (let i = 0; i < v.idx.length; i++) {
      const idx = v.idx[i];
      const x = v.val[i];
      total += x * x;
      const p = idx < dim ? pos.get(idx) : -1;
      if (p < 0) continue;
      known += x * x;
      const base = p * K;
      for (let k = 0; k < K; k++) out[k] += x * W[base + k];
    }
    return total > 0 ? Math.min(1, Math.max(0, 1 - known / total)) : 1;
  }

  /** Raw logits of a dense vector into `out`; returns its ood score. */
  logitsDense(v: Float32Array, out: Float64Array): number {
    const { weights: W, bias, dim, space } = this.parts;
    if (v.length !== dim) throw new RangeError(`dense input has length ${v.length}, the mapper expects ${dim}`);
    const K = this.K;
    for (let k = 0; k < K; k++) out[k] = bias[k];
    let nn = 0;
    for (let j = 0; j < dim; j++) {
      const x = v[j];
      if (x === 0) continue;
      nn += x * x;
      const base = j * K;
      for (let k = 0; k < K; k++) out[k] += x * W[base + k];
    }
    if (space.kind !== 'dense' || nn === 0) return 1;
    let best = 0;
    const C = space.centroids;
    for (let k = 0; k < K; k++) {
      let d = 0;
      for (let j = 0; j < dim; j++) d += v[j] * C[k * dim + j];
      best = Math.max(best, d);
    }
    return Math.min(1, Math.max(0, 1 - best / Math.sqrt(nn)));
  }

  /** Per-token contributions to the temperature-scaled logits of an attributed sparse encoding. */
  tokenEvidence(att: Attribution, nTokens: number): TokenEvidence<L> {
    const { weights: W, bias, temperature: T, dim } = this.parts;
    const pos = this.pos;
    if (pos === null) throw new TypeError('token evidence needs a mapper trained on sparse features');
    const K = this.K;
    const perToken = Array.from({ length: K }, () => new Float64Array(nTokens));
    for (let i = 0; i < att.token.length; i++) {
      const idx = att.vec.idx[att.slot[i]];
      const p = idx < dim ? pos.get(idx) : -1;
      const t = att.token[i];
      if (p < 0 || t < 0 || t >= nTokens) continue;
      const x = att.share[i] / T;
      for (let k = 0; k < K; k++) perToken[k][t] += x * W[p * K + k];
    }
    return {
      labels: this.parts.labels,
      bias: Float64Array.from(bias, (b) => b / T),
      perToken,
      prediction: this.predictSparse(att.vec),
    };
  }

  /** Calibrated prediction of a sparse vector. */
  predictSparse(v: SparseVec): Prediction<L> {
    const ood = this.logitsSparse(v, this.z);
    return this.decide(this.z, ood);
  }

  /** Calibrated prediction of a dense vector. */
  predictDense(v: Float32Array): Prediction<L> {
    const ood = this.logitsDense(v, this.z);
    return this.decide(this.z, ood);
  }

  /** Softmax of logits / temperature, top-k, and the abstain rules in order: ood, confidence, margin. */
  decide(logits: Float64Array, ood: number): Prediction<L> {
    const probs = softmaxInto(logits, this.parts.temperature, this.p);
    const labels = this.parts.labels;
    // Partial selection sort of the top max(topK, 2) indices (K is small); ties keep the lower label index.
    const want = Math.min(this.K, Math.max(this.topK, 2));
    const chosen = this.chosen;
    chosen.fill(0);
    const top: number[] = [];
    for (let r = 0; r < want; r++) {
      let best = -1;
      for (let k = 0; k < this.K; k++) if (!chosen[k] && (best < 0 || probs[k] > probs[best])) best = k;
      chosen[best] = 1;
      top.push(best);
    }
    const p1 = probs[top[0]];
    const margin = this.K > 1 ? p1 - probs[top[1]] : p1;
    const topk: LabelProb<L>[] = [];
    for (let i = 0; i < Math.min(this.topK, this.K); i++) topk.push({ label: labels[top[i]], p: probs[top[i]] });
    return { label: labels[top[0]], topk, p1, margin, ood, abstain: abstainRule(p1, margin, ood, this.parts.thresholds) };
  }
}

/** The first rule that fails, or null. NaN never passes a threshold. */
export function abstainRule(p1: number, margin: number, ood: number, t: Thresholds): AbstainRule | null {
  if (!(ood <= t.ood_max)) return 'out_of_domain';
  if (!(p1 >= t.p1_min)) return 'low_confidence';
  if (!(margin >= t.margin_min)) return 'ambiguous';
  return null;
}

/** Softmax of logits / T into `out` (max-subtracted for stability). */
export function softmaxInto(logits: Float64Array, T: number, out: Float64Array): Float64Array {
  let m = -Infinity;
  for (let k = 0; k < logits.length; k++) m = Math.max(m, logits[k]);
  let s = 0;
  for (let k = 0; k < logits.length; k++) {
    out[k] = Math.exp((logits[k] - m) / T);
    s += out[k];
  }
  for (let k = 0; k < logits.length; k++) out[k] /= s;
  return out;
}
