import { defaultStage10Config, parseStage10, parseStage11, type NullModel, type TraceSet } from '@micro-lm/ngf-core';
import { ARC_PRIMITIVES } from './primitives';
import { addBump, BUMP_SD_FRACTION } from './traces';

/** Which detector runs (DESIGN §3 `rails`). */
export type Rails = 'stage10' | 'stage11';

/**
 * Gates of the ARC parser. The null of a lexical channel: a channel without a cue scores exactly 0, and the sd
 * floor is a tenth of a full-strength cue's score, so z = 5 means "at least half a cue". rel keeps a weak
 * mention (a repaired typo, 0.8) next to a strong one.
 */
export const ARC_PARSER_GATES = { zAbs: 5, rel: 0.3 } as const;

/** The null's sd, in units of a height-1 well's score. */
export const ARC_NULL_SD = 0.1;

/** Stage-11 guard for noise-free lexical traces: a light jitter and a short guard suffice. */
const STAGE11_GUARD = { guardRuns: 3, guardMinVotes: 2, guardJitter: 0.1 } as const;

/** Per-channel parser evidence, rounded for the audit record. */
export interface ChannelSummary {
  readonly peak: number;
  readonly score: number;
  readonly z: number;
  readonly passedAbs: boolean;
  readonly passedRel: boolean;
}

/** Kept channels, their order by peak time, and the evidence for every channel. */
export interface ArcDetection {
  readonly rails: Rails;
  readonly keep: readonly string[];
  readonly order: readonly string[];
  readonly perChannel: Readonly<Record<string, ChannelSummary>>;
}

const unitCache = new Map<string, number>();

/** Matched-filter score of one height-1 well in the middle of a channel (the null's unit) for these rails and T. */
export function unitScore(rails: Rails, T: number): number {
  const key = `${rails}:${T}`;
  const hit = unitCache.get(key);
  if (hit !== undefined) return hit;
  const x = new Float64Array(T);
  addBump(x, (T - 1) / 2, 1, Math.max(1, T * BUMP_SD_FRACTION));
  const traces: TraceSet = { names: [ARC_PRIMITIVES[0]], T, data: [x] };
  const probe: NullModel = { mean: new Float64Array(1), sd: new Float64Array(1).fill(1), names: [ARC_PRIMITIVES[0]] };
  const res = rails === 'stage10' ? parseStage10(traces, { commonMode: 'none' }, probe) : parseStage11(traces, { commonMode: 'none', guardRuns: 0, nullModel: probe });
  const u = res.perChannel[ARC_PRIMITIVES[0]].score;
  unitCache.set(key, u);
  return u;
}

const r4 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x > 0 ? 1e9 : -1e9);

/** Run the ngf-core Stage-10 or Stage-11 parser on the ARC traces with the lexical null. */
export function detectArc(traces: TraceSet, rails: Rails): ArcDetection {
  const T = traces.T;
  if (T < 16) throw new RangeError(`T must be at least 16, got ${T}`);
  const u = unitScore(rails, T);
  const nullModel: NullModel = { mean: new Float64Array(ARC_PRIMITIVES.length), sd: new Float64Array(ARC_PRIMITIVES.length).fill(ARC_NULL_SD * u), names: ARC_PRIMITIVES };
  const base = { commonMode: 'none' as const, ...ARC_PARSER_GATES, templateWidth: defaultStage10Config(T).templateWidth };
  const res = rails === 'stage10' ? parseStage10(traces, base, nullModel) : parseStage11(traces, { ...base, ...STAGE11_GUARD, nullModel });
  const perChannel: Record<string, ChannelSummary> = {};
  for (const name of traces.names) {
    const c = res.perChannel[name];
    perChannel[name] = { peak: c.peak, score: r4(c.score / u), z: r4(c.z), passedAbs: c.passedAbs, passedRel: c.passedRel };
  }
  return { rails, keep: [...res.keep], order: [...res.order], perChannel };
}
