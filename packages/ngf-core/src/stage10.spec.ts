import { calibrateNull } from './null-calibration';
import { createRng } from './rng';
import { Z_MAX, commonModeOf, defaultStage10Config, parseStage10, zOf } from './stage10';
import type { TraceSet } from './types';

function bump(T: number, centre: number, amp: number, sigma: number): Float64Array {
  return Float64Array.from({ length: T }, (_, t) => amp * Math.exp(-((t - centre) ** 2) / (2 * sigma * sigma)));
}

function noisy(x: Float64Array, seed: number, sd: number): Float64Array {
  const r = createRng(seed);
  return x.map((v) => v + r.normal(0, sd));
}

describe('defaultStage10Config', () => {
  it('scales widths with T', () => {
    const a = defaultStage10Config(720);
    expect([a.templateWidth, a.smoothWindow, a.minShift, a.zAbs, a.rel, a.commonMode]).toEqual([109, 9, 109, 10, 0.1, 'min']);
    const b = defaultStage10Config(128);
    expect([b.templateWidth, b.smoothWindow, b.minShift]).toEqual([19, 3, 19]);
  });
});

describe('commonModeOf', () => {
  it('mean, median and min across channels', () => {
    const ch = [Float64Array.from([1, 5]), Float64Array.from([2, 0]), Float64Array.from([6, 1])];
    expect(Array.from(commonModeOf(ch, 2, 'mean'))).toEqual([3, 2]);
    expect(Array.from(commonModeOf(ch, 2, 'median'))).toEqual([2, 1]);
    expect(Array.from(commonModeOf(ch, 2, 'min'))).toEqual([1, 0]);
    expect(Array.from(commonModeOf(ch, 2, 'none'))).toEqual([0, 0]);
  });
});

describe('parseStage10', () => {
  const T = 240;
  // Two channels: b's well (t = 60) comes before a's (t = 170), so the order is [b, a] whatever the input order.
  const two: TraceSet = { names: ['a', 'b'], T, data: [noisy(bump(T, 170, 1, 8), 1, 0.02), noisy(bump(T, 60, 0.7, 8), 2, 0.02)] };

  it('keeps both wells of a 2-channel case and orders them by peak time', () => {
    const r = parseStage10(two);
    expect(r.keep).toEqual(['a', 'b']);
    expect(r.order).toEqual(['b', 'a']);
    expect(Math.abs(r.perChannel.a.peak - 170)).toBeLessThanOrEqual(2);
    expect(Math.abs(r.perChannel.b.peak - 60)).toBeLessThanOrEqual(2);
  });

  it('all-noise input returns empty (abstain)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const ts: TraceSet = { names: ['x', 'y', 'z'], T, data: [0, 1, 2].map((k) => noisy(new Float64Array(T).fill(0.02), 100 * seed + k, 0.02)) };
      const r = parseStage10(ts);
      expect(r.keep).toEqual([]);
      expect(r.order).toEqual([]);
    }
  });

  it('absolute gate: both sides of zAbs', () => {
    const z = parseStage10(two).perChannel.b.z;
    expect(parseStage10(two, { zAbs: z - 1e-9 }).keep).toContain('b');
    expect(parseStage10(two, { zAbs: z + 1e-9 }).keep).not.toContain('b');
  });

  it('relative gate: both sides of rel × best', () => {
    const r = parseStage10(two);
    const ratio = r.perChannel.b.score / r.perChannel.a.score;
    expect(parseStage10(two, { rel: ratio - 1e-9 }).keep).toEqual(['a', 'b']);
    const cut = parseStage10(two, { rel: ratio + 1e-9 });
    expect(cut.keep).toEqual(['a']);
    expect(cut.perChannel.b.passedRel).toBe(false);
    expect(cut.perChannel.b.passedAbs).toBe(true);
  });

  it('is deterministic, and the null seed is the only randomness', () => {
    expect(parseStage10(two)).toEqual(parseStage10(two));
    expect(parseStage10(two, { seed: 1 }).perChannel.a.z).not.toBe(parseStage10(two, { seed: 2 }).perChannel.a.z);
  });

  it('accepts a precomputed null model (no per-call shifts) calibrated offline', () => {
    const background = Array.from({ length: 30 }, (_, s): TraceSet => ({ names: ['a', 'b'], T, data: [noisy(new Float64Array(T), 1000 + s, 0.02), noisy(new Float64Array(T), 2000 + s, 0.02)] }));
    const model = calibrateNull(background);
    expect(model.names).toEqual(['a', 'b']);
    expect(model.sd[0]).toBeGreaterThan(0);
    const r = parseStage10(two, {}, model);
    expect(r.order).toEqual(['b', 'a']);
    expect(r.perChannel.a.nullMean).toBe(model.mean[0]);
    expect(parseStage10(background[0], {}, model).keep).toEqual([]);
  });

  it('rejects malformed traces instead of guessing', () => {
    expect(() => parseStage10({ names: ['a'], T: 3, data: [Float64Array.from([1, NaN, 2])] })).toThrow(RangeError);
    expect(() => parseStage10({ names: ['a', 'b'], T: 3, data: [new Float64Array(3)] })).toThrow(RangeError);
    expect(() => parseStage10({ names: [], T: 3, data: [] })).toThrow(RangeError);
  });

  it('a zero-spread null gives a finite, capped z (reports stay JSON-safe)', () => {
    expect(zOf(1, { mean: 0, sd: 0, quantile: NaN })).toBe(Z_MAX);
    expect(zOf(0, { mean: 0, sd: 0, quantile: NaN })).toBe(0);
    expect(zOf(-1, { mean: 0, sd: 0, quantile: NaN })).toBe(-Z_MAX);
    expect(zOf(5, { mean: 1, sd: 2, quantile: NaN })).toBe(2);
    // a sparse channel: one clean well, exact zeros elsewhere → the null has no spread
    const T = 100;
    const x = new Float64Array(T);
    for (let t = 40; t < 60; t++) x[t] = Math.sin((Math.PI * (t - 40)) / 19);
    const r = parseStage10({ names: ['a', 'b'], T, data: [x, new Float64Array(T)] }, { smoothWindow: 1 });
    expect(Number.isFinite(r.perChannel.a.z)).toBe(true);
    expect(r.keep).toEqual(['a']);
  });

  it('tiny T (shorter than the template) never throws and abstains on constant input', () => {
    for (const t of [1, 2, 3, 5]) {
      const r = parseStage10({ names: ['a', 'b'], T: t, data: [new Float64Array(t).fill(1), new Float64Array(t).fill(1)] });
      expect(r.keep).toEqual([]);
    }
  });

  it('a single channel (no common mode) still detects its well', () => {
    const r = parseStage10({ names: ['only'], T, data: [noisy(bump(T, 120, 1, 8), 5, 0.02)] });
    expect(r.keep).toEqual(['only']);
  });

  it('supports the permutation null and the quantile gate', () => {
    const r = parseStage10(two, { nullMode: 'permute', nullShifts: 200 });
    expect(r.order).toEqual(['b', 'a']);
    const q = parseStage10(two, { quantileGate: true });
    expect(q.perChannel.a.score).toBeGreaterThan(q.perChannel.a.nullQuantile);
    expect(q.keep).toEqual(['a', 'b']);
  });
});
