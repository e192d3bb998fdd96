import { emptySparse, sparseDot, sparseNorm, sparseSlot, sparseToDense } from './sparse';

const v = (idx: number[], val: number[]) => ({ idx: Int32Array.from(idx), val: Float32Array.from(val) });

describe('sparse vectors', () => {
  it('dot merges on common indices only', () => {
    expect(sparseDot(v([1, 4, 9], [1, 2, 3]), v([0, 4, 9, 12], [5, 0.5, 2, 7]))).toBe(2 * 0.5 + 3 * 2);
    expect(sparseDot(v([1], [1]), emptySparse())).toBe(0);
  });

  it('norm is the Euclidean norm', () => {
    expect(sparseNorm(v([2, 7], [3, 4]))).toBe(5);
    expect(sparseNorm(emptySparse())).toBe(0);
  });

  it('toDense places values and rejects out-of-range indices', () => {
    expect(Array.from(sparseToDense(v([0, 3], [1.5, -2]), 4))).toEqual([1.5, 0, 0, -2]);
    expect(() => sparseToDense(v([4], [1]), 4)).toThrow(RangeError);
  });

  it('slot finds an index by binary search, −1 when absent', () => {
    const x = v([2, 5, 9, 14], [1, 1, 1, 1]);
    expect([2, 5, 9, 14, 0, 6, 20].map((k) => sparseSlot(x, k))).toEqual([0, 1, 2, 3, -1, -1, -1]);
    expect(sparseSlot(emptySparse(), 3)).toBe(-1);
  });
});
