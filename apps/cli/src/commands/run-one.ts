import { formatResult } from '../format';
import { applyModelDir, out } from '../io';

/** Shared settings of the prompt commands. */
export interface PromptOptions {
  readonly backend?: string;
  readonly modelDir?: string;
  readonly rails?: string;
  readonly traceLength?: number;
  readonly json?: boolean;
}

/** Run one request through the runner and print it (one JSON document with --json, a table otherwise). */
export async function runAndPrint(request: Record<string, unknown>, opts: PromptOptions): Promise<number> {
  applyModelDir(opts);
  const { runMicro } = await import('@micro-lm/runner');
  const result = await runMicro({
    ...request,
    ...(opts.backend !== undefined ? { backend: opts.backend } : {}),
    ...(opts.rails !== undefined ? { rails: opts.rails } : {}),
    ...(opts.traceLength !== undefined ? { T: opts.traceLength } : {}),
  });
  out(opts.json === true ? JSON.stringify(result) : formatResult(result));
  return 0;
}
