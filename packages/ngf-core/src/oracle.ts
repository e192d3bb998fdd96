/**
 * A likelihood-ratio oracle for the hard-mode generator: it knows the model (well shape and width, slot centres
 * and jitter, amplitude law, distractor law, common-mode drift, noise level) and returns the MAP ordered task
 * list. It is the benchmark's ceiling, not a product parser: real traces come with no such model.
 */
import { HARD_DEFAULTS, type HardSampleOptions, commonModeDrift, hardGeometry } from './generator';
import { median } from './numeric';
import { assertTraceSet } from './trace-set';
import type { ChannelReport, ParseResult, TraceSet } from './types';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

function logNormalPdf(x: number, m: number, s: number): number {
  const z = (x - m) / s;
  return -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
}

function logSumExp(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** log density of a task amplitude a = max(0.25, 1 + N(0, j²)); the floor's point mass is blurred by 0.02. */
function logAmpTask(a: number, jitter: number): number {
  const floorMass = 0.5 * erfc((1 - 0.25) / (jitter * Math.SQRT2));
  const cont = a > 0.25 ? Math.exp(logNormalPdf(a, 1, jitter)) : 0;
  return Math.log(cont + floorMass * Math.exp(logNormalPdf(a, 0.25, 0.02)) + 1e-300);
}

/** Complementary error function (Numerical Recipes erfcc, |error| < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** Per-channel log marginal likelihoods (relative to "no well") of each hypothesis the generator allows. */
interface ChannelEvidence {
  readonly slot: readonly number[];
  readonly distractor: number;
  readonly peak: number;
  readonly llrMax: number;
}

function channelEvidence(y: Float64Array, o: HardSampleOptions): ChannelEvidence {
  const T = y.length;
  const { centers, sigma, jitter } = hardGeometry(T, o.overlap);
  const half = Math.ceil(4 * sigma);
  const g = new Float64Array(2 * half + 1);
  for (let i = -half; i <= half; i++) g[i + half] = Math.exp(-(i * i) / (2 * sigma * sigma));
  const s2 = o.noise * o.noise;
  const llr = new Float64Array(T);
  const amp = new Float64Array(T);
  const lapl = new Float64Array(T);
  let peak = 0;
  for (let c = 0; c < T; c++) {
    let num = 0;
    let den = 0;
    const lo = Math.max(0, c - half);
    const hi = Math.min(T - 1, c + half);
    for (let t = lo; t <= hi; t++) {
      const gv = g[t - c + half];
      num += y[t] * gv;
      den += gv * gv;
    }
    amp[c] = num / den;
    llr[c] = (num * num) / (2 * s2 * den);
    // Laplace factor of integrating the amplitude out: √(2π)·σ_â.
    lapl[c] = Math.log(Math.sqrt(s2 / den)) + LOG_SQRT_2PI;
    // Report the best-fitting positive well (a negative amplitude is no well at all).
    if (amp[c] > 0 && (amp[peak] <= 0 || llr[c] > llr[peak])) peak = c;
  }
  const term = (c: number, logAmp: number): number => (amp[c] > 0 ? llr[c] + lapl[c] + logAmp : -Infinity);
  const slot = centers.map((ctr) => {
    const terms: number[] = [];
    const n = 2 * jitter;
    for (let c = Math.max(0, ctr - jitter); c <= Math.min(T - 1, ctr + jitter - 1); c++) terms.push(term(c, logAmpTask(amp[c], o.ampJitter)) - Math.log(n));
    return logSumExp(terms);
  });
  const dLo = Math.trunc(0.15 * T);
  const dHi = Math.trunc(0.85 * T);
  const dTerms: number[] = [];
  for (let c = dLo; c < dHi; c++) dTerms.push(term(c, logAmpTask(amp[c] / 0.9, o.ampJitter) - Math.log(0.9)) - Math.log(dHi - dLo));
  return { slot, distractor: logSumExp(dTerms), peak, llrMax: llr[peak] };
}

/** All ordered k-subsets of 0..K−1. */
function orderedSubsets(K: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const rest of orderedSubsets(K, k - 1)) for (let i = 0; i < K; i++) if (!rest.includes(i)) out.push([...rest, i]);
  return out;
}

/** MAP ordered task list under the hard-mode generator `model` (defaults: the original's settings). */
export function oracleParse(traces: TraceSet, model: Partial<HardSampleOptions> = {}): ParseResult {
  assertTraceSet(traces);
  const o: HardSampleOptions = { ...HARD_DEFAULTS, ...model, T: traces.T };
  const K = traces.data.length;
  const cm = commonModeDrift(traces.T, o.cmAmp);
  const ev = traces.data.map((x) => {
    const y = new Float64Array(x.length);
    for (let t = 0; t < x.length; t++) y[t] = x[t] - cm[t];
    const base = median(y);
    for (let t = 0; t < y.length; t++) y[t] -= base;
    return channelEvidence(y, o);
  });
  const pD = o.distractorProb;
  // A non-task channel: no well (log-ratio 0) or a distractor; the answer does not depend on which.
  const nonTask = ev.map((e) => logSumExp([Math.log(1 - pD + 1e-300), Math.log(pD + 1e-300) + e.distractor]));
  let best: number[] = [];
  let bestLp = -Infinity;
  const [kMin, kMax] = o.tasksK;
  for (let k = kMin; k <= Math.min(kMax, K); k++) {
    for (const tasks of orderedSubsets(K, k)) {
      let lp = -Math.log(kMax - kMin + 1) - Math.log(orderedSubsets(K, k).length);
      for (let ch = 0; ch < K; ch++) {
        const i = tasks.indexOf(ch);
        lp += i >= 0 ? ev[ch].slot[i % 3] : nonTask[ch];
      }
      if (lp > bestLp) {
        bestLp = lp;
        best = tasks;
      }
    }
  }
  const perChannel: Record<string, ChannelReport> = {};
  traces.names.forEach((n, k) => {
    const kept = best.includes(k);
    perChannel[n] = { peak: ev[k].peak, score: ev[k].llrMax, z: Math.sqrt(2 * ev[k].llrMax), passedAbs: kept, passedRel: kept };
  });
  const keep = traces.names.filter((_, k) => best.includes(k));
  return { keep, order: best.map((k) => traces.names[k]), perChannel };
}
