import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { oneLine, UsageError } from '../errors';
import { note, workspaceRoot } from '../io';

/** Options of `micro-lm train`. */
export interface TrainOptions {
  readonly domain: 'defi' | 'arc';
  readonly out?: string;
  readonly train?: string;
  readonly dev?: string;
  readonly seed?: number;
}

/** Where each domain's committed model and training data live, relative to the workspace root. */
const LAYOUT = {
  defi: { fn: 'trainDefiModel', model: 'packages/adapters-defi/model/defi-wordmap.json', train: 'datasets/defi/train.jsonl', dev: 'datasets/defi/gen-dev.jsonl' },
  arc: { fn: 'trainArcModel', model: 'packages/adapters-arc/model/arc-wordmap.json', train: 'datasets/arc/train.jsonl', dev: 'datasets/arc/gen-dev.jsonl' },
} as const;

type Trainer = (opts: { trainPath: string; devPath: string; seed?: number }) => string | Promise<string>;

/**
 * `micro-lm train --domain D`: retrain the domain's model deterministically (fixed seed, fixed order) and
 * write the artifact; by default over the committed model, which this reproduces byte for byte.
 */
export async function trainCommand(opts: TrainOptions): Promise<number> {
  const layout = LAYOUT[opts.domain];
  const root = workspaceRoot() ?? process.cwd();
  const fromRoot = (p: string | undefined, fallback: string): string => (p !== undefined ? resolve(p) : join(root, fallback));
  const trainPath = fromRoot(opts.train, layout.train);
  const devPath = fromRoot(opts.dev, layout.dev);
  const outPath = fromRoot(opts.out, layout.model);
  for (const [flag, p] of [['--train', trainPath], ['--dev', devPath]] as const)
    if (!existsSync(p)) throw new UsageError(`${flag}: no such file ${p}`);
  const runner = await import('@micro-lm/runner');
  const pkg = (await (opts.domain === 'defi' ? runner.defiPackage() : runner.arcPackage())) as unknown as Record<string, unknown>;
  const train = pkg[layout.fn];
  if (typeof train !== 'function') throw new Error(`the ${opts.domain} adapter has no ${layout.fn}()`);
  note(`train: ${opts.domain} from ${relative(process.cwd(), trainPath)} (dev ${relative(process.cwd(), devPath)}), seed ${opts.seed ?? 'default'}`);
  let artifact: string;
  try {
    artifact = await (train as Trainer)({ trainPath, devPath, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) });
  } catch (err) {
    throw new Error(`train: ${oneLine(err)}`);
  }
  try {
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, artifact);
  } catch (err) {
    throw new UsageError(`--out: cannot write ${outPath} (${oneLine(err)})`);
  }
  note(`train: wrote ${relative(process.cwd(), outPath)} (${artifact.length} bytes)`);
  return 0;
}
