import { WALLET_PRIMITIVES } from '@micro-lm/adapters-wallet';
import { createRng, type Rng } from '@micro-lm/ngf-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AMOUNTS, ASSETS, CHAINS, NEGATIVES, PATTERNS, RECIPIENTS, USD } from './templates';

/** One training row. */
export interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: string;
}

/** Seed and size of the committed training set. */
export const TRAIN_SEED = 1;
export const PER_LABEL = 300;

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)];
}

/** Fill a pattern's slots from the seeded stream (slot order fixed: the same seed gives the same text). */
export function fill(rng: Rng, pattern: string): string {
  return pattern
    .replace('{amt}', () => pick(rng, AMOUNTS))
    .replace('{asset}', () => pick(rng, ASSETS))
    .replace('{to}', () => pick(rng, RECIPIENTS))
    .replace('{chain}', () => pick(rng, CHAINS))
    .replace('{usd}', () => pick(rng, USD));
}

/** Draw up to `perLabel` distinct rows per primitive (plus every negative), deterministically from `seed`. */
export function buildRows(seed: number, perLabel: number): Row[] {
  const rng = createRng(seed);
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const p of WALLET_PRIMITIVES) {
    let made = 0;
    for (let tries = 0; made < perLabel && tries < perLabel * 20; tries++) {
      const text = fill(rng, pick(rng, PATTERNS[p]));
      if (seen.has(text)) continue;
      seen.add(text);
      rows.push({ id: `train-${rows.length + 1}`, text, label: p });
      made++;
    }
  }
  for (const text of NEGATIVES) if (!seen.has(text)) rows.push({ id: `train-${rows.length + 1}`, text, label: 'non_exec' });
  return rows;
}

/** Rows as JSON lines (stable key order, trailing newline). */
export function toJsonl(rows: readonly Row[]): string {
  return rows.map((r) => JSON.stringify({ id: r.id, text: r.text, label: r.label })).join('\n') + '\n';
}

/** `npx tsx tools/src/wallet-data/generate.ts [--out DIR] [--check]`; returns the exit code. */
export function main(argv: readonly string[]): number {
  const outIdx = argv.indexOf('--out');
  const dir = path.resolve(outIdx >= 0 && argv[outIdx + 1] ? argv[outIdx + 1] : path.join(__dirname, '../../../datasets/wallet'));
  const file = path.join(dir, 'train.jsonl');
  const text = toJsonl(buildRows(TRAIN_SEED, PER_LABEL));
  if (argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    process.stdout.write(same ? `${file} is up to date\n` : `${file} differs from the generator\n`);
    return same ? 0 : 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file} (${text.split('\n').length - 1} rows)\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
