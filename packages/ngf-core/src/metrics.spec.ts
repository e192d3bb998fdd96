import { aggregate, scoreSample } from './metrics';

describe('metrics (spec §5.1)', () => {
  it('hand-computed set metrics', () => {
    const s = scoreSample(['a', 'b'], ['b', 'c']);
    expect(s).toEqual({ exact: 0, precision: 0.5, recall: 0.5, f1: 0.5, jaccard: 1 / 3, hallucination: 0.5, omission: 0.5, empty: 0 });
  });
  it('exact needs the same order', () => {
    expect(scoreSample(['a', 'b'], ['a', 'b']).exact).toBe(1);
    expect(scoreSample(['a', 'b'], ['b', 'a']).exact).toBe(0);
    expect(scoreSample(['a', 'b'], ['b', 'a']).f1).toBe(1);
  });
  it('an empty prediction has precision 0 and counts as empty; empty truth + empty prediction is exact', () => {
    expect(scoreSample(['a'], [])).toMatchObject({ precision: 0, recall: 0, f1: 0, omission: 1, hallucination: 0, empty: 1 });
    expect(scoreSample([], [])).toMatchObject({ exact: 1, empty: 1 });
    expect(scoreSample([], ['a'])).toMatchObject({ exact: 0, hallucination: 1, empty: 0 });
  });
  it('aggregate is the per-sample mean', () => {
    const a = aggregate([scoreSample(['a'], ['a']), scoreSample(['a'], ['b'])]);
    expect(a.exact).toBe(0.5);
    expect(a.f1).toBe(0.5);
    expect(a.n).toBe(2);
    expect(aggregate([]).n).toBe(0);
  });
});
