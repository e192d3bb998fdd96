import { extractClauseArgs } from '../args/extract';
import type { AmountIssue, DefiStep, StepArgs } from '../args/types';
import { tokenizeDefi, type DefiToken } from '../tokenize';
import { orderClauses, splitClauses, type Clause } from './clauses';
import { CLAUSE_BREAKS, detectCues, type Cue } from './cues';
import { negations, nonExecOtherThanNegation, type NonExecMarker } from './markers';
import { isRewardWord } from './window';

/** Everything the lexical side reads from a prompt, before traces, mapper and verifier. */
export interface PromptAnalysis {
  readonly tokens: readonly DefiToken[];
  /** Action cues that stand (negated ones dropped when an alternative follows: "don't swap, instead stake"). */
  readonly cues: readonly Cue[];
  /** Clauses in text order. */
  readonly clauses: readonly Clause[];
  /** Steps in execution order (order words applied), with arguments. */
  readonly steps: readonly DefiStep[];
  readonly nonExec: NonExecMarker | null;
  /** An action outside the primitive set was asked for (bridge, send, mint, …). */
  readonly unsupported: boolean;
  readonly amountIssue: AmountIssue;
  /** No step names an asset, an amount or a venue ("swap swap swap"): nothing to execute. */
  readonly empty: boolean;
  /** A step lacks what it needs (an asset; a swap also its target), so the request cannot be typed. */
  readonly incomplete: boolean;
  /** The prompt names no known token or venue at all (other domains: "withdraw $500 from the atm"). */
  readonly domainless: boolean;
  /** Sequence words ("then", "followed by", "after you …") but a single step was read: a step was probably missed. */
  readonly missedStep: boolean;
}

/** Steps that spend what is in the wallet, so they can act on an earlier step's output. */
const CONSUMERS: ReadonlySet<string> = new Set(['deposit_asset', 'swap_asset', 'stake_asset', 'repay_asset']);

const ALTERNATIVES: ReadonlySet<string> = new Set(['instead', 'only', 'just', 'rather', 'but']);

/** Read a prompt: tokens, action cues, clauses, ordered steps with args, non-exec and unsupported markers. */
export function analyzePrompt(text: string): PromptAnalysis {
  const tokens = tokenizeDefi(text);
  const scoped = scopeNegation(tokens, detectCues(tokens));
  const cues = scoped.cues;
  const cueAt = new Uint8Array(tokens.length);
  for (const c of cues) for (let k = 0; k <= c.span; k += 1) cueAt[c.index + k] = 1;
  const isCue = (i: number): boolean => cueAt[i] === 1;
  const kept = new Set(cues.map((c) => c.index));
  // Split with the dropped cues too, so a dropped clause's words never leak into the kept ones.
  const clauses = splitClauses(tokens, scoped.all)
    .filter((c) => kept.has(c.cue.index))
    .map((c, j): Clause => ({ primitive: c.primitive, cue: c.cue, start: c.start, end: c.end, marker: c.marker, textIndex: j }));
  const ordered = orderClauses(clauses);
  const sharedChain = clauses.length > 1 ? extractClauseArgs(tokens, 0, clauses[0].cue.index, 'swap_asset', isCue).args.chain : null;
  let amountIssue: AmountIssue = null;
  const steps: DefiStep[] = [];
  let prev: DefiStep | null = null;
  for (const c of ordered) {
    const ca = extractClauseArgs(tokens, c.start, c.end, c.primitive, isCue);
    if (ca.issue !== null) amountIssue = ca.issue;
    let args: StepArgs = ca.args;
    if (prev !== null && args.asset === null && c.primitive !== 'claim_rewards') {
      // "swap 2 ETH to USDC then deposit it": the later step acts on what the earlier one produced.
      const carried = prev.primitive === 'swap_asset' ? prev.args.to_asset : prev.args.asset;
      // "… then deposit it": all of what the earlier step produced. "all" (not "none") lets the verifier size the
      // step from the simulated state; "none" would block as invalid_input.
      if (carried !== null) args = { ...args, asset: carried, ...(ca.anaphor && args.amount_kind === 'none' ? { amount_kind: 'all' as const } : {}) };
    }
    if (prev !== null && args.amount_kind === 'none' && CONSUMERS.has(c.primitive) && args.asset !== null && args.asset === producedBy(prev)) {
      // "deposit into aave after you swap 2 eth for usdc", "… swap it to eth and stake the eth": a step that spends
      // wallet funds, names no amount, and acts on exactly what the step before it produced, takes all of that
      // output (the carried-reference rule). Withdraw/borrow/unstake/claim draw on a venue, not on that output.
      args = { ...args, amount_kind: 'all' };
    }
    if (sharedChain !== null && args.chain === null) args = { ...args, chain: sharedChain };
    steps.push({ primitive: c.primitive, args });
    prev = { primitive: c.primitive, args };
  }
  // A claim needs no asset ("claim my rewards"), but a bare verb with nothing to claim is not a request either.
  const rewardNamed = tokens.some((t) => isRewardWord(t.norm));
  const empty =
    steps.length > 0 &&
    steps.every((s) => (s.primitive !== 'claim_rewards' || !rewardNamed) && s.args.asset === null && s.args.amount === null && s.args.amount_kind === 'none' && s.args.protocol === null);
  const incomplete = steps.some((st) => st.primitive !== 'claim_rewards' && (st.args.asset === null || (st.primitive === 'swap_asset' && st.args.to_asset === null)));
  const domainless = steps.every((st) => st.args.asset === null && st.args.to_asset === null && st.args.protocol === null);
  return {
    tokens,
    missedStep: steps.length === 1 && hasSequenceWords(tokens),
    incomplete,
    domainless,
    cues,
    clauses,
    steps,
    nonExec: scoped.negated ? 'negation' : nonExecOtherThanNegation(tokens, cues),
    unsupported: cues.some((c) => c.kind === 'unsupported'),
    amountIssue,
    empty,
  };
}

/**
 * The asset a step leaves in the wallet for the next one: a swap's target; what is borrowed, withdrawn, unstaked or
 * claimed. Deposit, repay and stake produce nothing to act on (null).
 */
export function producedBy(step: DefiStep): string | null {
  switch (step.primitive) {
    case 'swap_asset':
      return step.args.to_asset;
    case 'borrow_asset':
    case 'withdraw_asset':
    case 'unstake_asset':
    case 'claim_rewards':
      return step.args.asset;
    default:
      return null;
  }
}

/**
 * Negation scope: each negation word governs the next cue. When every cue is negated, or nothing after the
 * negated part offers an alternative ("instead", "only", "just", "but"), the prompt is a negation (non_exec);
 * otherwise the negated cues are dropped ("don't swap, instead stake 2 ETH" → stake).
 */
function scopeNegation(tokens: readonly DefiToken[], all: readonly Cue[]): { cues: Cue[]; all: readonly Cue[]; negated: boolean } {
  const r = scopeNegationInner(tokens, all);
  return { cues: r.cues, all, negated: r.negated };
}

function scopeNegationInner(tokens: readonly DefiToken[], cues: readonly Cue[]): { cues: Cue[]; negated: boolean } {
  const negs = negations(tokens);
  const insteadOf: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) if (tokens[i].norm === 'instead' && tokens[i + 1].norm === 'of') insteadOf.push(i);
  if (negs.length === 0 && insteadOf.length === 0) return { cues: [...cues], negated: false };
  const dropped = new Set<number>();
  for (const n of insteadOf) {
    // "instead of paying back X, get a loan": the named action is replaced by the other one.
    const target = cues.find((c) => c.index > n);
    if (target !== undefined) dropped.add(target.index);
  }
  if (negs.length === 0) {
    const rest = cues.filter((c) => !dropped.has(c.index));
    return rest.length > 0 ? { cues: rest, negated: false } : { cues: [...cues], negated: true };
  }
  for (const n of negs) {
    const target = cues.find((c) => c.index > n);
    if (target === undefined) return { cues: [...cues], negated: true };
    for (let j = n + 1; j < target.index; j += 1) if (CLAUSE_BREAKS.has(tokens[j].norm) && tokens[j].norm !== 'and') return { cues: [...cues], negated: true };
    dropped.add(target.index);
  }
  const lastDropped = Math.max(...dropped);
  const rest = cues.filter((c) => !dropped.has(c.index));
  const alternative = tokens.some((t, j) => j > lastDropped && ALTERNATIVES.has(t.norm));
  if (rest.length === 0 || !alternative || !rest.some((c) => c.index > lastDropped)) return { cues: [...cues], negated: true };
  return { cues: rest, negated: false };
}

const SEQUENCE: ReadonlySet<string> = new Set(['then', 'afterwards', 'afterward', 'followed', 'finally', 'subsequently', 'lastly', 'thereafter']);
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'once']);
const FILLER_BEFORE_THEN: ReadonlySet<string> = new Set(['right', 'ok', 'okay', 'alright', 'well', 'so', 'fine']);

/** "then", "followed by", "after you …", "before swapping …": the text announces more than one step. */
function hasSequenceWords(tokens: readonly DefiToken[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const w = tokens[i].norm;
    // "right then, …", "ok then": a filler, not a sequence.
    if (SEQUENCE.has(w) && !(w === 'then' && FILLER_BEFORE_THEN.has(tokens[i - 1]?.norm ?? ''))) return true;
    if (w === 'after' && tokens[i + 1]?.norm === 'that') return true;
    if (SUBORDINATORS.has(w)) {
      const n = tokens[i + 1]?.norm ?? '';
      if (n === 'you' || n === 'i' || n === 'we' || n === 'youve' || n === 'having' || (n.endsWith('ing') && n.length > 4)) return true;
    }
  }
  return false;
}
