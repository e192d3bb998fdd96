import { heldTickers } from '../state';
import type { BlockReason } from '../types';
import type { StepEnv } from './env';

/** 0. The account books the step reads must be given (an empty book is fine: it holds nothing). */
export function requireBooks(env: StepEnv): BlockReason | null {
  for (const book of env.rule.reads) {
    if (env.state[book] === null) {
      const detail = `${env.step.primitive} needs account.${book}`;
      env.trail.record(env.i, `context:account.${book}`, false, null, null, detail);
      return 'missing_context';
    }
  }
  return null;
}

/** The assets the step touches: its asset (and to_asset), or for a claim without asset every held reward. */
export function touchedAssets(env: StepEnv): string[] {
  const { step, state } = env;
  if (step.asset === null) return heldTickers(state.rewards);
  return step.to_asset === null ? [step.asset] : [step.asset, step.to_asset];
}
