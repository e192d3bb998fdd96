import { type HeldOut, chooseThresholds, fitTemperature, heldOutNll, quantile } from './calibrate';
import { abstainRule } from './linear-model';

const held = (rows: [number, number, number][], ood?: number[]): HeldOut => ({
  n: rows.length,
  K: 2,
  logits: Float64Array.from(rows.flatMap(([a, b]) => [a, b])),
  y: Int32Array.from(rows.map((r) => r[2])),
  ood: Float64Array.from(ood ?? rows.map(() => 0.1)),
  negative: new Uint8Array(rows.length),
});

const rule = { targetPrecision: 0.99, minP1: 0.5, minMargin: 0.1, oodQuantile: 1, oodSlack: 0.05, oodFloor: 0, oodCap: 0.9 };

describe('abstainRule', () => {
  const t = { p1_min: 0.7, margin_min: 0.2, ood_max: 0.4 };
  it('accepts on equality and rejects just below, in the order ood, confidence, margin', () => {
    expect(abstainRule(0.7, 0.2, 0.4, t)).toBeNull();
    expect(abstainRule(0.7, 0.2, 0.4000001, t)).toBe('out_of_domain');
    expect(abstainRule(0.6999999, 0.2, 0.4, t)).toBe('low_confidence');
    expect(abstainRule(0.7, 0.1999999, 0.4, t)).toBe('ambiguous');
    expect(abstainRule(0.1, 0.0, 0.9, t)).toBe('out_of_domain');
    expect(abstainRule(0.1, 0.0, 0.1, t)).toBe('low_confidence');
  });
  it('never accepts NaN', () => {
    expect(abstainRule(NaN, 1, 0, t)).toBe('low_confidence');
    expect(abstainRule(1, NaN, 0, t)).toBe('ambiguous');
    expect(abstainRule(1, 1, NaN, t)).toBe('out_of_domain');
  });
});

describe('temperature', () => {
  it('computes NLL by hand: logits (ln 3, 0) with the first label true → −ln 0.75', () => {
    expect(heldOutNll(held([[Math.log(3), 0, 0]]), 1)).toBeCloseTo(-Math.log(0.75), 12);
    expect(heldOutNll(held([[Math.log(3), 0, 0]]), 2)).toBeCloseTo(-Math.log(Math.sqrt(3) / (Math.sqrt(3) + 1)), 12);
  });

  it('softens an overconfident model: T > 1 and a lower NLL', () => {
    // Logit gap 4 (p ≈ 0.982) but right only 3 times in 4: the best T makes p ≈ 0.75, i.e. gap ln 3 → T = 4 / ln 3.
    const h = held([
      [4, 0, 0],
      [4, 0, 0],
      [4, 0, 0],
      [4, 0, 1],
    ]);
    const T = fitTemperature(h, 0.05, 20);
    expect(T).toBeCloseTo(4 / Math.log(3), 4);
    expect(heldOutNll(h, T)).toBeLessThan(heldOutNll(h, 1));
  });

  it('keeps T = 1 without held-out rows', () => {
    expect(fitTemperature(held([]), 0.5, 20)).toBe(1);
  });
});

describe('quantile', () => {
  it('returns the lower empirical quantile', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.4)).toBe(2);
    expect(quantile([5, 1, 3, 2, 4], 1)).toBe(5);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe('chooseThresholds', () => {
  it('tightens the thresholds just past the confident mistakes while keeping every correct row', () => {
    // p1 of each row = softmax of the gap; rows 1–8 correct with gaps 3..6, two mistakes with gap 0.8 (p1 ≈ 0.69).
    const rows: [number, number, number][] = [
      [3, 0, 0],
      [3.5, 0, 0],
      [4, 0, 0],
      [4.5, 0, 0],
      [5, 0, 1],
      [0, 5, 1],
      [0, 5.5, 1],
      [0, 6, 1],
      [0.8, 0, 1],
      [0, 0.8, 0],
    ];
    rows[4] = [0, 5, 1];
    const r = chooseThresholds(held(rows), 1, rule);
    // Mistakes: p1 = 0.68997, margin = tanh(0.4) = 0.37995; correct rows: p1 ≥ 0.953. With K = 2 margin = 2·p1 − 1,
    // so p1_min 0.70 and margin_min 0.38 accept the same rows; ties go to the lower p1_min (searched first).
    expect(r.thresholds).toEqual({ p1_min: 0.5, margin_min: 0.38, ood_max: 0.15 });
    expect(r.precision).toBe(1);
    expect(r.coverage).toBe(0.8);
    expect(r.targetMet).toBe(true);
  });

  it('derives ood_max from the held-out ood quantile plus slack, clamped to [floor, cap]', () => {
    const h = held(
      [
        [5, 0, 0],
        [0, 5, 1],
      ],
      [0.1, 0.3],
    );
    expect(chooseThresholds(h, 1, rule).thresholds.ood_max).toBe(0.35);
    expect(chooseThresholds(h, 1, { ...rule, oodFloor: 0.5 }).thresholds.ood_max).toBe(0.5);
    expect(chooseThresholds(h, 1, { ...rule, oodCap: 0.2 }).thresholds.ood_max).toBe(0.2);
  });

  it('falls back to the floors and the cap without held-out rows', () => {
    expect(chooseThresholds(held([]), 1, rule).thresholds).toEqual({ p1_min: 0.5, margin_min: 0.1, ood_max: 0.9 });
  });
});
