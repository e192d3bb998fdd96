export { guardE, guard, guardHash, GuardInternalError, type GuardOptions, type PromptReader, type ReadRequest } from './guard';
export { guardInputSchema, parseGuardInput, GUARD_INPUT_JSON_SCHEMA, MAX_PROPOSED_STEPS, type GuardInput, type GuardInputRaw, type ProposedStep } from './schema';
export { matchPlans, type PlanMatch } from './compare';
export { replayGuardE, isGuardVerdictLike, type GuardReplayReport } from './replay';
export { promptMarkers, type PromptMarker } from './markers';
export {
  GUARD_VERSION,
  type ExpectedReading,
  type GuardAudit,
  type GuardCheck,
  type GuardDecision,
  type GuardReason,
  type GuardVerdict,
  type MatchCheckName,
  type MatchField,
} from './types';
