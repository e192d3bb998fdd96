import { createWordmap, type SyncEncoder } from '@micro-lm/encoders';
import { loadMapper, summarizePrediction, type Mapper } from '@micro-lm/mapper';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArgs } from './args';
import { decideIntent, lexicalFacts } from './decide';
import { WALLET_LABELS, type WalletLabel } from './labels';
import { round4, type WalletAbstainReason, type WalletOutcome, type MapperSummary, type ParserSummary } from './outcome';
import { verifyPlan, type WalletStep } from './verify';

/** The committed mapper artifact (same path from src/ under jest and from dist/ when built). */
export const DEFAULT_MODEL_PATH = join(__dirname, '..', 'model', 'wallet-wordmap.json');
/** Prompts longer than this are refused as invalid input. */
export const MAX_PROMPT_CHARS = 4096;

/** One request (the runner validates the envelope; this re-checks what it relies on). */
export interface WalletRunInput {
  readonly prompt: unknown;
  readonly context?: unknown;
  readonly policy?: unknown;
}

/** The wallet domain as the runner uses it (structurally the runner's DomainAdapter). */
export interface WalletDomain {
  readonly domain: 'wallet';
  readonly modelSha256: string;
  readonly config: { readonly thresholds: { readonly p1_min: number; readonly margin_min: number; readonly ood_max: number }; readonly temperature: number };
  run(input: WalletRunInput): WalletOutcome;
}

/** Where the model comes from. */
export interface WalletDomainOptions {
  /** Path of a mapper artifact (default: the committed model). */
  readonly modelPath?: string;
  /** An artifact as JSON text or value (wins over modelPath). */
  readonly artifact?: unknown;
  /** Encoder the artifact was trained with (default: wordmap with default settings). */
  readonly encoder?: SyncEncoder;
  /** The runner's backend; only "wordmap" has a committed model. */
  readonly backend?: string;
}

/** Load the domain; Left with a one-line reason when the model is missing, edited or built for another encoder. */
export function loadWalletDomain(opts: WalletDomainOptions = {}): E.Either<string, WalletDomain> {
  if (opts.backend !== undefined && opts.backend !== 'wordmap' && opts.encoder === undefined)
    return E.left(`wallet: no committed model for backend "${opts.backend}"`);
  const encoder = opts.encoder ?? createWordmap();
  const raw = opts.artifact !== undefined ? E.right<string, unknown>(opts.artifact) : readText(opts.modelPath ?? DEFAULT_MODEL_PATH);
  return pipe(
    raw,
    E.chain((r) => pipe(loadMapper<WalletLabel>(r, encoder, { labels: WALLET_LABELS }), E.mapLeft((e) => `wallet model: ${e.message}`))),
    E.map(makeDomain),
  );
}

/** Create the domain; throws a one-line Error when the model cannot be loaded (fail closed). */
export function createWalletDomain(opts: WalletDomainOptions = {}): WalletDomain {
  const r = loadWalletDomain(opts);
  if (E.isLeft(r)) throw new Error(r.left);
  return r.right;
}

function readText(path: string): E.Either<string, string> {
  try {
    return E.right(readFileSync(path, 'utf8'));
  } catch (e) {
    return E.left(`cannot read ${path}: ${(e as Error).message}`);
  }
}

function makeDomain(mapper: Mapper<WalletLabel>): WalletDomain {
  const t = mapper.thresholds;
  return {
    domain: 'wallet',
    modelSha256: mapper.sha256,
    config: { thresholds: { p1_min: t.p1_min, margin_min: t.margin_min, ood_max: t.ood_max }, temperature: mapper.temperature },
    run: (input) => runOnce(mapper, input),
  };
}

function runOnce(mapper: Mapper<WalletLabel>, input: WalletRunInput): WalletOutcome {
  const prompt = typeof input === 'object' && input !== null ? input.prompt : undefined;
  if (typeof prompt !== 'string' || prompt.trim() === '' || prompt.length > MAX_PROMPT_CHARS) return abstain('abstain_invalid_input', 0, null, null);
  const pred = mapper.predict(prompt);
  const summary: MapperSummary = summarizePrediction(pred);
  const facts = lexicalFacts(prompt);
  const parser: ParserSummary = { cued: [...facts.cued], unsupported: facts.unsupported, negation: facts.negation, multiStep: facts.multiStep };
  const d = decideIntent(pred, facts);
  if (d.kind === 'abstain') return abstain(d.reason, pred.p1, summary, parser);
  const steps: WalletStep[] = [{ primitive: d.primitive, args: extractArgs(prompt) }];
  const v = verifyPlan(steps, input.context, input.policy);
  return {
    decision: v.ok ? 'accept' : 'block',
    reason: v.reason,
    label: d.primitive,
    score: round4(pred.p1),
    plan: { steps },
    verify: { ok: v.ok, reason: v.reason, checks: v.checks },
    artifacts: { mapper: summary, parser },
  };
}

function abstain(reason: WalletAbstainReason, p1: number, mapper: MapperSummary | null, parser: ParserSummary | null): WalletOutcome {
  return {
    decision: 'abstain',
    reason,
    label: 'abstain',
    score: round4(Math.min(1, Math.max(0, p1))),
    plan: { steps: [] },
    verify: { ok: false, reason, checks: [] },
    artifacts: { mapper, parser },
  };
}
