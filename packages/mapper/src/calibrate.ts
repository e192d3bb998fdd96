import { abstainRule, softmaxInto } from './linear-model';
import type { Thresholds } from './types';

/** Held-out logits (n × K, row-major), true labels and ood scores. */
export interface HeldOut {
  readonly n: number;
  readonly K: number;
  readonly logits: Float64Array;
  readonly y: Int32Array;
  readonly ood: Float64Array;
  /** 1 when the row's label is a negative (off-domain by design) label. */
  readonly negative: Uint8Array;
}

/** Mean negative log-likelihood of the true labels at temperature T. */
export function heldOutNll(h: HeldOut, T: number): number {
  if (h.n === 0) return 0;
  const p = new Float64Array(h.K);
  let s = 0;
  for (let i = 0; i < h.n; i++) {
    softmaxInto(h.logits.subarray(i * h.K, (i + 1) * h.K), T, p);
    s -= Math.log(Math.max(p[h.y[i]], 1e-300));
  }
  return s / h.n;
}

/**
 * Temperature minimising held-out NLL: golden-section search on ln T over [ln tMin, ln tMax] (NLL is unimodal in
 * T for a fixed model), then T = 1 is kept unless the search result is strictly better.
 */
export function fitTemperature(h: HeldOut, tMin: number, tMax: number): number {
  if (h.n === 0) return 1;
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = Math.log(tMin);
  let b = Math.log(tMax);
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = heldOutNll(h, Math.exp(c));
  let fd = heldOutNll(h, Math.exp(d));
  for (let it = 0; it < 60; it++) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = heldOutNll(h, Math.exp(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = heldOutNll(h, Math.exp(d));
    }
  }
  const T = Math.exp((a + b) / 2);
  return heldOutNll(h, T) < heldOutNll(h, 1) ? T : 1;
}

/** Threshold selection settings (see TrainOptions). */
export interface ThresholdRule {
  readonly targetPrecision: number;
  readonly minP1: number;
  readonly minMargin: number;
  readonly oodQuantile: number;
  readonly oodSlack: number;
  readonly oodFloor: number;
  readonly oodCap: number;
}

/** What the chosen thresholds do on the held-out split. */
export interface ThresholdReport {
  readonly thresholds: Thresholds;
  readonly coverage: number;
  readonly precision: number;
  readonly accuracy: number;
  readonly targetMet: boolean;
}

/** Grid values as short decimals (0.57, not 0.5700000000000001), so artifacts read cleanly. */
const snap = (x: number) => Number(x.toFixed(10));

/** Rounds up to 6 decimals (so the quantile row stays inside), ignoring float noise below 1e-9 (0.1 + 0.05 → 0.15). */
function ceil6(x: number): number {
  return Number((Math.ceil(Number((x * 1e6).toFixed(3))) / 1e6).toFixed(6));
}

/** Lower empirical quantile (the value at rank ceil(q·n) − 1 of the sorted sample). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/**
 * ood_max from the quantile of in-domain held-out ood scores plus a slack, clamped to [floor, cap]; then, on a grid (p1 step 0.01 from minP1, margin
 * step 0.02 from minMargin), the pair with the highest coverage whose precision on accepted rows reaches the
 * target (ties: the lower p1_min, then the lower margin_min — closest to the floors the user chose). If no pair reaches it, the most precise pair
 * (ties: more coverage). With no held-out rows the floors and the cap are used.
 */
export function chooseThresholds(h: HeldOut, T: number, r: ThresholdRule): ThresholdReport {
  const inDomain: number[] = [];
  for (let i = 0; i < h.n; i++) if (!h.negative[i]) inDomain.push(h.ood[i]);
  const raw = inDomain.length > 0 ? ceil6(quantile(inDomain, r.oodQuantile) + r.oodSlack) : r.oodCap;
  const ood_max = Math.min(r.oodCap, Math.max(r.oodFloor, raw));
  const floors = { p1_min: r.minP1, margin_min: r.minMargin, ood_max };
  if (h.n === 0) return { thresholds: floors, coverage: 0, precision: 0, accuracy: 0, targetMet: false };

  const p1 = new Float64Array(h.n);
  const margin = new Float64Array(h.n);
  const correct = new Uint8Array(h.n);
  const inRange = new Uint8Array(h.n);
  const p = new Float64Array(h.K);
  let nCorrect = 0;
  for (let i = 0; i < h.n; i++) {
    softmaxInto(h.logits.subarray(i * h.K, (i + 1) * h.K), T, p);
    let a = 0;
    for (let k = 1; k < h.K; k++) if (p[k] > p[a]) a = k;
    let b = a === 0 ? 1 : 0;
    for (let k = 0; k < h.K; k++) if (k !== a && p[k] > p[b]) b = k;
    p1[i] = p[a];
    margin[i] = p[a] - p[b];
    correct[i] = a === h.y[i] ? 1 : 0;
    nCorrect += correct[i];
    inRange[i] = h.ood[i] <= ood_max ? 1 : 0;
  }
  let best: ThresholdReport | null = null;
  let bestScore: [number, number] = [-1, -1];
  for (let pi = 0; snap(r.minP1 + pi * 0.01) <= 1; pi++) {
    const tp = snap(r.minP1 + pi * 0.01);
    for (let mi = 0; snap(r.minMargin + mi * 0.02) <= 1; mi++) {
      const tm = snap(r.minMargin + mi * 0.02);
      const t = { p1_min: tp, margin_min: tm, ood_max };
      let acc = 0;
      let ok = 0;
      for (let i = 0; i < h.n; i++) {
        if (inRange[i] && abstainRule(p1[i], margin[i], h.ood[i], t) === null) {
          acc++;
          ok += correct[i];
        }
      }
      const precision = acc > 0 ? ok / acc : 0;
      const coverage = acc / h.n;
      const met = precision >= r.targetPrecision;
      // Score: target met first, then coverage; if unmet, precision then coverage. Strict > keeps lower thresholds on ties.
      const score: [number, number] = met ? [2, coverage] : [precision, coverage];
      if (best === null || score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
        best = { thresholds: t, coverage, precision, accuracy: ok / h.n, targetMet: met };
        bestScore = score;
      }
    }
  }
  return best ?? { thresholds: floors, coverage: 0, precision: 0, accuracy: nCorrect / h.n, targetMet: false };
}
