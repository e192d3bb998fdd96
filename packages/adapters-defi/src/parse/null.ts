import { parseStage10, parseStage11, type NullModel, type TraceSet } from '@micro-lm/ngf-core';
import { DEFI_PRIMITIVES } from '../labels';

/** Which detector runs (DESIGN §3 `rails`). */
export type Rails = 'stage10' | 'stage11';

/**
 * Per-channel null of the parser's matched-filter score, in units of a height-1 verb lobe's score (so one
 * calibration serves every T). Calibrated offline on prompts that contain no action verb (`calibrateDefiNull`).
 */
export interface DefiNull {
  readonly stage10: { readonly mean: readonly number[]; readonly sd: readonly number[] };
  readonly stage11: { readonly mean: readonly number[]; readonly sd: readonly number[] };
  /** How many background prompts the statistics come from. */
  readonly n: number;
}

/** The sd is never below this share of a verb's score: a null seen only as zeros must not make any hint "significant". */
export const NULL_SD_FLOOR = 0.1;

const PROBE: NullModel = { mean: new Float64Array(DEFI_PRIMITIVES.length), sd: new Float64Array(DEFI_PRIMITIVES.length).fill(1), names: DEFI_PRIMITIVES };

/** Matched-filter score per channel (no gating) under the chosen rails' signal path. */
export function channelScores(traces: TraceSet, rails: Rails, cfg: Readonly<Record<string, unknown>>): Float64Array {
  const res = rails === 'stage10' ? parseStage10(traces, cfg, PROBE) : parseStage11(traces, { ...cfg, guardRuns: 0, nullModel: PROBE });
  return Float64Array.from(traces.names.map((n) => res.perChannel[n].score));
}

/** Mean and floored sd per channel of background scores (already divided by the unit-lobe score). */
export function summarizeBackground(rows: readonly Float64Array[]): { mean: number[]; sd: number[] } {
  const K = DEFI_PRIMITIVES.length;
  const mean = new Array<number>(K).fill(0);
  const sd = new Array<number>(K).fill(0);
  const n = Math.max(1, rows.length);
  for (const r of rows) for (let k = 0; k < K; k += 1) mean[k] += r[k] / n;
  for (const r of rows) for (let k = 0; k < K; k += 1) sd[k] += (r[k] - mean[k]) ** 2 / Math.max(1, n - 1);
  return { mean: mean.map(round6), sd: sd.map((v) => round6(Math.max(NULL_SD_FLOOR, Math.sqrt(v)))) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
