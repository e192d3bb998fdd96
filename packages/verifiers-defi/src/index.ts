/**
 * @micro-lm/verifiers-defi — fail-closed DeFi safety checks (oracle, funds, LTV, HF) in exact decimal arithmetic.
 */
export { verifyPlan } from './verify';
export { parseContext, type DefiContext, type TickerMap } from './schema/context';
export { parsePolicy, DEFAULT_POLICY, type DefiPolicy } from './schema/policy';
export { parsePlan, MAX_PLAN_STEPS, type ParsedStep, type StepAmount } from './schema/plan';
export type { InputIssue, VerifierError } from './schema/error';
export { Dec, decString } from './decimal';
export {
  AMOUNT_KINDS,
  BOOK_NAMES,
  DEFI_PRIMITIVES,
  VERDICT_REASONS,
  type AmountKind,
  type BlockReason,
  type BlockedVerdict,
  type BookName,
  type Check,
  type CheckName,
  type DefiPrimitive,
  type PlanStep,
  type PlanStepInput,
  type StateJson,
  type StepArgs,
  type Verdict,
  type VerdictReason,
  type VerifiedVerdict,
} from './types';
