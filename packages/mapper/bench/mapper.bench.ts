/**
 * Mapper bench: training time on a synthetic 8,000-prompt, 10-label corpus with a 3,000-word vocabulary (sparse
 * wordmap features), a reproducibility check (two runs → same bytes), artifact size, and warm predict latency
 * p50/p95 for text → prediction and sparse vector → prediction. Writes bench-results/mapper.json.
 * Run: `npx tsx packages/mapper/bench/mapper.bench.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createWordmap } from '@micro-lm/encoders';
import * as E from 'fp-ts/Either';
import { type Example, loadMapper, serializeArtifact, trainMapper } from '../src';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** n prompts: 2–4 label cue words (10 per label) among 3–9 words from a shared random vocabulary, plus an amount. */
function corpus(n: number, seed: number): Example[] {
  const r = lcg(seed);
  const word = () => Array.from({ length: 3 + Math.floor(r() * 6) }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join('');
  const shared = Array.from({ length: 3000 }, word);
  const labels = Array.from({ length: 10 }, (_, k) => `label_${k}`);
  const cues = labels.map(() => Array.from({ length: 10 }, word));
  return Array.from({ length: n }, (_, i) => {
    const k = i % labels.length;
    const words = [
      ...Array.from({ length: 2 + Math.floor(r() * 3) }, () => cues[k][Math.floor(r() * 10)]),
      ...Array.from({ length: 3 + Math.floor(r() * 7) }, () => shared[Math.floor(r() * shared.length)]),
      String(Math.floor(r() * 10000) / 100),
    ];
    for (let j = words.length - 1; j > 0; j--) {
      const m = Math.floor(r() * (j + 1));
      [words[j], words[m]] = [words[m], words[j]];
    }
    return { label: labels[k], text: words.join(' ') };
  });
}

function latency(run: (i: number) => unknown, samples: number): { p50_us: number; p95_us: number } {
  for (let i = 0; i < 2000; i++) run(i);
  const t = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    run(i);
    t[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  t.sort();
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return { p50_us: r2(t[Math.floor(0.5 * samples)]), p95_us: r2(t[Math.floor(0.95 * samples)]) };
}

function main(): void {
  const data = corpus(8000, 42);
  const enc = createWordmap();
  const options = { seed: 1 };
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const artifact = trainMapper(data, enc, options);
  const cpu = process.cpuUsage(c0);
  const trainMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const trainCpuMs = (cpu.user + cpu.system) / 1000;
  const again = trainMapper(data, enc, options);
  const text = serializeArtifact(artifact);
  const identical = serializeArtifact(again) === text;

  const mapper = E.getOrElseW((e: { message: string }) => {
    throw new Error(e.message);
  })(loadMapper(text, enc));
  const probe = data.slice(0, 2048).map((e) => e.text);
  const vectors = probe.map((p) => enc.encodeSparse(p));
  const predictText = latency((i) => mapper.predict(probe[i % probe.length]), 20000);
  const predictSparse = latency((i) => mapper.predictSparse(vectors[i % vectors.length]), 20000);

  const result = {
    bench: 'mapper',
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    load_average_1m: Math.round(loadavg()[0] * 100) / 100,
    train: {
      n: data.length,
      labels: artifact.labels.length,
      vocabulary: Buffer.from((artifact.features as { index: string }).index, 'base64').length / 4,
      ms: Math.round(trainMs),
      cpu_ms: Math.round(trainCpuMs),
      iterations: artifact.training.metrics.iterations,
      converged: artifact.training.metrics.converged,
      identical_bytes_two_runs: identical,
      artifact_bytes: Buffer.byteLength(text),
      sha256: artifact.sha256,
    },
    predict_text: predictText,
    predict_sparse: predictSparse,
  };
  const dir = join(process.cwd(), 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mapper.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`train: ${result.train.n} examples, ${result.train.labels} labels, vocabulary ${result.train.vocabulary}`);
  console.log(`       ${result.train.ms} ms wall, ${result.train.cpu_ms} ms CPU, ${result.train.iterations} L-BFGS iterations, two runs identical: ${identical}, artifact ${result.train.artifact_bytes} bytes`);
  console.log(`predict(text)      p50 ${predictText.p50_us} µs  p95 ${predictText.p95_us} µs`);
  console.log(`predictSparse(v)   p50 ${predictSparse.p50_us} µs  p95 ${predictSparse.p95_us} µs`);
  console.log(`→ ${join('bench-results', 'mapper.json')}`);
}

main();
