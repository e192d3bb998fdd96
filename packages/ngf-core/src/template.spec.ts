import { circularShift } from './numeric';
import { createRng } from './rng';
import { correlateSame, halfSineMatchedFilter, halfSineTemplate, matchedFilter, normalizedCrossCorrelation } from './template';

describe('half-sine template', () => {
  it('w = 5: h = [0, √½, 1, √½, 0], ‖h‖ = √2', () => {
    const q = halfSineTemplate(5);
    const n = Math.SQRT2 + 1e-8;
    [0, Math.SQRT1_2 / n, 1 / n, Math.SQRT1_2 / n, 0].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
  });
  it('w is at least 3 and the template has unit norm', () => {
    expect(halfSineTemplate(1).length).toBe(3);
    const q = halfSineTemplate(109);
    expect(q.reduce((a, b) => a + b * b, 0)).toBeCloseTo(1, 7);
  });
});

describe('correlateSame (np.correlate "same")', () => {
  it('odd M by hand', () => {
    // c[j] = Σ a[j − 1 + n]·v[n]
    expect(Array.from(correlateSame([1, 2, 3], [0, 1, 0.5]))).toEqual([2, 3.5, 3]);
  });
  it('even M spans j − M/2 … j + M/2 − 1', () => {
    // M = 2, off = 1: c[j] = a[j−1]·v0 + a[j]·v1
    expect(Array.from(correlateSame([1, 2, 3], [1, 2]))).toEqual([2, 5, 8]);
  });
  it('N < M returns the reverse of correlate(v, a)', () => {
    expect(Array.from(correlateSame([1, 2], [1, 2, 3]))).toEqual([8, 5, 2]);
  });
});

describe('matched filter', () => {
  const rng = createRng(11);
  const x = Float64Array.from({ length: 200 }, () => rng.normal());

  it('is circular: MF(roll(x, s))[t] = MF(x)[t − s]', () => {
    const q = halfSineTemplate(21);
    const a = matchedFilter(x, q);
    const b = matchedFilter(circularShift(x, 37), q);
    for (const t of [0, 5, 100, 199]) expect(b[t]).toBeCloseTo(a[(t - 37 + 200) % 200], 10);
  });

  it('the O(T) half-sine filter equals the direct one (odd and even widths)', () => {
    for (const w of [3, 4, 21, 64]) {
      const a = halfSineMatchedFilter(x, w);
      const b = matchedFilter(x, halfSineTemplate(w));
      for (let t = 0; t < 200; t++) expect(a[t]).toBeCloseTo(b[t], 10);
    }
  });

  it('peaks at the centre of a planted half-sine, with value ‖bump‖ for a unit template', () => {
    const q = halfSineTemplate(31);
    const y = new Float64Array(120);
    for (let n = 0; n < 31; n++) y[50 - 15 + n] = 2 * q[n];
    const c = halfSineMatchedFilter(y, 31);
    expect(c.indexOf(Math.max(...c))).toBe(50);
    expect(c[50]).toBeCloseTo(2, 6);
    expect(normalizedCrossCorrelation(y, q)[50]).toBeCloseTo(1, 6);
  });
});
