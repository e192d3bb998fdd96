import type { Csr } from './features';
import type { Objective } from './lbfgs';

/**
 * Mean weighted cross-entropy of a multinomial logistic regression plus (l2 / 2)·‖W‖², and its gradient.
 * Parameters θ = [W (nCols × K, row-major by feature), b (K)]. Rows are visited in a fixed order.
 */
export function softmaxObjective(X: Csr, y: Int32Array, weight: Float64Array, K: number, l2: number): Objective {
  const z = new Float64Array(K);
  let sumW = 0;
  for (let i = 0; i < X.nRows; i++) sumW += weight[i];
  const nW = X.nCols * K;
  const { rowPtr, col, val } = X;
  return (theta, grad) => {
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < X.nRows; i++) {
      const a = rowPtr[i];
      const e = rowPtr[i + 1];
      for (let k = 0; k < K; k++) z[k] = theta[nW + k];
      for (let j = a; j < e; j++) {
        const base = col[j] * K;
        const v = val[j];
        for (let k = 0; k < K; k++) z[k] += v * theta[base + k];
      }
      let zMax = z[0];
      for (let k = 1; k < K; k++) if (z[k] > zMax) zMax = z[k];
      const yi = y[i];
      const zy = z[yi] - zMax;
      let s = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k] - zMax);
        s += z[k];
      }
      const w = weight[i] / sumW;
      loss += w * (Math.log(s) - zy);
      // z becomes the residual p − onehot(y), scaled by the example weight.
      for (let k = 0; k < K; k++) z[k] = (w * z[k]) / s;
      z[yi] -= w;
      for (let k = 0; k < K; k++) grad[nW + k] += z[k];
      for (let j = a; j < e; j++) {
        const base = col[j] * K;
        const v = val[j];
        for (let k = 0; k < K; k++) grad[base + k] += v * z[k];
      }
    }
    let reg = 0;
    for (let p = 0; p < nW; p++) {
      reg += theta[p] * theta[p];
      grad[p] += l2 * theta[p];
    }
    return loss + 0.5 * l2 * reg;
  };
}
