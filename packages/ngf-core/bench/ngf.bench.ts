/**
 * `pnpm bench:ngf`: the Stage-10/11 benchmark on the synthetic ARC-like generator (ngf-spec §4–5).
 * Sections: hard (1000 samples, seed 42), clean (1000, distractors off, seed 43), noise_only (500, no wells,
 * seed 44), seed42 (the original's 200 exported samples, with baseline parity). Rows: stock, seed_parity,
 * stage10, stage11, oracle. The Stage-11 prior is fitted on 2000 hard-mode samples drawn with seed 7.
 * Writes bench-results/ngf.json at the repository root and prints a table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  type HardSampleOptions,
  type ParseResult,
  type Sample,
  type SampleScore,
  type Stage11Prior,
  type TraceSet,
  aggregate,
  calibrateNull,
  createRng,
  fitStage11Prior,
  makeHardSample,
  oracleParse,
  parseStage10,
  parseStage11,
  scoreSample,
  seedParityParse,
  stockParse,
  traceSetFrom,
} from '../src/index';

const ROOT = resolve(__dirname, '..', '..', '..');
const SEED42_DIR = process.env.NGF_SEED42_DIR ?? resolve(ROOT, '..', 'shared', 'datasets', 'ngf-seed42');
const N_HARD = Number(process.env.NGF_BENCH_N ?? 1000);
const N_CLEAN = N_HARD;
const N_NOISE = Math.round(N_HARD / 2);
const N_PRIOR = 2000;
const SEEDS = { hard: 42, clean: 43, noise_only: 44, prior: 7, null_calibration: 99 } as const;

type RowName = 'stock' | 'seed_parity' | 'stage10' | 'stage11' | 'oracle';
const ROWS: readonly RowName[] = ['stock', 'seed_parity', 'stage10', 'stage11', 'oracle'];
type Parser = (ts: TraceSet) => ParseResult;

interface LabelledSet {
  readonly truth: readonly string[];
  readonly traces: TraceSet;
}

function round(x: number, d = 4): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

function timed(parse: Parser, samples: readonly LabelledSet[]): { scores: SampleScore[]; results: ParseResult[]; us: number[] } {
  const scores: SampleScore[] = [];
  const results: ParseResult[] = [];
  const us: number[] = [];
  for (const s of samples) {
    const t0 = process.hrtime.bigint();
    const r = parse(s.traces);
    us.push(Number(process.hrtime.bigint() - t0) / 1e3);
    results.push(r);
    scores.push(scoreSample(s.truth, r.order));
  }
  return { scores, results, us };
}

function medianOf(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
}

function metricsRow(scores: readonly SampleScore[], us: readonly number[]): Record<string, number> {
  const a = aggregate(scores);
  return {
    exact: round(a.exact),
    precision: round(a.precision),
    recall: round(a.recall),
    f1: round(a.f1),
    jaccard: round(a.jaccard),
    hallucination: round(a.hallucination),
    omission: round(a.omission),
    empty_rate: round(a.empty),
    us_per_sample: round(us.reduce((p, c) => p + c, 0) / Math.max(1, us.length), 1),
    us_median: round(medianOf(us), 1),
    n: a.n,
  };
}

function byK(samples: readonly LabelledSet[], scores: readonly SampleScore[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [1, 2, 3]) {
    const idx = samples.flatMap((s, i) => (s.truth.length === k ? [i] : []));
    out[`k${k}_exact`] = round(aggregate(idx.map((i) => scores[i])).exact);
    out[`k${k}_n`] = idx.length;
  }
  return out;
}

function draw(n: number, seed: number, opts: Partial<HardSampleOptions>): Sample[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => makeHardSample(rng, opts));
}

function parsers(prior: Stage11Prior, oracleModel: Partial<HardSampleOptions>): Record<RowName, Parser> {
  return {
    stock: (ts) => stockParse(ts),
    seed_parity: (ts) => seedParityParse(ts),
    stage10: (ts) => parseStage10(ts),
    stage11: (ts) => parseStage11(ts, { prior }),
    oracle: (ts) => oracleParse(ts, oracleModel),
  };
}

function runSection(samples: readonly LabelledSet[], ps: Record<RowName, Parser>): { rows: Record<string, Record<string, number>>; byK: Record<string, Record<string, number>>; results: Record<string, ParseResult[]> } {
  const rows: Record<string, Record<string, number>> = {};
  const kk: Record<string, Record<string, number>> = {};
  const results: Record<string, ParseResult[]> = {};
  for (const name of ROWS) {
    const r = timed(ps[name], samples);
    rows[name] = metricsRow(r.scores, r.us);
    kk[name] = byK(samples, r.scores);
    results[name] = r.results;
  }
  return { rows, byK: kk, results };
}

interface Seed42File {
  readonly expected_metrics: Record<string, Record<string, number>>;
  readonly samples: readonly { i: number; truth: string[]; traces: Record<string, number[]>; expected: Record<'geodesic' | 'stock', { keep: string[]; order: string[] }> }[];
}

function loadSeed42(): Seed42File | string {
  const file = resolve(SEED42_DIR, 'samples.json.gz');
  if (!existsSync(file)) return `not found: ${file} (set NGF_SEED42_DIR)`;
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Seed42File;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function main(): void {
  const t0 = Date.now();
  const prior = fitPrior();
  const hard = draw(N_HARD, SEEDS.hard, {});
  const clean = draw(N_CLEAN, SEEDS.clean, { distractorProb: 0 });
  const noise = draw(N_NOISE, SEEDS.noise_only, { tasksK: [0, 0], distractorProb: 0 });

  const out: Record<string, unknown> = {};
  const H = runSection(hard, parsers(prior, {}));
  const C = runSection(clean, parsers(prior, { distractorProb: 0 }));
  // The oracle is not told that noise-only samples are empty: its model allows 0–3 tasks with distractors.
  const N = runSection(noise, parsers(prior, { tasksK: [0, 3] }));
  out.hard = H.rows;
  out.clean = C.rows;
  out.noise_only = Object.fromEntries(ROWS.map((r) => [r, { empty_rate: N.rows[r].empty_rate, hallucination: N.rows[r].hallucination, us_per_sample: N.rows[r].us_per_sample, us_median: N.rows[r].us_median, n: N.rows[r].n }]));
  out.hard_by_k = H.byK;

  // Stage-10 latency on one 3×720 trace set: median over the hard samples, measured separately from the loops above.
  const lat: number[] = [];
  for (const s of hard) {
    const t = process.hrtime.bigint();
    parseStage10(s.traces);
    lat.push(Number(process.hrtime.bigint() - t) / 1e3);
  }

  // Variants (not rows of the table): Stage-10 with a null calibrated offline; Stage-11 without a prior.
  const calib = calibrateNull(draw(300, SEEDS.null_calibration, { tasksK: [0, 0], distractorProb: 0 }).map((s) => s.traces));
  const vP: Record<string, Parser> = {
    stage10_precomputed_null: (ts) => parseStage10(ts, {}, calib),
    stage11_no_prior: (ts) => parseStage11(ts),
    stage11_no_guard: (ts) => parseStage11(ts, { prior, guardRuns: 0 }),
  };
  const variants: Record<string, Record<string, Record<string, number>>> = {};
  for (const [name, p] of Object.entries(vP)) {
    const h = timed(p, hard);
    const c = timed(p, clean);
    const n = timed(p, noise);
    variants[name] = { hard: metricsRow(h.scores, h.us), clean: metricsRow(c.scores, c.us), noise_only: { empty_rate: metricsRow(n.scores, n.us).empty_rate, us_per_sample: metricsRow(n.scores, n.us).us_per_sample } };
  }
  out.variants = variants;

  const s42 = loadSeed42();
  if (typeof s42 === 'string') {
    out.seed42 = { available: false, reason: s42 };
  } else {
    const samples = s42.samples.map((s) => ({ truth: s.truth, traces: traceSetFrom(s.traces) }));
    const S = runSection(samples, parsers(prior, {}));
    const parity = (row: RowName, key: 'geodesic' | 'stock'): number => round(s42.samples.filter((s, i) => same(S.results[row][i].keep, s.expected[key].keep) && same(S.results[row][i].order, s.expected[key].order)).length / s42.samples.length);
    out.seed42 = {
      available: true,
      n: samples.length,
      ...S.rows,
      parity: { seed_parity_vs_geodesic: parity('seed_parity', 'geodesic'), stock_vs_stock: parity('stock', 'stock') },
      original: s42.expected_metrics,
    };
  }

  out.config = {
    seeds: SEEDS,
    n: { hard: N_HARD, clean: N_CLEAN, noise_only: N_NOISE, prior_training: N_PRIOR },
    generator: 'ngf-spec §4.1 hard mode, T 720, noise 0.02, cm 0.02, overlap 0.5, amp jitter 0.4, distractors 0.4 (clean: 0), 1–3 tasks (noise_only: 0)',
    prior: { provenance: prior.provenance, bandwidth: prior.bandwidth, phantom_rate: round(prior.phantomRate) },
    stage10_median_us_3x720: round(medianOf(lat), 1),
    node: process.version,
  };
  const dir = resolve(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'ngf.json'), JSON.stringify(out, null, 2) + '\n');
  printTable(out, (Date.now() - t0) / 1000);
}

function fitPrior(): Stage11Prior {
  return fitStage11Prior(draw(N_PRIOR, SEEDS.prior, {}), { provenance: `${N_PRIOR} hard-mode samples, seed ${SEEDS.prior}` });
}

function printTable(out: Record<string, unknown>, seconds: number): void {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const num = (x: number | undefined, d = 3): string => (x === undefined ? '-' : x.toFixed(d)).padStart(8);
  for (const section of ['hard', 'clean', 'seed42'] as const) {
    const rows = out[section] as Record<string, Record<string, number>> | undefined;
    if (!rows || (section === 'seed42' && !(rows as unknown as { available: boolean }).available)) continue;
    console.log(`\n${section}${section === 'seed42' ? ' (the original\'s 200 samples)' : ''}`);
    console.log(`${pad('row', 13)}   exact    prec  recall      F1   hallu    omit   µs/sample  µs median`);
    for (const r of ROWS) {
      const m = rows[r];
      console.log(`${pad(r, 13)}${num(m.exact)}${num(m.precision)}${num(m.recall)}${num(m.f1)}${num(m.hallucination)}${num(m.omission)}${num(m.us_per_sample, 0).padStart(12)}${num(m.us_median, 0).padStart(11)}`);
    }
  }
  const n = out.noise_only as Record<string, Record<string, number>>;
  console.log('\nnoise_only');
  console.log(`${pad('row', 13)}  empty   µs/sample`);
  for (const r of ROWS) console.log(`${pad(r, 13)}${num(n[r].empty_rate)}${num(n[r].us_per_sample, 0).padStart(12)}`);
  const s42 = out.seed42 as { available: boolean; parity?: Record<string, number>; reason?: string };
  console.log(s42.available ? `\nseed42 parity: ${JSON.stringify(s42.parity)}` : `\nseed42: ${s42.reason}`);
  const cfg = out.config as { stage10_median_us_3x720: number };
  console.log(`Stage-10 median µs (3×720): ${cfg.stage10_median_us_3x720}`);
  console.log(`wrote bench-results/ngf.json in ${seconds.toFixed(1)} s`);
}

main();
