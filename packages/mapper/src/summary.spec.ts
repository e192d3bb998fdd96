import { summarizePrediction } from './summary';

describe('summarizePrediction', () => {
  it('rounds every number to 4 decimals and keeps the top-k order', () => {
    const s = summarizePrediction({
      label: 'b',
      topk: [{ label: 'b', p: 0.666666 }, { label: 'a', p: 0.333334 }],
      p1: 0.666666,
      margin: 0.333332,
      ood: 0.12345,
      abstain: null,
    });
    expect(s).toEqual({ topk: [{ label: 'b', p: 0.6667 }, { label: 'a', p: 0.3333 }], p1: 0.6667, margin: 0.3333, ood: 0.1235 });
  });

  it('records a non-finite number as 0 (JSON has no NaN)', () => {
    expect(summarizePrediction({ label: 'a', topk: [], p1: NaN, margin: Infinity, ood: 0, abstain: null })).toEqual({ topk: [], p1: 0, margin: 0, ood: 0 });
  });
});
