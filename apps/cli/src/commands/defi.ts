import { jsonArg } from '../io';
import { runAndPrint, type PromptOptions } from './run-one';

/** Options of `micro-lm defi`. */
export interface DefiOptions extends PromptOptions {
  readonly context?: string;
  readonly policy?: string;
}

/** `micro-lm defi "<prompt>"`: plan, verify and print one DeFi instruction. */
export async function defiCommand(prompt: string, opts: DefiOptions): Promise<number> {
  const context = jsonArg('--context', opts.context);
  const policy = jsonArg('--policy', opts.policy);
  return runAndPrint(
    { domain: 'defi', prompt, ...(context !== undefined ? { context } : {}), ...(policy !== undefined ? { policy } : {}) },
    opts,
  );
}
