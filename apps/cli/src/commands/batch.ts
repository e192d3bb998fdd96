import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { oneLine, UsageError } from '../errors';
import { applyModelDir, note, readText } from '../io';
import { createProgress } from '../progress';

/** Options of `micro-lm batch`. */
export interface BatchCommandOptions {
  readonly domain: string;
  readonly out?: string;
  readonly backend?: 'wordmap' | 'sbert';
  readonly modelDir?: string;
  readonly rails?: 'stage10' | 'stage11';
  readonly traceLength?: number;
}

/** `micro-lm batch --domain D in.jsonl [--out out.jsonl]`: one result line per input line, in order. */
export async function batchCommand(path: string, opts: BatchCommandOptions): Promise<number> {
  applyModelDir(opts);
  const { runBatch, listDomains } = await import('@micro-lm/runner');
  // Any domain the runner knows (built-in or generated), checked before reading a single line.
  if (!listDomains().includes(opts.domain)) throw new UsageError(`--domain: unknown domain ${JSON.stringify(opts.domain)} (known: ${listDomains().join(', ')})`);
  const text = readText(path, 'batch');
  const progress = createProgress('batch');
  const lines = await runBatch(text, {
    domain: opts.domain,
    ...(opts.backend !== undefined ? { backend: opts.backend } : {}),
    ...(opts.rails !== undefined ? { rails: opts.rails } : {}),
    ...(opts.traceLength !== undefined ? { T: opts.traceLength } : {}),
    onProgress: (d, t) => progress.update(d, t),
  });
  progress.stop();
  const jsonl = lines.map((l) => JSON.stringify(l) + '\n').join('');
  const counts: Record<string, number> = {};
  for (const l of lines) {
    const kind = l.reason === 'abstain_invalid_input' || l.reason === 'internal_error' ? l.reason : l.decision;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  if (opts.out !== undefined) {
    try {
      writeFileSync(resolve(opts.out), jsonl);
    } catch (err) {
      throw new UsageError(`--out: cannot write ${opts.out} (${oneLine(err)})`);
    }
  } else if (jsonl.length > 0) process.stdout.write(jsonl);
  const summary = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ');
  note(`batch: ${lines.length} result${lines.length === 1 ? '' : 's'}${opts.out !== undefined ? ` written to ${opts.out}` : ''}${summary ? ` (${summary})` : ''}`);
  const failed = counts.internal_error ?? 0;
  if (failed > 0) {
    note(`micro-lm: batch: ${failed} line(s) failed with an internal error`);
    return 1;
  }
  return 0;
}
