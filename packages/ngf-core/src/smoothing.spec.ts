import { ema, emaZeroPhase, hybridSmooth, medianFilter, movingAverage, movingAverageReflectParity, movingAverageZero, reflectIndex, zClamp } from './smoothing';

describe('smoothing', () => {
  it('reflectIndex mirrors without repeating the edge', () => {
    expect([-2, -1, 0, 4, 5, 6].map((i) => reflectIndex(i, 5))).toEqual([2, 1, 0, 4, 3, 2]);
    expect(reflectIndex(7, 1)).toBe(0);
  });

  it('MA_reflect (parity) matches numpy by hand, including the N+1 length for even k', () => {
    // pad [2 | 1 2 3 4 5 | 4], box 3
    const y = movingAverageReflectParity([1, 2, 3, 4, 5], 3);
    expect(Array.from(y).map((v) => +v.toFixed(10))).toEqual([5 / 3, 2, 3, 4, 13 / 3].map((v) => +v.toFixed(10)));
    // k = 2: pad 1 each side [2 | 1 2 3 | 2] → valid box 2 → [1.5, 1.5, 2.5, 2.5]
    expect(Array.from(movingAverageReflectParity([1, 2, 3], 2))).toEqual([1.5, 1.5, 2.5, 2.5]);
    expect(movingAverageReflectParity(new Float64Array(720), 64).length).toBe(721);
  });

  it('movingAverage is centred, keeps length N, and widens an even k', () => {
    expect(Array.from(movingAverage([1, 2, 3, 4, 5], 3)).map((v) => +v.toFixed(10))).toEqual([5 / 3, 2, 3, 4, 13 / 3].map((v) => +v.toFixed(10)));
    expect(movingAverage([1, 2, 3, 4, 5], 4).length).toBe(5);
    expect(Array.from(movingAverage([1, 2, 3, 4, 5], 4))).toEqual(Array.from(movingAverage([1, 2, 3, 4, 5], 5)));
  });

  it('MA_zero sags at the edges', () => {
    expect(Array.from(movingAverageZero([3, 3, 3], 3))).toEqual([2, 3, 2]);
  });

  it('bias-corrected EMA by hand: y0 = x0', () => {
    // α = 0.5, x = [1, 0, 0]: acc = 0.5, 0.25, 0.125; w = 0.5, 0.75, 0.875
    const y = ema([1, 0, 0], 0.5);
    expect(y[0]).toBeCloseTo(1, 9);
    expect(y[1]).toBeCloseTo(1 / 3, 9);
    expect(y[2]).toBeCloseTo(1 / 7, 9);
  });

  it('zero-phase EMA does not move a symmetric peak (the causal EMA does)', () => {
    const x = new Float64Array(41);
    for (let t = 0; t < 41; t++) x[t] = Math.exp(-((t - 20) ** 2) / 18);
    const z = emaZeroPhase(x, 0.3);
    const c = ema(x, 0.3);
    const am = (a: Float64Array): number => a.indexOf(Math.max(...a));
    expect(am(z)).toBe(20);
    expect(am(c)).toBeGreaterThan(20);
  });

  it('median filter removes an isolated spike and matches a sorted-window median', () => {
    expect(Array.from(medianFilter([0, 0, 9, 0, 0], 3))).toEqual([0, 0, 0, 0, 0]);
    const x = [5, 1, 4, 2, 3, 9, 0, 7];
    for (const k of [3, 5, 7]) {
      const y = medianFilter(x, k);
      const h = (k - 1) / 2;
      x.forEach((_, j) => {
        const w = Array.from({ length: k }, (_, i) => x[reflectIndex(j - h + i, x.length)]).sort((a, b) => a - b);
        expect(y[j]).toBe(w[h]);
      });
    }
  });

  it('hybridSmooth = median then zero-phase EMA; zClamp bounds outliers at z', () => {
    const x = [0, 0, 9, 0, 0, 1, 1, 1];
    expect(Array.from(hybridSmooth(x, { medianK: 3, emaAlpha: 1, clampZ: null }))).toEqual(Array.from(medianFilter(x, 3)));
    expect(Array.from(hybridSmooth(x, { medianK: 3, emaAlpha: 0.5, clampZ: null }))).toEqual(Array.from(emaZeroPhase(medianFilter(x, 3), 0.5)));
    const c = zClamp([0, 0, 0, 0, 100], 1);
    const m = 20;
    const sd = Math.sqrt((4 * 400 + 80 * 80) / 5) + 1e-8;
    expect(c[4]).toBeCloseTo(m + sd, 6);
    expect(c[0]).toBeCloseTo(0, 6);
  });
});
