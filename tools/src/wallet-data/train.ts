import { createWordmap } from '@micro-lm/encoders';
import { serializeArtifact, trainMapper, type Example } from '@micro-lm/mapper';
import { DEFAULT_MODEL_PATH } from '@micro-lm/adapters-wallet';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Training options of the committed model (seeded; same data → same bytes). */
export const TRAIN_OPTIONS = { seed: 1, negativeLabels: ['non_exec'], classWeight: 'balanced' } as const;

/** Parse training JSON lines `{id, text, label}`. */
export function readExamples(jsonl: string): Example[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => {
    const o = JSON.parse(l) as { text: unknown; label: unknown };
    if (typeof o.text !== 'string' || typeof o.label !== 'string') throw new Error(`bad training row: ${l}`);
    return { text: o.text, label: o.label };
  });
}

/** Train on the file and return the canonical artifact JSON. */
export function trainFrom(file: string): string {
  return serializeArtifact(trainMapper(readExamples(readFileSync(file, 'utf8')), createWordmap(), TRAIN_OPTIONS));
}

/** `npx tsx tools/src/wallet-data/train.ts [--data FILE] [--out FILE]`. */
export function main(argv: readonly string[]): number {
  const arg = (k: string, d: string) => (argv.indexOf(k) >= 0 && argv[argv.indexOf(k) + 1] ? path.resolve(argv[argv.indexOf(k) + 1]) : d);
  const data = arg('--data', path.join(__dirname, '../../../datasets/wallet/train.jsonl'));
  // The adapter's default path resolves next to src/ (tsx runs the sources), i.e. packages/adapters-wallet/model/.
  const out = arg('--out', DEFAULT_MODEL_PATH);
  const json = trainFrom(data);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, json);
  process.stdout.write(`wrote ${out} (sha256 ${JSON.parse(json).sha256})\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
