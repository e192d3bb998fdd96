import { createSbertEncoder, createWordmap, type Encoder } from '@micro-lm/encoders';
import { loadMapper, summarizePrediction, type Mapper, type Prediction } from '@micro-lm/mapper';
import { verifyPlan } from '@micro-lm/verifiers-defi';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { DefiStep } from './args/types';
import { fuse } from './fusion';
import { analyzePrompt } from './intent/analyze';
import { DEFI_LABELS, type DefiLabel } from './labels';
import { DEFAULT_MODEL_PATH, DEFAULT_NULL_PATH, parseDefiNull, readText, sbertMapperPath } from './model-files';
import { round4, type DefiAbstainReason, type DefiCheck, type DefiOutcome, type MapperSummary, type TraceSummary } from './outcome';
import { detectPrimitives, parserSetup, type DefiParse } from './parse/detect';
import type { DefiNull, Rails } from './parse/null';
import { buildTraces } from './parse/traces';

/** Prompts longer than this many characters are refused as invalid input (a sidecar reads instructions, not documents). */
export const MAX_PROMPT_CHARS = 4096;
/** Shortest accepted trace length. */
export const MIN_T = 16;
/** Longest accepted trace length. */
export const MAX_T = 4096;

/** One request to the DeFi domain (the runner validates the envelope; this re-checks what it relies on). */
export interface DefiRunInput {
  readonly prompt: unknown;
  readonly context?: unknown;
  readonly policy?: unknown;
  readonly rails: Rails;
  readonly T: number;
  /** Include the traces in artifacts.traces for this call (the audit viewer asks for them). */
  readonly explain?: boolean;
}

/** The DeFi domain as the runner uses it: `run` is synchronous for wordmap (R = DefiOutcome), a Promise for sbert. */
export interface DefiDomain<R extends DefiOutcome | Promise<DefiOutcome> = DefiOutcome> {
  readonly domain: 'defi';
  readonly modelSha256: string;
  /** Encoder backend and fingerprint (recorded in the audit config). */
  readonly config: { readonly backend: string; readonly encoder_fingerprint: string };
  run(input: DefiRunInput): R;
}

/** Either kind of DeFi domain. */
export type AnyDefiDomain = DefiDomain<DefiOutcome> | DefiDomain<Promise<DefiOutcome>>;

/** Options of createDefiDomain: where the model comes from, and whether results carry the traces. */
export interface DefiDomainOptions {
  /** Path of a mapper artifact (default: the committed model). */
  readonly modelPath?: string;
  /** An artifact as JSON text or value (wins over modelPath). */
  readonly artifact?: unknown;
  /** Encoder the artifact was trained with (default: wordmap with default settings). */
  readonly encoder?: Encoder;
  /** Parser null (default: the committed calibration). */
  readonly parserNull?: DefiNull;
  /** Include the 8×T traces (rounded) in artifacts.traces. Off by default: they are large. */
  readonly traces?: boolean;
  /** "wordmap" (default, committed model) or "sbert" (a mapper trained for the model in `modelDir`). */
  readonly backend?: 'wordmap' | 'sbert';
  /** sbert: the local model directory (default MICRO_LM_MODEL_DIR); its mapper is `<modelDir>/micro-lm/defi-mapper.json`. */
  readonly modelDir?: string;
}

/** The sbert encoder and the default mapper path for a model directory; Left with the fix when missing. */
function sbertSetup(opts: DefiDomainOptions): E.Either<string, { encoder: Encoder; modelPath: string }> {
  const enc = createSbertEncoder({ modelDir: opts.modelDir });
  if (E.isLeft(enc)) return E.left(enc.left.message);
  const modelPath = opts.modelPath ?? sbertMapperPath(enc.right.modelDir);
  return E.right({ encoder: enc.right, modelPath });
}

/** Load the mapper and parser null; Left with a one-line reason when anything is missing or does not verify. */
export function loadDefiDomain(opts: DefiDomainOptions = {}): E.Either<string, AnyDefiDomain> {
  if (opts.backend !== undefined && opts.backend !== 'wordmap' && opts.backend !== 'sbert') return E.left(`defi: unknown backend "${opts.backend}"`);
  let encoder = opts.encoder ?? createWordmap();
  let modelPath = opts.modelPath ?? DEFAULT_MODEL_PATH;
  if (opts.backend === 'sbert' && opts.encoder === undefined) {
    const sb = sbertSetup(opts);
    if (E.isLeft(sb)) return sb;
    encoder = sb.right.encoder;
    modelPath = sb.right.modelPath;
    if (opts.artifact === undefined && E.isLeft(readText(modelPath)))
      return E.left(`defi (sbert): no mapper trained for this model at ${modelPath}; run \`micro-lm train --domain defi --backend sbert --model-dir <dir>\``);
  }
  const rawModel = opts.artifact !== undefined ? E.right<string, unknown>(opts.artifact) : readText(modelPath);
  const mapper = pipe(
    rawModel,
    E.chain((raw) => pipe(loadMapper<DefiLabel>(raw, encoder, { labels: DEFI_LABELS }), E.mapLeft((e) => `defi model: ${e.message}`))),
  );
  const nul = opts.parserNull !== undefined ? E.right<string, DefiNull>(opts.parserNull) : pipe(readText(DEFAULT_NULL_PATH), E.chain(parseDefiNull));
  return pipe(
    E.Do,
    E.apS('mapper', mapper),
    E.apS('nul', nul),
    E.map(({ mapper: m, nul: n }) => makeDomain(m, n, opts.traces === true, encoder)),
  );
}

/** Create the DeFi domain (throws with a one-line message when the model cannot be loaded: fail closed). */
export function createDefiDomain(opts: DefiDomainOptions & { readonly backend: 'sbert' }): DefiDomain<Promise<DefiOutcome>>;
export function createDefiDomain(opts?: DefiDomainOptions & { readonly backend?: 'wordmap' }): DefiDomain<DefiOutcome>;
export function createDefiDomain(opts?: DefiDomainOptions): AnyDefiDomain;
export function createDefiDomain(opts: DefiDomainOptions = {}): AnyDefiDomain {
  const r = loadDefiDomain(opts);
  if (E.isLeft(r)) throw new Error(r.left);
  return r.right;
}

function makeDomain(mapper: Mapper<DefiLabel>, nul: DefiNull, withTraces: boolean, encoder: Encoder): AnyDefiDomain {
  const base = { domain: 'defi' as const, modelSha256: mapper.sha256 };
  const invalid = (input: DefiRunInput) => (invalidInput(input) !== null ? abstainOutcome('abstain_invalid_input', 0, null, null) : null);
  // wordmap stays synchronous (no promise on the hot path); sbert awaits its forward pass.
  if (encoder.id !== 'sbert') {
    return {
      ...base,
      config: Object.freeze({ backend: 'wordmap', encoder_fingerprint: encoder.fingerprint }),
      run: (input: DefiRunInput): DefiOutcome => invalid(input) ?? runOnce(mapper.predict(input.prompt as string), nul, withTraces, input),
    };
  }
  return {
    ...base,
    config: Object.freeze({ backend: 'sbert', encoder_fingerprint: encoder.fingerprint }),
    run: async (input: DefiRunInput): Promise<DefiOutcome> => invalid(input) ?? runOnce(await mapper.predictAsync(input.prompt as string), nul, withTraces, input),
  };
}

function invalidInput(input: DefiRunInput): string | null {
  if (typeof input !== 'object' || input === null) return 'input';
  const p = input.prompt;
  if (typeof p !== 'string' || p.trim().length === 0 || p.length > MAX_PROMPT_CHARS) return 'prompt';
  if (input.rails !== 'stage10' && input.rails !== 'stage11') return 'rails';
  if (!Number.isInteger(input.T) || input.T < MIN_T || input.T > MAX_T) return 'T';
  return null;
}

function runOnce(pred: Prediction<DefiLabel>, nul: DefiNull, withTraces: boolean, input: DefiRunInput): DefiOutcome {
  const prompt = input.prompt as string;
  const a = analyzePrompt(prompt);
  const setup = parserSetup(input.rails, input.T, nul);
  const traces = buildTraces(a.tokens, a.cues, input.T, setup.width);
  const parse = detectPrimitives(traces, setup);
  const mapperSummary: MapperSummary = summarizePrediction(pred);
  const traceSummary: TraceSummary | undefined = withTraces || input.explain === true
    ? { names: [...traces.names], T: traces.T, data: traces.data.map((x) => Array.from(x, round4)) }
    : undefined;
  const fused = fuse(a, parse, { label: pred.label, p1: pred.p1, abstain: pred.abstain, topk: pred.topk });
  if (fused.kind === 'abstain') return abstainOutcome(fused.reason, pred.p1, mapperSummary, parse, traceSummary);
  const score = planScore(fused.steps, pred.topk);
  const verdict = verifyPlan(fused.steps, input.context, input.policy);
  const checks: DefiCheck[] = verdict.checks.map((c) => ({ name: c.name, ok: c.ok, value: c.value, limit: c.limit, step: c.step }));
  return {
    decision: verdict.ok ? 'accept' : 'block',
    reason: verdict.reason,
    label: fused.steps[0].primitive,
    score,
    plan: { steps: fused.steps.map(copyStep) },
    verify: { ok: verdict.ok, reason: verdict.reason, checks },
    artifacts: artifactsOf(mapperSummary, parse, traceSummary),
  };
}

/** Confidence of a plan: the mapper's probability mass on the plan's primitives (its p1 for one step). */
function planScore(steps: readonly DefiStep[], topk: readonly { label: string; p: number }[]): number {
  let s = 0;
  for (const x of topk) if (steps.some((st) => st.primitive === x.label)) s += x.p;
  return round4(Math.min(1, Math.max(0, s)));
}

function copyStep(s: DefiStep): DefiStep {
  const a = s.args;
  return {
    primitive: s.primitive,
    args: { amount: a.amount, amount_kind: a.amount_kind, asset: a.asset, to_asset: a.to_asset, protocol: a.protocol, chain: a.chain },
  };
}

function artifactsOf(mapper: MapperSummary | null, parse: DefiParse | null, traces?: TraceSummary): DefiOutcome['artifacts'] {
  const parser = parse === null ? null : { keep: [...parse.keep], order: [...parse.order], perChannel: parse.perChannel };
  return traces === undefined ? { mapper, parser } : { mapper, parser, traces };
}

function abstainOutcome(reason: DefiAbstainReason, p1: number, mapper: MapperSummary | null, parse: DefiParse | null, traces?: TraceSummary): DefiOutcome {
  return {
    decision: 'abstain',
    reason,
    label: 'abstain',
    score: round4(Math.min(1, Math.max(0, p1))),
    plan: { steps: [] },
    verify: { ok: false, reason, checks: [] },
    artifacts: artifactsOf(mapper, parse, traces),
  };
}
