import { jsonArg } from '../io';
import { runAndPrint, type PromptOptions } from './run-one';

/** Options of `micro-lm arc "<prompt>"`. */
export interface ArcOptions extends PromptOptions {
  readonly grid?: string;
}

/** `micro-lm arc "<prompt>"`: detect and order grid primitives, execute them on --grid, print the result. */
export async function arcCommand(prompt: string, opts: ArcOptions): Promise<number> {
  const grid = jsonArg('--grid', opts.grid);
  return runAndPrint({ domain: 'arc', prompt, ...(grid !== undefined ? { grid } : {}) }, opts);
}
