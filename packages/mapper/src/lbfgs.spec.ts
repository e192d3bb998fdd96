import { lbfgs } from './lbfgs';

describe('lbfgs', () => {
  it('finds the minimum of an ill-conditioned quadratic', () => {
    // f(x) = ½ Σ c_i (x_i − t_i)², minimum at t.
    const c = [1, 10, 100, 1000];
    const t = [1, -2, 3, 0.5];
    const r = lbfgs(
      (x, g) => {
        let f = 0;
        for (let i = 0; i < x.length; i++) {
          const d = x[i] - t[i];
          f += 0.5 * c[i] * d * d;
          g[i] = c[i] * d;
        }
        return f;
      },
      new Float64Array(4),
      { maxIter: 200, memory: 5, tolerance: 1e-9 },
    );
    expect(r.converged).toBe(true);
    r.x.forEach((v, i) => expect(v).toBeCloseTo(t[i], 6));
  });

  it('finds the Rosenbrock minimum (1, 1)', () => {
    const r = lbfgs(
      (x, g) => {
        const [a, b] = [x[0], x[1]];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.of(-1.2, 1),
      { maxIter: 500, memory: 10, tolerance: 1e-8 },
    );
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.x[1]).toBeCloseTo(1, 4);
  });
});
