import { isLeft } from 'fp-ts/Either';
import type { Mapper, Prediction } from '@micro-lm/mapper';
import { Grid, gridToJSON, histogram, parseGrid } from '../grid/grid';
import { detectArc, ARC_NULL_SD, ARC_PARSER_GATES, type ArcDetection, type Rails } from './detect';
import { fuse, gatePrediction, type ArcAbstainReason } from './decide';
import { parseInstruction } from './instruction';
import { loadArcMapper } from './model';
import { mapperText } from './mapper-text';
import { ArcLabel, ArcPrimitive, executeSequence } from './primitives';
import { buildArcTraces, mentionTime } from './traces';

/** One verifier check (DESIGN §3). */
export interface ArcCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly value: string | number | boolean | null;
  readonly limit: string | number | boolean | null;
}

/** What the ARC adapter returns for one prompt; the runner adds `ok` and the audit record. */
export interface ArcOutcome {
  readonly decision: 'accept' | 'abstain' | 'block';
  readonly reason: 'verified' | ArcAbstainReason | string;
  readonly label: ArcPrimitive | 'abstain';
  readonly score: number;
  readonly plan: { readonly steps: readonly { readonly primitive: ArcPrimitive; readonly args: Record<string, never> }[] };
  readonly verify: { readonly ok: boolean; readonly reason: string; readonly checks: readonly ArcCheck[] };
  readonly artifacts: {
    readonly mapper: Record<string, unknown> | null;
    readonly parser: Record<string, unknown> | null;
    readonly traces?: Record<string, unknown>;
    readonly input_grid: number[][] | null;
    readonly output_grid: number[][] | null;
  };
}

/** Input of `run`: what the runner hands a domain adapter. */
export interface ArcRunInput {
  readonly prompt: string;
  readonly grid?: unknown;
  readonly rails: Rails;
  readonly T: number;
}

/** The NL entry point for the runner. */
export interface ArcDomain {
  readonly domain: 'arc';
  readonly modelSha256: string;
  readonly config: Record<string, unknown>;
  run(input: ArcRunInput): Promise<ArcOutcome>;
}

/** Options of createArcDomain. */
export interface ArcDomainOptions {
  /** Only the lexical backend exists for ARC. */
  readonly backend?: 'wordmap';
  /** A model artifact (JSON text or value) instead of the committed model. */
  readonly model?: unknown;
  /** Include per-channel trace peaks in the artifacts (default true). */
  readonly traces?: boolean;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

function abstain(reason: ArcAbstainReason, detail: string, parts: { mapper: Record<string, unknown> | null; parser: Record<string, unknown> | null; input: Grid | null }): ArcOutcome {
  return {
    decision: 'abstain',
    reason,
    label: 'abstain',
    score: 0,
    plan: { steps: [] },
    verify: { ok: false, reason, checks: [{ name: 'decision', ok: false, value: detail, limit: null }] },
    artifacts: { mapper: parts.mapper, parser: parts.parser, input_grid: parts.input === null ? null : gridToJSON(parts.input), output_grid: null },
  };
}

function mapperRecord(p: Prediction<ArcLabel>, gate: Prediction<ArcLabel>['abstain'], m: Mapper<ArcLabel>): Record<string, unknown> {
  return {
    label: p.label,
    p1: r4(p.p1),
    margin: r4(p.margin),
    ood: r4(p.ood),
    abstain: gate,
    topk: p.topk.map((x) => ({ label: x.label, p: r4(x.p) })),
    thresholds: m.thresholds,
    text: null,
  };
}

/** Fail-closed checks on an executed plan: valid output, the expected shape, and the colour counts kept (D4 moves cells, never recolours). */
function verifyExecution(input: Grid, output: Grid, seq: readonly ArcPrimitive[]): ArcCheck[] {
  const swaps = seq.filter((p) => p === 'rot90' || p === 'rot270' || p === 'transpose').length % 2 === 1;
  const [eh, ew] = swaps ? [input.w, input.h] : [input.h, input.w];
  const hin = histogram(input);
  const hout = histogram(output);
  const same = hin.every((v, k) => v === hout[k]);
  return [
    { name: 'input_grid', ok: true, value: `${input.h}x${input.w}`, limit: '1..30 x 1..30, colours 0..9' },
    { name: 'plan', ok: seq.length > 0, value: seq.length, limit: 'at least 1 step' },
    { name: 'output_shape', ok: output.h === eh && output.w === ew, value: `${output.h}x${output.w}`, limit: `${eh}x${ew}` },
    { name: 'colour_counts', ok: same, value: same ? 'preserved' : 'changed', limit: 'preserved' },
  ];
}

/**
 * The ARC NL domain: prompt (+ grid) → lexical parse → per-primitive traces → ngf-core Stage-10/11 detection →
 * mapper agreement → execution on the grid → verification. Throws if the model cannot be loaded (the runner turns
 * that into a load error); use `loadArcMapper` for an Either.
 */
export function createArcDomain(opts: ArcDomainOptions = {}): ArcDomain {
  if (opts.backend !== undefined && opts.backend !== 'wordmap') throw new Error(`the arc domain supports the wordmap backend only, not ${String(opts.backend)}`);
  const loaded = loadArcMapper(opts.model);
  if (isLeft(loaded)) throw new Error(`arc model: ${loaded.left.message}`);
  const mapper = loaded.right;
  const withTraces = opts.traces ?? true;
  const config = { thresholds: mapper.thresholds, parser: { ...ARC_PARSER_GATES, null_sd: ARC_NULL_SD } };

  const run = async (input: ArcRunInput): Promise<ArcOutcome> => {
    const g = parseGrid(input.grid);
    const inputGrid = isLeft(g) ? null : g.right;
    const prompt = typeof input.prompt === 'string' ? input.prompt : '';
    const textForMapper = mapperText(prompt);
    const pred = mapper.predict(textForMapper);
    const gate = gatePrediction(pred, mapper.thresholds);
    const mapperArt = { ...mapperRecord(pred, gate, mapper), text: textForMapper };
    if (input.grid === undefined || input.grid === null) return abstain('abstain_invalid_input', 'no grid given', { mapper: mapperArt, parser: null, input: null });
    if (inputGrid === null) return abstain('abstain_invalid_input', isLeft(g) ? `invalid grid: ${g.left.message}` : 'invalid grid', { mapper: mapperArt, parser: null, input: null });
    if (!Number.isInteger(input.T) || input.T < 16 || input.T > 4096) return abstain('abstain_invalid_input', `T must be an integer in 16..4096, got ${input.T}`, { mapper: mapperArt, parser: null, input: inputGrid });
    if (input.rails !== 'stage10' && input.rails !== 'stage11') return abstain('abstain_invalid_input', `unknown rails ${String(input.rails)}`, { mapper: mapperArt, parser: null, input: inputGrid });

    const parse = parseInstruction(prompt);
    let det: ArcDetection | null = null;
    let traceArt: Record<string, unknown> | undefined;
    if (parse.kind === 'steps') {
      const traces = buildArcTraces(parse.mentions, parse.words.length, input.T);
      det = detectArc(traces, input.rails);
      if (withTraces) traceArt = { T: input.T, names: traces.names, mention_times: parse.mentions.map((m) => r4(mentionTime(m, parse.words.length, input.T))) };
    }
    const parserArt: Record<string, unknown> = {
      rails: input.rails,
      lexical:
        parse.kind === 'steps'
          ? { kind: 'steps', mentions: parse.mentions.map((m) => ({ primitive: m.primitive, words: m.at.map((i) => parse.words[i].w), strength: m.strength })), order: parse.order }
          : { kind: 'abstain', reason: parse.reason, detail: parse.detail },
      keep: det?.keep ?? [],
      order: det?.order ?? [],
      perChannel: det?.perChannel ?? {},
    };
    const f = fuse(parse, det, pred, gate);
    if (f.kind === 'abstain') {
      const out = abstain(f.reason, f.detail, { mapper: mapperArt, parser: parserArt, input: inputGrid });
      return traceArt === undefined ? out : { ...out, artifacts: { ...out.artifacts, traces: traceArt } };
    }
    const output = executeSequence(inputGrid, f.sequence);
    const checks = verifyExecution(inputGrid, output, f.sequence);
    const failed = checks.find((c) => !c.ok);
    const steps = f.sequence.map((p) => ({ primitive: p, args: {} as Record<string, never> }));
    return {
      decision: failed === undefined ? 'accept' : 'block',
      reason: failed === undefined ? 'verified' : failed.name,
      label: f.sequence[0],
      score: r4(f.score),
      plan: { steps },
      verify: { ok: failed === undefined, reason: failed === undefined ? 'verified' : failed.name, checks },
      artifacts: {
        mapper: mapperArt,
        parser: parserArt,
        ...(traceArt === undefined ? {} : { traces: traceArt }),
        input_grid: gridToJSON(inputGrid),
        output_grid: gridToJSON(output),
      },
    };
  };
  return { domain: 'arc', modelSha256: mapper.sha256, config, run };
}
