/**
 * Stage-11 sequence prior, learned from labelled training traces: where the i-th step of a k-step sequence
 * shows up (peak position, log matched-filter SNR), where phantoms show up, how often each k occurs and how
 * often a non-step channel carries a phantom. Features are whitened by a PCA (ml-matrix); densities are Gaussian
 * kernel estimates in that space. Decoding picks the subset of detections with the highest joint probability,
 * so a detection is kept when "step i of k" explains it better than "phantom", given the other detections.
 */
import { type WhiteningPca, fitWhiteningPca, projectPca } from './pca';

/** Features of one detection: peak position / (T − 1) and log matched-filter SNR. */
export type DetectionFeatures = readonly [number, number];

/** A fitted prior; plain data, so it can be saved as JSON and loaded without refitting. */
export interface Stage11Prior {
  readonly version: 2;
  readonly features: readonly ['position', 'log_snr'];
  readonly pca: WhiteningPca;
  /** Kernel bandwidth in whitened units. */
  readonly bandwidth: number;
  /** Weight ε of the broad N(0, 3²I) component mixed into every density (a floor for unseen regions). */
  readonly floorWeight: number;
  /** Whitened detections of step i of k-step sequences, keyed "k:i", plus all steps pooled under "all". */
  readonly steps: Readonly<Record<string, readonly (readonly number[])[]>>;
  /** Whitened phantom detections (channels outside the truth that still passed the gates). */
  readonly phantom: readonly (readonly number[])[];
  /** log P(k) for k = 0..kMax (add-one smoothed counts). */
  readonly logPk: readonly number[];
  /** Probability that a channel outside the truth produces a phantom detection. */
  readonly phantomRate: number;
  /** Where the training traces came from (seed, count), for the audit trail. */
  readonly provenance: string;
}

/** One labelled training sample, reduced to its detections. */
export interface PriorTrainingSample {
  /** Number of channels K. */
  readonly channels: number;
  /** Length of the truth (k). */
  readonly k: number;
  /** Detections of true steps, with the step's index in the truth. */
  readonly steps: readonly { readonly features: DetectionFeatures; readonly index: number }[];
  /** Detections on channels outside the truth. */
  readonly phantoms: readonly DetectionFeatures[];
}

/** Options of the prior fit. */
export interface PriorFitOptions {
  readonly bandwidth: number;
  readonly floorWeight: number;
  readonly maxPoints: number;
  readonly provenance: string;
}

function thin(points: readonly number[][], maxPoints: number): number[][] {
  const stride = Math.max(1, Math.ceil(points.length / maxPoints));
  const out: number[][] = [];
  for (let i = 0; i < points.length; i += stride) out.push(points[i]);
  return out;
}

/** Fits the prior from training detections; needs at least two step and two phantom detections. */
export function fitPriorFromSamples(samples: readonly PriorTrainingSample[], opts: PriorFitOptions): Stage11Prior {
  const all: number[][] = [];
  let nPh = 0;
  let nNonStep = 0;
  let kMax = 0;
  for (const s of samples) {
    for (const st of s.steps) all.push([...st.features]);
    for (const p of s.phantoms) all.push([...p]);
    nPh += s.phantoms.length;
    nNonStep += Math.max(0, s.channels - s.k);
    kMax = Math.max(kMax, s.k);
  }
  const nSteps = all.length - nPh;
  if (nSteps < 2 || nPh < 2) throw new RangeError(`fitPriorFromSamples: need ≥ 2 step and ≥ 2 phantom detections, got ${nSteps} and ${nPh}`);
  const pca = fitWhiteningPca(all, 2);
  const cells: Record<string, number[][]> = { all: [] };
  const phantom: number[][] = [];
  const kCount = new Array<number>(kMax + 1).fill(1);
  for (const s of samples) {
    kCount[s.k]++;
    for (const st of s.steps) {
      const z = projectPca(pca, [...st.features]);
      (cells[`${s.k}:${st.index}`] ??= []).push(z);
      cells.all.push(z);
    }
    for (const p of s.phantoms) phantom.push(projectPca(pca, [...p]));
  }
  const total = kCount.reduce((a, b) => a + b, 0);
  const steps: Record<string, number[][]> = {};
  for (const key of Object.keys(cells).sort()) steps[key] = thin(cells[key], opts.maxPoints);
  return {
    version: 2,
    features: ['position', 'log_snr'],
    pca,
    bandwidth: opts.bandwidth,
    floorWeight: opts.floorWeight,
    steps,
    phantom: thin(phantom, opts.maxPoints),
    logPk: kCount.map((c) => Math.log(c / total)),
    phantomRate: Math.min(1 - 1e-6, Math.max(1e-6, nPh / Math.max(1, nNonStep))),
    provenance: opts.provenance,
  };
}

const BROAD_SD = 3;

function logMeanKernel(points: readonly (readonly number[])[], z: readonly number[], h: number): number {
  let m = -Infinity;
  const vals = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    let d2 = 0;
    for (let d = 0; d < z.length; d++) d2 += (p[d] - z[d]) * (p[d] - z[d]);
    vals[i] = -d2 / (2 * h * h);
    if (vals[i] > m) m = vals[i];
  }
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < vals.length; i++) s += Math.exp(vals[i] - m);
  return m + Math.log(s / points.length);
}

/**
 * log density (1 − ε)·KDE(h) + ε·N(0, s²I). The broad part keeps ratios sane where neither class has training
 * points, instead of trusting the ratio of two vanishing kernel tails.
 */
function logDensity(points: readonly (readonly number[])[], z: readonly number[], prior: Stage11Prior): number {
  const d = z.length;
  const eps = prior.floorWeight;
  const h = prior.bandwidth;
  let r2 = 0;
  for (let i = 0; i < d; i++) r2 += z[i] * z[i];
  const logBroad = Math.log(eps) - (d / 2) * Math.log(2 * Math.PI * BROAD_SD * BROAD_SD) - r2 / (2 * BROAD_SD * BROAD_SD);
  if (points.length === 0) return logBroad;
  const logK = Math.log(1 - eps) - (d / 2) * Math.log(2 * Math.PI * h * h) + logMeanKernel(points, z, h);
  const m = Math.max(logBroad, logK);
  return m + Math.log(Math.exp(logBroad - m) + Math.exp(logK - m));
}

/** The decoded explanation of a sample's detections. */
export interface PriorDecision {
  /** Indices (into the detections list) chosen as steps, in time order. */
  readonly steps: readonly number[];
  /** Marginal posterior that each detection is a step. */
  readonly posterior: Float64Array;
  /** log joint probability of the chosen explanation (up to a constant). */
  readonly logProb: number;
}

function logFactorialRatio(K: number, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.log(K - i);
  return s;
}

/**
 * Chooses which detections are steps: maximises log P(k) − log(K!/(K−k)!) + Σ_steps log f_{k,i} + Σ_phantoms
 * (log λ + log f_phantom) + (K − k − #phantoms)·log(1 − λ) over every subset of the detections (sorted by time).
 * At most 12 detections are considered (the strongest, by log SNR); the rest count as phantoms.
 */
export function decodeWithPrior(prior: Stage11Prior, detections: readonly DetectionFeatures[], channels: number): PriorDecision {
  const D = detections.length;
  const post = new Float64Array(D);
  if (D === 0) return { steps: [], posterior: post, logProb: prior.logPk[0] ?? -Infinity };
  const byTime = detections.map((_, i) => i).sort((a, b) => detections[a][0] - detections[b][0] || a - b);
  const strongest = new Set([...byTime].sort((a, b) => detections[b][1] - detections[a][1] || a - b).slice(0, 12));
  const cand = byTime.filter((i) => strongest.has(i));
  const z = detections.map((f) => projectPca(prior.pca, [...f]));
  const logPh = z.map((v) => Math.log(prior.phantomRate) + logDensity(prior.phantom, v, prior));
  const stepCache = new Map<string, number>();
  const logStep = (det: number, k: number, i: number): number => {
    const key = `${det}:${k}:${i}`;
    let v = stepCache.get(key);
    if (v === undefined) {
      const pts = prior.steps[`${k}:${i}`] ?? prior.steps.all ?? [];
      v = logDensity(pts, z[det], prior);
      stepCache.set(key, v);
    }
    return v;
  };
  const kMax = prior.logPk.length - 1;
  const log1mL = Math.log(1 - prior.phantomRate);
  let bestLp = -Infinity;
  let best: number[] = [];
  const lps: number[] = [];
  const masks: number[] = [];
  for (let mask = 0; mask < 1 << cand.length; mask++) {
    const chosen = cand.filter((_, b) => mask & (1 << b));
    const k = chosen.length;
    if (k > kMax || k > channels) continue;
    let lp = prior.logPk[k] - logFactorialRatio(channels, k);
    chosen.forEach((det, i) => (lp += logStep(det, k, i)));
    let nPh = 0;
    for (let d = 0; d < D; d++) {
      if (!chosen.includes(d)) {
        lp += logPh[d];
        nPh++;
      }
    }
    lp += Math.max(0, channels - k - nPh) * log1mL;
    lps.push(lp);
    masks.push(mask);
    if (lp > bestLp) {
      bestLp = lp;
      best = chosen;
    }
  }
  if (lps.length > 0) {
    const m = Math.max(...lps);
    let total = 0;
    const w = lps.map((lp) => Math.exp(lp - m));
    for (const x of w) total += x;
    masks.forEach((mask, j) => cand.forEach((det, b) => (mask & (1 << b) ? (post[det] += w[j] / total) : 0)));
  }
  return { steps: best, posterior: post, logProb: bestLp };
}
