import type { PrimitiveRule } from '../primitives';
import type { DefiContext } from '../schema/context';
import type { ParsedStep } from '../schema/plan';
import type { DefiPolicy } from '../schema/policy';
import type { SimState } from '../state';
import type { Trail } from '../trail';
import type { BlockReason } from '../types';

/** Everything one step's checks read. */
export interface StepEnv {
  readonly i: number;
  readonly step: ParsedStep;
  readonly rule: PrimitiveRule;
  readonly state: SimState;
  readonly ctx: DefiContext;
  readonly policy: DefiPolicy;
  readonly trail: Trail;
}

/** A stage either blocks with a reason or hands a value to the next stage. */
export type Stage<T> = { readonly block: BlockReason } | { readonly block: null; readonly value: T };
/** Hands a value to the next stage. */
export const pass = <T>(value: T): Stage<T> => ({ block: null, value });
/** Blocks the step with a reason. */
export const stop = (block: BlockReason): { block: BlockReason } => ({ block });
