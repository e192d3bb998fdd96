import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { dedupeKey, DEV_COUNTS, generateSplit, SEEDS, stats, toJsonl, TRAIN_COUNTS, type GeneratedSplit, type Stats } from './dataset';
import { countsMarkdown, replaceBlock, type FileFacts } from './readme-block';

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

function table(name: string, s: Stats, f: FileFacts): string {
  const line = (title: string, o: Readonly<Record<string, number>>): string => `  ${title.padEnd(12)} ${Object.entries(o).map(([k, v]) => `${k}=${v}`).join(' ')}`;
  return [
    `${name}: ${s.total} rows, ${f.bytes} bytes, sha256 ${f.sha256}`,
    `  rows using held-out templates/words: ${f.split.heldOutRows}`,
    line('by label:', s.byLabel),
    line('by kind:', s.byKind),
    line('by neg_kind:', s.byNegKind),
    line('plan length:', s.byPlanLength),
    `${line('step args:', s.byAmountKind)} protocol=${s.withProtocol} chain=${s.withChain}`,
  ].join('\n');
}

/** Reads a file, or '' when it does not exist. */
function readOr(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * `pnpm gen:defi [--out DIR] [--check]`: writes train.jsonl and gen-dev.jsonl and the counts block of README.md
 * (or, with --check, verifies all three are what the generator writes). Returns the exit code.
 */
export function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const outIdx = argv.indexOf('--out');
  const outDir = path.resolve(outIdx >= 0 && argv[outIdx + 1] ? argv[outIdx + 1] : path.join(__dirname, '../../../datasets/defi'));
  const { train, dev } = buildFiles();
  const outputs: [string, string][] = [];
  const facts: FileFacts[] = [];
  for (const [name, split] of [['train.jsonl', train], ['gen-dev.jsonl', dev]] as const) {
    const text = toJsonl(split.rows);
    const f: FileFacts = { name, split, bytes: Buffer.byteLength(text), sha256: sha256(text) };
    facts.push(f);
    outputs.push([path.join(outDir, name), text]);
    console.log(table(path.relative(process.cwd(), path.join(outDir, name)), stats(split.rows), f));
  }
  const readmePath = path.join(outDir, 'README.md');
  const readme = replaceBlock(readOr(readmePath), countsMarkdown(facts[0], facts[1]));
  if (readme !== null) outputs.push([readmePath, readme]);
  let stale = 0;
  for (const [file, text] of outputs) {
    if (!check) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    } else if (readOr(file) !== text) {
      stale++;
      console.error(`${file} is not what the generator writes (run pnpm gen:defi)`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
