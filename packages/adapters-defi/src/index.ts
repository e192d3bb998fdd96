/**
 * @micro-lm/adapters-defi — DeFi label set, argument extraction, prompt → traces → ordered plan, mapper/parser
 * fusion, bound to the fail-closed verifiers.
 */
export { DEFI_PRIMITIVES, DEFI_LABELS, DEFI_PRIMITIVE_ALIASES, canonicalPrimitive, isDefiPrimitive, type DefiLabel, type DefiPrimitive } from './labels';
export type { AmountIssue, AmountKind, DefiStep, StepArgs } from './args/types';
export { extractArgs, extractClauseArgs, type ClauseArgs } from './args/extract';
export { tokenizeDefi, type DefiToken } from './tokenize';
export { analyzePrompt, type PromptAnalysis } from './intent/analyze';
export { detectCues, type Cue } from './intent/cues';
export { nonExecMarker, type NonExecMarker } from './intent/markers';
export { orderClauses, splitClauses, type Clause, type OrderMarker } from './intent/clauses';
export { buildTraces } from './parse/traces';
export { detectPrimitives, parserSetup, DEFI_PARSER_GATES, type DefiParse, type ChannelSummary, type ParserSetup } from './parse/detect';
export { calibrateDefiNull } from './parse/calibrate';
export type { DefiNull, Rails } from './parse/null';
export { fuse, type FusionResult, type MapperVote } from './fusion';
export type { DefiOutcome, DefiAbstainReason, DefiCheck, MapperSummary, TraceSummary } from './outcome';
export { createDefiDomain, loadDefiDomain, MAX_PROMPT_CHARS, type AnyDefiDomain, type DefiDomain, type DefiDomainOptions, type DefiRunInput } from './domain';
export { DEFAULT_MODEL_PATH, DEFAULT_NULL_PATH, parseDefiNull, sbertMapperPath } from './model-files';
export { trainDefiModel, trainDefiModelAsync, trainDefiNull, DEFI_TRAIN_OPTIONS, TARGET_PRECISION, P1_FLOOR, type TrainDefiOptions } from './train/train';
export { readExamples, type DefiExample } from './train/data';
