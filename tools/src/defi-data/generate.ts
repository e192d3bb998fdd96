import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { dedupeKey, DEV_COUNTS, generateSplit, SEEDS, stats, toJsonl, TRAIN_COUNTS, type GeneratedSplit, type Stats } from './dataset';

/** The two committed files: train (seed 1) and the generated held-out gen-dev (seed 2, held-out templates). */
export function buildFiles(): { train: GeneratedSplit; dev: GeneratedSplit } {
  const train = generateSplit({ seed: SEEDS.train, split: 'train', counts: TRAIN_COUNTS, prefix: 'train' });
  const exclude = new Set(train.rows.map((e) => dedupeKey(e.text)));
  const dev = generateSplit({ seed: SEEDS.dev, split: 'dev', counts: DEV_COUNTS, prefix: 'gdev', exclude });
  return { train, dev };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function table(name: string, s: Stats, heldOutRows: number, bytes: number, hash: string): string {
  const lines = [`${name}: ${s.total} rows, ${bytes} bytes, sha256 ${hash}`, `  rows using held-out templates/words: ${heldOutRows}`];
  lines.push(`  by label:    ${Object.entries(s.byLabel).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  lines.push(`  by kind:     ${Object.entries(s.byKind).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  lines.push(`  by neg_kind: ${Object.entries(s.byNegKind).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  lines.push(`  plan length: ${Object.entries(s.byPlanLength).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  lines.push(`  step args:   ${Object.entries(s.byAmountKind).map(([k, v]) => `${k}=${v}`).join(' ')} protocol=${s.withProtocol} chain=${s.withChain}`);
  return lines.join('\n');
}

/** `pnpm gen:defi [--out DIR] [--check]`: writes (or, with --check, verifies) train.jsonl and gen-dev.jsonl. */
export function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const outIdx = argv.indexOf('--out');
  const outDir = path.resolve(outIdx >= 0 && argv[outIdx + 1] ? argv[outIdx + 1] : path.join(__dirname, '../../../datasets/defi'));
  const { train, dev } = buildFiles();
  let stale = 0;
  for (const [file, split] of [['train.jsonl', train], ['gen-dev.jsonl', dev]] as const) {
    const text = toJsonl(split.rows);
    const target = path.join(outDir, file);
    if (check) {
      let current = '';
      try {
        current = readFileSync(target, 'utf8');
      } catch {
        current = '';
      }
      if (current !== text) {
        stale++;
        console.error(`${target} is not what the generator writes (run pnpm gen:defi)`);
      }
    } else {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(target, text);
    }
    console.log(table(path.relative(process.cwd(), target), stats(split.rows), split.heldOutRows, Buffer.byteLength(text), sha256(text)));
  }
  return stale === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
