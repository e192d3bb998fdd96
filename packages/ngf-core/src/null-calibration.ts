/**
 * Offline null calibration: run the Stage-10 signal path over many trace sets once, pool each channel's matched-
 * filter values away from its peak (exactly the positions the per-call shift null samples), and keep their
 * location/scale/quantile. Pass the result to parseStage10 to skip the per-call null entirely.
 */
import { argmax } from './numeric';
import { type NullModel, summarizeNull } from './null-model';
import { type Stage10Config, type Stage10Front, defaultStage10Config, stage10Front } from './stage10';
import { assertTraceSet } from './trace-set';
import type { TraceSet } from './types';

/** Pools, per channel name, the filter values at least minShift (circularly) away from each trace's peak. */
export function nullModelFromFronts(names: readonly string[], fronts: readonly Stage10Front[], cfg: Stage10Config): NullModel {
  const K = names.length;
  const pools: number[][] = names.map(() => []);
  for (const f of fronts) {
    for (let k = 0; k < K; k++) {
      const mf = f.mf[k];
      const T = mf.length;
      const lo = Math.max(1, Math.min(cfg.minShift, Math.floor(T / 4)));
      const t = argmax(mf);
      for (let s = lo; s <= T - lo; s++) pools[k].push(mf[(((t - s) % T) + T) % T]);
    }
  }
  const mean = new Float64Array(K);
  const sd = new Float64Array(K);
  const quantile = new Float64Array(K);
  pools.forEach((p, k) => {
    if (p.length === 0) throw new RangeError(`calibrateNull: no values for channel "${names[k]}"`);
    const s = summarizeNull(Float64Array.from(p), cfg.nullStat, cfg.nullLevel);
    mean[k] = s.mean;
    sd[k] = s.sd;
    quantile[k] = s.quantile;
  });
  return { mean, sd, quantile, level: cfg.nullLevel, names: [...names] };
}

/**
 * Calibrates a Stage-10 NullModel once from a list of trace sets sharing the same channel names (use traces
 * like the ones you will parse; background traces without wells give the cleanest null).
 */
export function calibrateNull(tracesList: readonly TraceSet[], config: Partial<Stage10Config> = {}): NullModel {
  if (tracesList.length === 0) throw new RangeError('calibrateNull: empty traces list');
  const names = tracesList[0].names;
  const fronts = tracesList.map((ts) => {
    assertTraceSet(ts);
    if (ts.names.length !== names.length || ts.names.some((n, i) => n !== names[i])) throw new RangeError('calibrateNull: all trace sets must have the same channel names');
    return stage10Front(ts, { ...defaultStage10Config(ts.T), ...config });
  });
  return nullModelFromFronts(names, fronts, { ...defaultStage10Config(tracesList[0].T), ...config });
}
