/** Objective: writes the gradient at `x` into `g` and returns the value. */
export type Objective = (x: Float64Array, g: Float64Array) => number;

/** Optimiser settings. */
export interface LbfgsOptions {
  readonly maxIter: number;
  readonly memory: number;
  readonly tolerance: number;
}

/** Where the optimiser stopped. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/**
 * Limited-memory BFGS (two-loop recursion) with a backtracking Armijo line search. Everything is a fixed
 * sequence of floating-point operations, so the same objective and start give the same bytes on every run.
 */
export function lbfgs(f: Objective, x0: Float64Array, o: LbfgsOptions): LbfgsResult {
  const n = x0.length;
  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const alpha = new Float64Array(o.memory);
  let sNext: Float64Array = new Float64Array(n);
  let yNext: Float64Array = new Float64Array(n);
  for (let iter = 0; iter < o.maxIter; iter++) {
    if (maxAbs(g) < o.tolerance) return { x, value: fx, iterations: iter, converged: true };
    // Two-loop recursion: d = −H·g.
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], d);
      const yk = Y[k];
      for (let i = 0; i < n; i++) d[i] -= alpha[k] * yk[i];
    }
    const gamma = S.length > 0 ? dot(S[S.length - 1], Y[S.length - 1]) / dot(Y[S.length - 1], Y[S.length - 1]) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let i = 0; i < n; i++) d[i] *= gamma;
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k] * dot(Y[k], d);
      const sk = S[k];
      for (let i = 0; i < n; i++) d[i] += (alpha[k] - beta) * sk[i];
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (curvature noise): restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      const scale = Math.max(1, Math.sqrt(dot(g, g)));
      for (let i = 0; i < n; i++) d[i] = -g[i] / scale;
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = Infinity;
    for (let ls = 0; ls < 40; ls++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) return { x, value: fx, iterations: iter, converged: false };
    const s = sNext;
    const y = yNext;
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      // Keep the pair; the next pair is written into the dropped oldest pair's arrays (less garbage, same numbers).
      if (S.length === o.memory) {
        sNext = S.shift() as Float64Array;
        yNext = Y.shift() as Float64Array;
        rho.shift();
      } else {
        sNext = new Float64Array(n);
        yNext = new Float64Array(n);
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const decrease = fx - fNew;
    x.set(xNew);
    g.set(gNew);
    fx = fNew;
    if (decrease <= 1e-12 * Math.max(1, Math.abs(fx))) return { x, value: fx, iterations: iter + 1, converged: true };
  }
  return { x, value: fx, iterations: o.maxIter, converged: maxAbs(g) < o.tolerance };
}
