/**
 * PCA with whitening via ml-matrix (the original's pca3_and_warp, ngf-spec §2.3): centre, economy SVD, keep
 * the top components, scale each by its std (ddof = 1). Signs are fixed so the largest-magnitude loading of each
 * component is positive (LAPACK-style sign ambiguity would otherwise make results platform-dependent).
 */
import { Matrix, SVD } from 'ml-matrix';

/** A fitted whitening PCA: project(x) = ((x − mean)·pcsᵀ) / scales. Plain arrays, so it serialises to JSON. */
export interface WhiteningPca {
  readonly mean: readonly number[];
  /** Components as rows (nComponents × D). */
  readonly pcs: readonly (readonly number[])[];
  readonly scales: readonly number[];
}

/** Fits a whitening PCA with nComponents ≤ D on the rows of X (N × D, N ≥ 2). */
export function fitWhiteningPca(X: readonly (readonly number[])[], nComponents: number): WhiteningPca {
  const N = X.length;
  if (N < 2) throw new RangeError('fitWhiteningPca needs at least 2 rows');
  const D = X[0].length;
  const k = Math.min(nComponents, D);
  const mean = new Array<number>(D).fill(0);
  for (const row of X) for (let d = 0; d < D; d++) mean[d] += row[d] / N;
  const centred = new Matrix(X.map((row) => row.map((v, d) => v - mean[d])));
  const svd = new SVD(centred, { computeLeftSingularVectors: false, computeRightSingularVectors: true, autoTranspose: true });
  const V = svd.rightSingularVectors; // D × D, columns are components
  const pcs: number[][] = [];
  for (let c = 0; c < k; c++) {
    const comp = V.getColumn(c);
    let big = 0;
    for (let d = 0; d < D; d++) if (Math.abs(comp[d]) > Math.abs(comp[big])) big = d;
    const sign = comp[big] < 0 ? -1 : 1;
    pcs.push(comp.map((v) => v * sign));
  }
  const scales = pcs.map((p) => {
    let s = 0;
    let m = 0;
    const ys = X.map((row) => row.reduce((acc, v, d) => acc + (v - mean[d]) * p[d], 0));
    for (const y of ys) m += y / N;
    for (const y of ys) s += (y - m) * (y - m);
    return Math.sqrt(s / (N - 1)) + 1e-8;
  });
  return { mean, pcs, scales };
}

/** Whitened coordinates of one feature vector. */
export function projectPca(pca: WhiteningPca, x: readonly number[]): number[] {
  return pca.pcs.map((p, c) => {
    let s = 0;
    for (let d = 0; d < p.length; d++) s += (x[d] - pca.mean[d]) * p[d];
    return s / pca.scales[c];
  });
}
