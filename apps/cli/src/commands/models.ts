import { resolve } from 'node:path';
import { UsageError } from '../errors';
import { note, out } from '../io';

/** Options of `micro-lm models fetch`. */
export interface FetchCommandOptions {
  readonly modelDir: string;
  readonly model?: string;
  readonly revision?: string;
  readonly dtype?: string;
  readonly host?: string;
  readonly json?: boolean;
}

/**
 * `micro-lm models fetch --model-dir DIR`: download the sentence-embedding model for `--backend sbert` (the
 * only command that uses the network), each weight file checked against the sha256 the hub publishes.
 */
export async function modelsFetchCommand(opts: FetchCommandOptions): Promise<number> {
  const dtypes = (opts.dtype ?? 'q8').split(',').map((d) => d.trim());
  for (const d of dtypes) if (d !== 'q8' && d !== 'fp32') throw new UsageError(`--dtype: ${d} is not q8 or fp32`);
  const host = opts.host === undefined ? undefined : opts.host.endsWith('/') ? opts.host : opts.host + '/';
  const { encodersPackage } = await import('@micro-lm/runner');
  const r = await (await encodersPackage()).fetchModel({
    dir: resolve(opts.modelDir),
    dtypes: dtypes as ('q8' | 'fp32')[],
    ...(opts.model !== undefined ? { model: opts.model } : {}),
    ...(opts.revision !== undefined ? { revision: opts.revision } : {}),
    ...(host !== undefined ? { host } : {}),
    log: (line) => note(line),
  });
  if (r._tag === 'Left') throw new Error(`models fetch: ${r.left.message}`);
  const m = r.right;
  if (opts.json === true) out(JSON.stringify(m));
  else {
    out(`model     ${m.model} @ ${m.revision}  →  ${resolve(opts.modelDir)}`);
    for (const f of m.files) out(`          ${f.path}  ${f.bytes} bytes  sha256 ${f.sha256.slice(0, 16)}…${f.verified ? '  (matches the hub)' : ''}`);
  }
  return 0;
}
