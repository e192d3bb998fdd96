/**
 * Seeded synthetic ARC-like traces (ngf-spec §4): hard mode (§4.1) with task wells at fixed slots, phantom
 * distractors, common-mode drift and noise; simple mode (§4.2) with raw half-sine lobes.
 * The draw order follows the original; the random stream is ours (xoshiro), so samples differ from numpy's.
 */
import type { Rng } from './rng';
import type { TraceSet } from './types';

/** The three ARC primitives, in channel order. */
export const PRIMS = ['flip_h', 'flip_v', 'rotate'] as const;
/** One of the generator's primitive names. */
export type Prim = (typeof PRIMS)[number];

/** Hard-mode generator settings (the original's defaults). */
export interface HardSampleOptions {
  readonly T: number;
  readonly noise: number;
  readonly cmAmp: number;
  readonly overlap: number;
  readonly ampJitter: number;
  readonly distractorProb: number;
  /** Inclusive range of the number of tasks; [0, 0] draws noise-only samples. */
  readonly tasksK: readonly [number, number];
}

/** The original's hard-mode defaults: T 720, noise 0.02, cm 0.02, overlap 0.5, jitter 0.4, distractors 0.4, 1–3 tasks. */
export const HARD_DEFAULTS: HardSampleOptions = {
  T: 720,
  noise: 0.02,
  cmAmp: 0.02,
  overlap: 0.5,
  ampJitter: 0.4,
  distractorProb: 0.4,
  tasksK: [1, 3],
};

/** One planted well: a task or a distractor, with its true centre and amplitude. */
export interface PlantedWell {
  readonly channel: Prim;
  readonly kind: 'task' | 'distractor';
  readonly center: number;
  readonly amp: number;
}

/** A generated sample: traces, the ordered ground truth, and what was planted (for tests and diagnostics only). */
export interface Sample {
  readonly traces: TraceSet;
  readonly truth: readonly string[];
  readonly planted: readonly PlantedWell[];
}

/**
 * Slot centres, Gaussian width and jitter the hard generator uses for a given T and overlap. The jitter offset is
 * uniform on −J..J−1 with J = ⌊FWHM/5⌋ + 1 (numpy integers(−15, 15) at T = 720; the original's 200 exported
 * samples show offsets −15..14 and never +15).
 */
export function hardGeometry(T: number, overlap: number): { centers: [number, number, number]; fwhm: number; sigma: number; jitter: number } {
  const base = [0.2 * T, 0.5 * T, 0.8 * T];
  const c = base.map((b) => Math.trunc((1 - overlap) * b + overlap * 0.5 * T)) as [number, number, number];
  const fwhm = Math.trunc(Math.max(12, 0.1 * T));
  return { centers: c, fwhm, sigma: fwhm / 2.355, jitter: Math.floor(fwhm / 5) + 1 };
}

/** Common-mode drift cm[t] = cm_amp·(1 + 0.2·sin(2πt / max(30, ⌊T/6⌋))). */
export function commonModeDrift(T: number, cmAmp: number): Float64Array {
  const period = Math.max(30, Math.floor(T / 6));
  const cm = new Float64Array(T);
  for (let t = 0; t < T; t++) cm[t] = cmAmp * (1 + 0.2 * Math.sin((2 * Math.PI * t) / period));
  return cm;
}

/** Draws one hard-mode sample (spec §4.1) from `rng`, advancing it. */
export function makeHardSample(rng: Rng, opts: Partial<HardSampleOptions> = {}): Sample {
  const o: HardSampleOptions = { ...HARD_DEFAULTS, ...opts };
  const T = o.T;
  const { centers, sigma, jitter } = hardGeometry(T, o.overlap);
  const [kMin, kMax] = o.tasksK;
  const k = kMin + rng.int(kMax - kMin + 1);
  // choice without replacement followed by a shuffle = a uniformly random ordered k-subset.
  const pool: Prim[] = [...PRIMS];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const tasks = pool.slice(0, k);
  const ch: Record<Prim, Float64Array> = { flip_h: new Float64Array(T), flip_v: new Float64Array(T), rotate: new Float64Array(T) };
  const planted: PlantedWell[] = [];
  const addWell = (x: Float64Array, c: number, amp: number): void => {
    const inv = 1 / (2 * sigma * sigma);
    for (let t = 0; t < T; t++) x[t] += amp * Math.exp(-(t - c) * (t - c) * inv);
  };
  tasks.forEach((p, i) => {
    const amp = Math.max(0.25, 1 + rng.normal(0, o.ampJitter));
    const jit = -jitter + rng.int(2 * jitter);
    const c = Math.min(T - 1, Math.max(0, centers[i % 3] + jit));
    addWell(ch[p], c, amp);
    planted.push({ channel: p, kind: 'task', center: c, amp });
  });
  for (const p of PRIMS) {
    if (tasks.includes(p)) continue;
    if (rng.next() < o.distractorProb) {
      const c = Math.trunc(rng.uniform(0.15 * T, 0.85 * T));
      const amp = 0.9 * Math.max(0.25, 1 + rng.normal(0, o.ampJitter));
      addWell(ch[p], c, amp);
      planted.push({ channel: p, kind: 'distractor', center: c, amp });
    }
  }
  const cm = commonModeDrift(T, o.cmAmp);
  for (const p of PRIMS) {
    const x = ch[p];
    for (let t = 0; t < T; t++) {
      const v = Math.max(0, x[t] + cm[t]) + rng.normal(0, o.noise);
      x[t] = Math.max(0, v);
    }
  }
  return { traces: { names: [...PRIMS], T, data: PRIMS.map((p) => ch[p]) }, truth: tasks, planted };
}

/** Simple-mode settings (spec §4.2). */
export interface SimpleSampleOptions {
  readonly T: number;
  readonly lobeWidth: number;
  readonly noise: number;
}

/**
 * Draws a simple-mode sample: raw half-sine lobes (peak 1) on the channels in `which` at centres
 * {1: ⌊0.40T⌋, 2: ⌊0.70T⌋, 0: ⌊0.55T⌋}, plus N(0, noise²); truth is `which` sorted by centre (the original
 * returned `which` as given, which is wrong for (2, 1)).
 */
export function makeSimpleSample(rng: Rng, which: readonly number[] = [1, 2], opts: Partial<SimpleSampleOptions> = {}): Sample {
  const o: SimpleSampleOptions = { T: 160, lobeWidth: 64, noise: 0.05, ...opts };
  const { T, lobeWidth: w } = o;
  const centre = (c: number): number => (c === 1 ? Math.floor(0.4 * T) : c === 2 ? Math.floor(0.7 * T) : Math.floor(0.55 * T));
  const data = [0, 1, 2].map(() => new Float64Array(T));
  const planted: PlantedWell[] = [];
  for (const c of which) {
    if (c < 0 || c > 2) throw new RangeError(`makeSimpleSample: channel ${c} is not 0, 1 or 2`);
    const start = Math.max(0, centre(c) - Math.floor(w / 2));
    for (let n = 0; n < w && start + n < T; n++) data[c][start + n] += Math.sin((Math.PI * n) / (w - 1));
    planted.push({ channel: PRIMS[c], kind: 'task', center: centre(c), amp: 1 });
  }
  for (const x of data) for (let t = 0; t < T; t++) x[t] += rng.normal(0, o.noise);
  const truth = [...new Set(which)].sort((a, b) => centre(a) - centre(b)).map(String);
  return { traces: { names: ['0', '1', '2'], T, data }, truth, planted };
}
