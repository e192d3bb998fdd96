import { defaultStage10Config, defaultStage11Config, parseStage10, parseStage11, type ChannelReport, type NullModel, type TraceSet } from '@micro-lm/ngf-core';
import { DEFI_PRIMITIVES } from '../labels';
import { channelScores, type DefiNull, type Rails } from './null';

/** Gates of the DeFi parser: a verb lobe (≥ 0.8) passes, a hint lobe (0.3) never does. */
export const DEFI_PARSER_GATES = { zAbs: 5, rel: 0.5 } as const;

/**
 * Stage-11 settings for lexical traces: they are noise-free, so no median stage (window 1) and no phantom guard.
 * A jittered re-detection changed no keep/order on any of the 10,958 generated + dev prompts (parse.spec checks the
 * gen-dev split), while each guard pass costs a full warp + filter — half the parser's time on the hot path.
 */
export const STAGE11_LEXICAL = { guardRuns: 0, guardMinVotes: 1, guardJitter: 0.1, medianK: 1 } as const;

/** Per-channel parser report, rounded for the audit record: ngf-core's shared channel report fields. */
export type ChannelSummary = ChannelReport;

/** What the parser found: kept primitives, their order by peak time, and per-channel evidence. */
export interface DefiParse {
  readonly keep: readonly string[];
  readonly order: readonly string[];
  readonly perChannel: Readonly<Record<string, ChannelSummary>>;
}

/** Parser settings for one (rails, T): the ngf-core config plus the calibrated null scaled to T. */
export interface ParserSetup {
  readonly rails: Rails;
  readonly T: number;
  readonly width: number;
  readonly config: Readonly<Record<string, unknown>>;
  readonly nullModel: NullModel;
}

// Cached per null object, then per (rails, T): a setup is a pure function of the three.
const setups = new WeakMap<DefiNull, Map<string, ParserSetup>>();

/** Build (once per null/rails/T, then cached) the parser config and the null model in this T's score units. */
export function parserSetup(rails: Rails, T: number, nul: DefiNull): ParserSetup {
  const key = `${rails}:${T}`;
  let perNull = setups.get(nul);
  if (perNull === undefined) {
    perNull = new Map();
    setups.set(nul, perNull);
  }
  const hit = perNull.get(key);
  if (hit !== undefined) return hit;
  const base = rails === 'stage10' ? defaultStage10Config(T) : defaultStage11Config(T);
  const config: Record<string, unknown> = { commonMode: 'none', ...DEFI_PARSER_GATES, ...(rails === 'stage11' ? STAGE11_LEXICAL : {}) };
  const width = base.templateWidth;
  const unit = unitScore(rails, T, width, config);
  const stats = rails === 'stage10' ? nul.stage10 : nul.stage11;
  const nullModel: NullModel = {
    mean: Float64Array.from(stats.mean, (m) => m * unit),
    sd: Float64Array.from(stats.sd, (s) => s * unit),
    names: DEFI_PRIMITIVES,
  };
  // Frozen: ngf-core then merges it with its defaults once, not per parse.
  const setup: ParserSetup = { rails, T, width, config: Object.freeze(rails === 'stage11' ? { ...config, nullModel } : config), nullModel };
  if (perNull.size > 64) perNull.clear();
  perNull.set(key, setup);
  return setup;
}

/** Score of a single height-1 lobe in the middle of channel 0 under this signal path (the null's unit). */
export function unitScore(rails: Rails, T: number, width: number, config: Readonly<Record<string, unknown>>): number {
  const x = new Float64Array(T);
  const c = (T - 1) / 2;
  const half = (width - 1) / 2;
  for (let t = Math.ceil(c - half); t <= Math.floor(c + half); t += 1) x[t] = Math.cos((Math.PI * (t - c)) / (width - 1));
  const traces: TraceSet = { names: [DEFI_PRIMITIVES[0]], T, data: [x] };
  return channelScores(traces, rails, config)[0];
}

// Frozen: shared by every silent channel of every result (the audit writer keeps its text).
const EMPTY: ChannelSummary = Object.freeze({ peak: 0, score: 0, z: 0, passedAbs: false, passedRel: false });

/**
 * Run the ngf-core parser on the channels that carry evidence (an all-zero channel scores 0 and can pass no
 * gate, so skipping it changes nothing but the cost); report every channel.
 */
export function detectPrimitives(traces: TraceSet, setup: ParserSetup): DefiParse {
  const idx: number[] = [];
  for (let k = 0; k < traces.data.length; k += 1) {
    const x = traces.data[k];
    for (let t = 0; t < x.length; t += 1) {
      if (x[t] !== 0) {
        idx.push(k);
        break;
      }
    }
  }
  const perChannel: Record<string, ChannelSummary> = {};
  for (const name of traces.names) perChannel[name] = EMPTY;
  if (idx.length === 0) return { keep: [], order: [], perChannel };
  const sub: TraceSet = { names: idx.map((k) => traces.names[k]), T: traces.T, data: idx.map((k) => traces.data[k]) };
  const res = setup.rails === 'stage10' ? parseStage10(sub, setup.config, setup.nullModel) : parseStage11(sub, setup.config);
  for (const name of sub.names) {
    const r = res.perChannel[name];
    perChannel[name] = { peak: r.peak, score: round4(r.score), z: round4(r.z), passedAbs: r.passedAbs, passedRel: r.passedRel };
  }
  return { keep: res.keep, order: res.order, perChannel };
}

function round4(x: number): number {
  if (!Number.isFinite(x)) return x > 0 ? 1e9 : -1e9;
  return Math.round(x * 1e4) / 1e4;
}
