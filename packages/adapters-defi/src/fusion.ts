import type { DefiStep } from './args/types';
import type { PromptAnalysis } from './intent/analyze';
import { DEFI_PRIMITIVES } from './labels';
import type { DefiAbstainReason } from './outcome';
import type { DefiParse } from './parse/detect';

/** What fusion needs from a mapper prediction. */
export interface MapperVote {
  readonly label: string;
  readonly p1: number;
  readonly abstain: 'low_confidence' | 'ambiguous' | 'out_of_domain' | null;
  /** Top labels with probabilities (multi-step agreement reads the mass on the plan's primitives). */
  readonly topk?: readonly { readonly label: string; readonly p: number }[];
}

/** Share of the mapper's probability that must sit on a multi-step plan's primitives. */
export const MULTI_STEP_MASS = 0.5;

/** Either an abstain with its reason, or the steps to verify. */
export type FusionResult = { readonly kind: 'abstain'; readonly reason: DefiAbstainReason } | { readonly kind: 'plan'; readonly steps: readonly DefiStep[] };

const MAPPER_ABSTAIN: Readonly<Record<NonNullable<MapperVote['abstain']>, DefiAbstainReason>> = {
  low_confidence: 'abstain_low_confidence',
  ambiguous: 'abstain_ambiguous',
  out_of_domain: 'abstain_out_of_domain',
};

/**
 * DESIGN §1 fusion, first rule that applies wins:
 * 1. explicit negation / question / hypothetical / market condition → non_exec; an unsupported verb → unsupported;
 * 2. the mapper, when sure, says non_exec or unsupported → that reason (single-step reads; see 5 for plans);
 * 3. nothing detected by the parser → the mapper's abstain reason, else disagreement (it names an action the
 *    text does not ask for);
 * 4. the parser must agree with the clauses (same primitives, same text order) — else disagreement;
 * 5. one step: the mapper must be sure and name the same primitive; several steps: its top label is one of the
 *    steps, or at least half of its probability sits on them (mixed prompts split it, so its own gates do not
 *    apply), unless it is out of domain;
 * 6. an amount that cannot be represented ("a third of") → ambiguous; a step without its asset (or a swap
 *    without its target) → low confidence, or non_exec when nothing DeFi is named at all ("borrow a cup of sugar").
 */
export function fuse(a: PromptAnalysis, parse: DefiParse, m: MapperVote): FusionResult {
  const abstain = (reason: DefiAbstainReason): FusionResult => ({ kind: 'abstain', reason });
  if (a.nonExec !== null) return abstain('abstain_non_exec');
  if (a.unsupported) return abstain('abstain_unsupported');
  const multi = a.steps.length > 1 && parse.keep.length > 0;
  // A mixed prompt splits the mapper's probability, so a plurality for non_exec/unsupported does not veto a plan
  // whose steps hold the majority (rule 5 below); on one step, a sure non_exec/unsupported vote does.
  if (!multi && m.abstain === null && m.label === 'non_exec') return abstain('abstain_non_exec');
  if (!multi && m.abstain === null && m.label === 'unsupported') return abstain('abstain_unsupported');
  if (a.empty || (a.incomplete && a.domainless)) return abstain('abstain_non_exec');
  if (parse.keep.length === 0 || a.steps.length === 0) {
    if (m.abstain !== null) return abstain(MAPPER_ABSTAIN[m.abstain]);
    if (m.label === 'non_exec') return abstain('abstain_non_exec');
    return abstain('abstain_disagreement');
  }
  if (!parserAgrees(a, parse)) return abstain('abstain_disagreement');
  if (a.steps.length === 1) {
    if (a.missedStep) return abstain('abstain_disagreement');
    if (m.abstain !== null) return abstain(MAPPER_ABSTAIN[m.abstain]);
    if (m.label !== a.steps[0].primitive) return abstain('abstain_disagreement');
  } else {
    if (m.abstain === 'out_of_domain') return abstain('abstain_out_of_domain');
    const topInPlan = a.steps.some((s) => s.primitive === m.label);
    if (!topInPlan && planMass(a.steps, m) < MULTI_STEP_MASS) {
      if (m.label === 'non_exec') return abstain('abstain_non_exec');
      if (m.label === 'unsupported') return abstain('abstain_unsupported');
      return abstain(m.abstain !== null ? MAPPER_ABSTAIN[m.abstain] : 'abstain_disagreement');
    }
  }
  if (a.amountIssue !== null) return abstain('abstain_ambiguous');
  if (a.incomplete) return abstain('abstain_low_confidence');
  return { kind: 'plan', steps: a.steps };
}

/** The mapper's probability on the plan's primitives (its top label alone when no top-k is given). */
function planMass(steps: readonly DefiStep[], m: MapperVote): number {
  const inPlan = (label: string): boolean => steps.some((s) => s.primitive === label);
  if (m.topk === undefined) return inPlan(m.label) ? 1 : 0;
  let mass = 0;
  for (const x of m.topk) if (inPlan(x.label)) mass += x.p;
  return mass;
}

/** The parser keeps exactly the clause primitives, ordered as they first appear in the text. */
export function parserAgrees(a: PromptAnalysis, parse: DefiParse): boolean {
  const textOrder: string[] = [];
  for (const c of a.clauses) if (!textOrder.includes(c.primitive)) textOrder.push(c.primitive);
  if (parse.order.length !== textOrder.length) return false;
  for (let i = 0; i < textOrder.length; i += 1) if (parse.order[i] !== textOrder[i]) return false;
  return parse.keep.every((k) => (DEFI_PRIMITIVES as readonly string[]).includes(k));
}
