/**
 * Encoder latency bench: per-call p50/p95 (µs) of the wordmap encoder and of the sbert encoder (real transformers.js
 * pipeline) for batch 1 and batch 32, warm, in-process, over 4,096 distinct prompts (see variedPrompts).
 * Writes bench-results/encoders.json and prints a table. Run: `pnpm bench:encoders`.
 * sbert runs on the tiny test model by default; for the real MiniLM: `micro-lm models fetch --model-dir ~/models/minilm`
 * (on a machine with network), then `pnpm bench:encoders --model-dir ~/models/minilm` (or MICRO_LM_MODEL_DIR=…).
 * sbert calls bypass the cache (cacheSize 0) so every call is a real forward pass.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createSbertEncoder, createWordmap, tokenize, withCache } from '../src';
import { variedPrompts } from './prompts';

/** One measured configuration. */
interface Row {
  readonly encoder: string;
  readonly op: string;
  readonly batch: number;
  readonly samples: number;
  readonly p50_us: number;
  readonly p95_us: number;
  readonly per_text_p50_us: number;
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Times `samples` calls of `run(i)` after `warmup` untimed calls. */
function measure(encoder: string, op: string, batch: number, run: (i: number) => unknown, samples: number, warmup = 2000): Row {
  for (let i = 0; i < warmup; i++) run(i);
  const t = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    run(i);
    t[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  t.sort();
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const p50 = percentile(t, 0.5);
  return { encoder, op, batch, samples, p50_us: r2(p50), p95_us: r2(percentile(t, 0.95)), per_text_p50_us: r2(p50 / batch) };
}

/** Like `measure`, for async calls (sbert). */
async function measureAsync(encoder: string, op: string, batch: number, run: (i: number) => Promise<unknown>, samples: number, warmup: number): Promise<Row> {
  for (let i = 0; i < warmup; i++) await run(i);
  const t = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    await run(i);
    t[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  t.sort();
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const p50 = percentile(t, 0.5);
  return { encoder, op, batch, samples, p50_us: r2(p50), p95_us: r2(percentile(t, 0.95)), per_text_p50_us: r2(p50 / batch) };
}

function modelDirArg(): string {
  const i = process.argv.indexOf('--model-dir');
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  return process.env['MICRO_LM_MODEL_DIR'] ?? join(__dirname, '..', 'test-fixtures', 'tiny-sbert');
}

async function main(): Promise<void> {
  const prompts = variedPrompts(4096);
  const n = prompts.length;
  const wordmap = createWordmap();
  const batches = Array.from({ length: 128 }, (_, b) => prompts.slice(b * 32, b * 32 + 32));
  const tokens = prompts.map(tokenize);
  const cached = withCache(wordmap, { capacity: 8192 });
  for (const p of prompts) cached.encodeSparse(p);

  const rows: Row[] = [
    measure('wordmap', 'tokenize', 1, (i) => tokenize(prompts[i % n]), 20000),
    measure('wordmap', 'encodeSparse', 1, (i) => wordmap.encodeSparse(prompts[i % n]), 20000),
    measure('wordmap', 'encodeSparse', 32, (i) => batches[i % 128].map((p) => wordmap.encodeSparse(p)), 1000, 100),
    measure('wordmap', 'encodeTokens (3-token window)', 1, (i) => wordmap.encodeTokens(tokens[i % n], 0, 3), 20000),
    measure('wordmap+cache', 'encodeSparse (hit)', 1, (i) => cached.encodeSparse(prompts[i % n]), 20000),
    measure('wordmap', 'encodeSync (dense 2^18)', 1, (i) => wordmap.encodeSync([prompts[i % n]]), 500, 50),
    measure('wordmap', 'encodeSync (dense 2^18)', 32, (i) => wordmap.encodeSync(batches[i % 128]), 50, 5),
  ];

  const modelDir = modelDirArg();
  const sbert = createSbertEncoder({ modelDir, cacheSize: 0 });
  if (sbert._tag === 'Left') throw new Error(sbert.left.message);
  const sb = sbert.right;
  const sbName = `sbert (${sb.dtype}, ${modelDir.endsWith('tiny-sbert') ? 'tiny test model' : modelDir})`;
  rows.push(await measureAsync(sbName, 'encode', 1, (i) => sb.encode([prompts[i % n]]), 500, 50));
  rows.push(await measureAsync(sbName, 'encode', 32, (i) => sb.encode(batches[i % 128]), 100, 10));

  const result = {
    bench: 'encoders',
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    prompts: n,
    load_average_1m: Math.round(loadavg()[0] * 100) / 100,
    fingerprint: wordmap.fingerprint,
    sbert: { model_dir: modelDir, dtype: sb.dtype, dim: sb.dim, fingerprint: sb.fingerprint },
    rows,
  };
  const dir = join(process.cwd(), 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'encoders.json'), `${JSON.stringify(result, null, 2)}\n`);

  const pad = (s: string | number, w: number) => String(s).padEnd(w);
  console.log(`${pad('encoder', 34)}${pad('op', 32)}${pad('batch', 7)}${pad('p50 µs', 10)}${pad('p95 µs', 10)}per-text p50 µs`);
  for (const r of rows) console.log(`${pad(r.encoder, 34)}${pad(r.op, 32)}${pad(r.batch, 7)}${pad(r.p50_us, 10)}${pad(r.p95_us, 10)}${r.per_text_p50_us}`);
  console.log(`→ ${join('bench-results', 'encoders.json')} (load average ${result.load_average_1m} on ${cpus().length} cores)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
