import { extractClauseArgs } from '../args/extract';
import type { AmountIssue, DefiStep, StepArgs } from '../args/types';
import { tokenizeDefi, type DefiToken } from '../tokenize';
import { orderClauses, splitClauses, type Clause } from './clauses';
import { detectCues, type Cue } from './cues';
import { nonExecMarker, type NonExecMarker } from './markers';

/** Everything the lexical side reads from a prompt, before traces, mapper and verifier. */
export interface PromptAnalysis {
  readonly tokens: readonly DefiToken[];
  readonly cues: readonly Cue[];
  /** Clauses in text order. */
  readonly clauses: readonly Clause[];
  /** Steps in execution order (order words applied), with arguments. */
  readonly steps: readonly DefiStep[];
  readonly nonExec: NonExecMarker | null;
  /** An action outside the primitive set was asked for (bridge, send, mint, …). */
  readonly unsupported: boolean;
  readonly amountIssue: AmountIssue;
}

/** Read a prompt: tokens, action cues, clauses, ordered steps with args, non-exec and unsupported markers. */
export function analyzePrompt(text: string): PromptAnalysis {
  const tokens = tokenizeDefi(text);
  const cues = detectCues(tokens);
  const cueAt = new Uint8Array(tokens.length);
  for (const c of cues) for (let k = 0; k <= c.span; k += 1) cueAt[c.index + k] = 1;
  const isCue = (i: number): boolean => cueAt[i] === 1;
  const clauses = splitClauses(tokens, cues);
  const ordered = orderClauses(clauses);
  let amountIssue: AmountIssue = null;
  const steps: DefiStep[] = [];
  let prev: StepArgs | null = null;
  let prevPrimitive: DefiStep['primitive'] | null = null;
  for (const c of ordered) {
    const ca = extractClauseArgs(tokens, c.start, c.end, c.primitive, isCue);
    if (ca.issue !== null) amountIssue = ca.issue;
    let args = ca.args;
    if (prev !== null && prevPrimitive !== null && args.asset === null && c.primitive !== 'claim_rewards') {
      const carried = prevPrimitive === 'swap_asset' ? prev.to_asset : prev.asset;
      if (carried !== null) {
        // "swap 2 ETH to USDC then deposit it": the later step acts on all of what the earlier one produced.
        const takesAll = args.amount_kind === 'none';
        args = { ...args, asset: carried, amount: takesAll ? null : args.amount, amount_kind: takesAll ? 'all' : args.amount_kind };
      }
    }
    steps.push({ primitive: c.primitive, args });
    prev = args;
    prevPrimitive = c.primitive;
  }
  return {
    tokens,
    cues,
    clauses,
    steps,
    nonExec: nonExecMarker(tokens, cues),
    unsupported: cues.some((c) => c.kind === 'unsupported'),
    amountIssue,
  };
}
