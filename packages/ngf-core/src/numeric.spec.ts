import { argmax, circularShift, mean, median, medianMad, oddAtLeast, pearson, quantile, selectKth, std, zscore } from './numeric';

describe('numeric primitives (numpy semantics)', () => {
  it('mean and population std', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(std([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(std([1, 2, 3, 4], 1)).toBeCloseTo(Math.sqrt(5 / 3), 12);
  });

  it('quantile is type 7 (linear interpolation)', () => {
    // numpy: np.quantile([1,2,3,4], 0.25) = 1.75, 0.9 → 3.7
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
  });

  it('median averages the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('argmax returns the first maximum', () => {
    expect(argmax([1, 5, 5, 2])).toBe(1);
    expect(argmax([])).toBe(-1);
  });

  it('circularShift equals np.roll', () => {
    expect(Array.from(circularShift([1, 2, 3, 4, 5], 2))).toEqual([4, 5, 1, 2, 3]);
    expect(Array.from(circularShift([1, 2, 3, 4, 5], -1))).toEqual([2, 3, 4, 5, 1]);
    expect(Array.from(circularShift([1, 2, 3], 7))).toEqual([3, 1, 2]);
  });

  it('zscore and pearson', () => {
    const z = zscore([1, 2, 3]);
    expect(z[0]).toBeCloseTo(-Math.sqrt(1.5), 6);
    expect(z[1]).toBeCloseTo(0, 12);
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 6);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 6);
    expect(pearson([1, 2, 3, 9], [1, 2, 3, -100], 3)).toBeCloseTo(1, 6);
  });

  it('medianMad and selectKth', () => {
    const { median: m, mad } = medianMad([1, 2, 3, 4, 100]);
    expect(m).toBe(3);
    expect(mad).toBeCloseTo(1.4826, 12); // |dev| = 2,1,0,1,97 → median 1
    expect(medianMad([1, 2, 3, 4]).median).toBe(2.5);
    const a = Float64Array.from([9, 1, 8, 2, 7, 3]);
    expect(selectKth(a, 0)).toBe(1);
    expect(selectKth(Float64Array.from([9, 1, 8, 2, 7, 3]), 4)).toBe(8);
    expect(selectKth(Float64Array.from([5, 5, 5, 5]), 2)).toBe(5);
  });

  it('oddAtLeast rounds up to an odd width', () => {
    expect(oddAtLeast(108)).toBe(109);
    expect(oddAtLeast(9)).toBe(9);
    expect(oddAtLeast(0.2)).toBe(1);
  });
});
