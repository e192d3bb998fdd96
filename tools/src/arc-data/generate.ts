/**
 * Seeded generator of ARC NL instructions: `pnpm gen:arc` writes datasets/arc/train.jsonl (seed 1) and
 * datasets/arc/gen-dev.jsonl (seed 2, used to tune thresholds). Same seed → same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRng } from '@micro-lm/ngf-core';
import { generateExamples } from './examples';

/** Serialise examples as JSONL with a stable key order. */
export function toJsonl(xs: readonly { id: string; prompt: string; kind: string; label: string; sequence: readonly string[]; neg?: string }[]): string {
  return xs.map((x) => JSON.stringify({ id: x.id, prompt: x.prompt, kind: x.kind, label: x.label, sequence: x.sequence, ...(x.neg ? { neg: x.neg } : {}) })).join('\n') + '\n';
}

function main(): void {
  const root = resolve(__dirname, '../../..');
  const dir = join(root, 'datasets/arc');
  mkdirSync(dir, { recursive: true });
  const train = generateExamples(createRng(1), 4000, 'arc-gen');
  const dev = generateExamples(createRng(2), 1000, 'arc-gdev');
  writeFileSync(join(dir, 'train.jsonl'), toJsonl(train));
  writeFileSync(join(dir, 'gen-dev.jsonl'), toJsonl(dev));
  const count = (xs: typeof train, k: string) => xs.filter((x) => x.kind === k).length;
  console.log(`train: ${train.length} (single ${count(train, 'single')}, multi ${count(train, 'multi')}, negative ${count(train, 'negative')})`);
  console.log(`gen-dev: ${dev.length} (single ${count(dev, 'single')}, multi ${count(dev, 'multi')}, negative ${count(dev, 'negative')})`);
}

if (require.main === module) main();
