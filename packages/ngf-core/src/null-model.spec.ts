import { nullFromModel, nullShifts, permutationNullValues, shiftNullValues, summarizeNull } from './null-model';
import { circularShift, quantile } from './numeric';
import { createRng } from './rng';
import { halfSineTemplate, matchedFilter } from './template';

describe('null model', () => {
  it('shift tables are seeded, deterministic and exclude |shift| < minShift', () => {
    const a = nullShifts(720, 256, 109, 0);
    expect(nullShifts(720, 256, 109, 0)).toEqual(a);
    expect(Array.from(nullShifts(720, 256, 109, 1))).not.toEqual(Array.from(a));
    expect(a.length).toBe(256);
    for (const s of Array.from(a)) {
      expect(s).toBeGreaterThanOrEqual(109);
      expect(s).toBeLessThanOrEqual(720 - 109);
    }
    // minShift is capped at ⌊T/4⌋ for short traces
    for (const s of Array.from(nullShifts(20, 50, 19, 0))) expect(s).toBeGreaterThanOrEqual(5);
  });

  it('the shift null read off the filter equals filtering each rolled signal (exact, not approximate)', () => {
    const rng = createRng(2);
    const y = Float64Array.from({ length: 150 }, () => rng.normal());
    const q = halfSineTemplate(21);
    const mf = matchedFilter(y, q);
    const shifts = nullShifts(150, 20, 21, 3);
    const fast = shiftNullValues(mf, 40, shifts);
    Array.from(shifts).forEach((s, i) => expect(fast[i]).toBeCloseTo(matchedFilter(circularShift(y, s), q)[40], 10));
  });

  it('null quantiles and location/scale by hand', () => {
    const v = Float64Array.from([1, 2, 3, 4, 5]);
    const m = summarizeNull(v, 'moment', 0.9);
    expect(m.mean).toBe(3);
    expect(m.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(m.quantile).toBeCloseTo(4.6, 12); // type 7: 4 + 0.6·(5 − 4)
    const r = summarizeNull(Float64Array.from([1, 2, 3, 4, 100]), 'robust', 0.5);
    expect(r.mean).toBe(3);
    expect(r.sd).toBeCloseTo(1.4826, 12);
    // MAD 0 (sparse null) falls back to the std
    const z = summarizeNull(Float64Array.from([0, 0, 0, 0, 5]), 'robust', 0.5);
    expect(z.sd).toBeCloseTo(2, 12);
  });

  it('the O(n) quantile equals the sort-based type-7 quantile', () => {
    const rng = createRng(12);
    for (const n of [1, 2, 7, 256]) {
      const v = Float64Array.from({ length: n }, () => rng.normal());
      for (const level of [0, 0.5, 0.9, 0.99, 1]) expect(summarizeNull(v, 'moment', level).quantile).toBeCloseTo(quantile(v, level), 12);
    }
  });

  it('permutation null is deterministic per seed and centred on the mean·Σq', () => {
    const y = Float64Array.from({ length: 100 }, (_, i) => (i % 2 ? 1 : 0));
    const q = halfSineTemplate(11);
    const a = permutationNullValues(y, q, 400, 5);
    expect(permutationNullValues(y, q, 400, 5)).toEqual(a);
    const mean = a.reduce((p, c) => p + c, 0) / a.length;
    expect(mean).toBeCloseTo(0.5 * q.reduce((p, c) => p + c, 0), 1);
  });

  it('a supplied model is matched by name and fails loudly on a missing channel', () => {
    const model = { mean: Float64Array.from([1, 2]), sd: Float64Array.from([3, 4]), names: ['b', 'a'] };
    expect(nullFromModel(model, 'a', 0)).toEqual({ mean: 2, sd: 4, quantile: NaN });
    expect(() => nullFromModel(model, 'c', 0)).toThrow(RangeError);
    expect(nullFromModel({ mean: Float64Array.from([7]), sd: Float64Array.from([1]) }, 'x', 0).mean).toBe(7);
  });
});
