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
  readonly backend?: 'wordmap' | 'sbert';
  readonly modelDir?: string;
}

/** Where each domain's committed model and training data live, relative to the workspace root. */
const LAYOUT = {
  defi: { model: 'packages/adapters-defi/model/defi-wordmap.json', train: 'datasets/defi/train.jsonl', dev: 'datasets/defi/gen-dev.jsonl' },
  arc: { model: 'packages/adapters-arc/model/arc-wordmap.json', train: 'datasets/arc/train.jsonl', dev: 'datasets/arc/gen-dev.jsonl' },
} as const;

/**
 * `micro-lm train --domain D`: retrain the domain's model deterministically (fixed seed, fixed order) and
 * write the artifact; by default over the committed model, which this reproduces byte for byte. With
 * `--backend sbert` (DeFi) the mapper is trained on the embeddings of the local model in `--model-dir` (or
 * MICRO_LM_MODEL_DIR) and written next to it, where the sbert DeFi domain looks for it.
 */
export async function trainCommand(opts: TrainOptions): Promise<number> {
  const layout = LAYOUT[opts.domain];
  const root = workspaceRoot() ?? process.cwd();
  const fromRoot = (p: string | undefined, fallback: string): string => (p !== undefined ? resolve(p) : join(root, fallback));
  const trainPath = fromRoot(opts.train, layout.train);
  const devPath = fromRoot(opts.dev, layout.dev);
  const sbert = opts.backend === 'sbert';
  if (sbert && opts.domain !== 'defi') throw new UsageError('--backend sbert: only the defi domain has an sbert mapper');
  if (!sbert && opts.modelDir !== undefined) throw new UsageError('--model-dir needs --backend sbert');
  for (const [flag, p] of [['--train', trainPath], ['--dev', devPath]] as const)
    if (!existsSync(p)) throw new UsageError(`${flag}: no such file ${p}`);
  const runner = await import('@micro-lm/runner');
  const seed = opts.seed !== undefined ? { seed: opts.seed } : {};
  const rel = (p: string): string => relative(process.cwd(), p);
  let artifact: string;
  let outPath: string;
  // The DeFi parser null belongs with the committed model: written beside it when the default model is retrained.
  let extra: { path: string; text: string } | null = null;
  if (sbert) {
    const enc = (await runner.encodersPackage()).createSbertEncoder(opts.modelDir !== undefined ? { modelDir: resolve(opts.modelDir) } : {});
    if (enc._tag === 'Left') throw new UsageError(enc.left.message);
    const defi = await runner.defiPackage();
    outPath = opts.out !== undefined ? resolve(opts.out) : defi.sbertMapperPath(enc.right.modelDir);
    note(`train: defi (sbert, ${rel(enc.right.modelDir)}) from ${rel(trainPath)} (dev ${rel(devPath)})`);
    artifact = await guarded(() => defi.trainDefiModelAsync({ trainPath, devPath, ...seed, encoder: enc.right }));
  } else {
    outPath = fromRoot(opts.out, layout.model);
    note(`train: ${opts.domain} from ${rel(trainPath)} (dev ${rel(devPath)}), seed ${opts.seed ?? 'default'}`);
    if (opts.domain === 'defi') {
      const defi = await runner.defiPackage();
      artifact = await guarded(() => defi.trainDefiModel({ trainPath, devPath, ...seed }));
      if (opts.out === undefined) {
        const text = await guarded(() => `${JSON.stringify(defi.trainDefiNull(trainPath))}\n`);
        extra = { path: defi.DEFAULT_NULL_PATH, text };
      }
    } else artifact = await guarded(async () => (await runner.arcPackage()).trainArcModel({ trainPath, devPath, ...seed }));
  }
  try {
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, artifact);
  } catch (err) {
    throw new UsageError(`--out: cannot write ${outPath} (${oneLine(err)})`);
  }
  note(`train: wrote ${rel(outPath)} (${artifact.length} bytes)`);
  if (extra !== null) {
    writeFileSync(extra.path, extra.text);
    note(`train: wrote ${rel(extra.path)} (parser null)`);
  }
  return 0;
}

async function guarded(f: () => Promise<string> | string): Promise<string> {
  try {
    return await f();
  } catch (err) {
    throw new Error(`train: ${oneLine(err)}`);
  }
}
