import { fitWhiteningPca, projectPca } from './pca';

describe('whitening PCA (ml-matrix)', () => {
  it('finds the direction of a line with a fixed sign and whitens to unit std (ddof 1)', () => {
    const X = [-2, -1, 0, 1, 2].map((t) => [t + 10, -2 * t]);
    const p = fitWhiteningPca(X, 2);
    expect(p.mean[0]).toBeCloseTo(10, 12);
    expect(p.mean[1]).toBeCloseTo(0, 12);
    // first component ∝ (1, −2)/√5; the largest-magnitude loading (−2/√5) is made positive
    expect(p.pcs[0][0]).toBeCloseTo(-1 / Math.sqrt(5), 9);
    expect(p.pcs[0][1]).toBeCloseTo(2 / Math.sqrt(5), 9);
    const ys = X.map((x) => projectPca(p, x)[0]);
    const sd = Math.sqrt(ys.reduce((a, y) => a + y * y, 0) / (ys.length - 1));
    expect(sd).toBeCloseTo(1, 6);
  });
  it('needs at least two rows', () => {
    expect(() => fitWhiteningPca([[1, 2]], 1)).toThrow(RangeError);
  });
});
