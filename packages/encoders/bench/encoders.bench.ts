/**
 * Encoder latency bench: per-call p50/p95 (µs) of the wordmap encoder for batch 1 and batch 32, warm, in-process,
 * over 4,096 distinct prompts (see variedPrompts).
 * Writes bench-results/encoders.json and prints a table. Run: `pnpm bench:encoders`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createWordmap, tokenize, withCache } from '../src';
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

function main(): void {
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

  const result = {
    bench: 'encoders',
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    prompts: n,
    load_average_1m: Math.round(loadavg()[0] * 100) / 100,
    fingerprint: wordmap.fingerprint,
    rows,
  };
  const dir = join(process.cwd(), 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'encoders.json'), `${JSON.stringify(result, null, 2)}\n`);

  const pad = (s: string | number, w: number) => String(s).padEnd(w);
  console.log(`${pad('encoder', 15)}${pad('op', 32)}${pad('batch', 7)}${pad('p50 µs', 10)}${pad('p95 µs', 10)}per-text p50 µs`);
  for (const r of rows) console.log(`${pad(r.encoder, 15)}${pad(r.op, 32)}${pad(r.batch, 7)}${pad(r.p50_us, 10)}${pad(r.p95_us, 10)}${r.per_text_p50_us}`);
  console.log(`→ ${join('bench-results', 'encoders.json')} (load average ${result.load_average_1m} on ${cpus().length} cores)`);
}

main();
