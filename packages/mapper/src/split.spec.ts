import { stratifiedSplit } from './split';

describe('stratifiedSplit', () => {
  it('holds out round(fraction · n) of each label, never a label’s last row', () => {
    const y = Int32Array.from([...Array(10).fill(0), ...Array(5).fill(1), 2]);
    const s = stratifiedSplit(y, 3, 0.2, 1);
    const count = (rows: readonly number[], k: number) => rows.filter((i) => y[i] === k).length;
    expect([count(s.calibration, 0), count(s.calibration, 1), count(s.calibration, 2)]).toEqual([2, 1, 0]);
    expect(s.train.length + s.calibration.length).toBe(16);
    expect([...s.train, ...s.calibration].sort((a, b) => a - b)).toEqual([...Array(16).keys()]);
  });

  it('is a pure function of the seed, and different seeds pick different rows', () => {
    const y = new Int32Array(100).map((_, i) => i % 2);
    expect(stratifiedSplit(y, 2, 0.3, 5)).toEqual(stratifiedSplit(y, 2, 0.3, 5));
    expect(stratifiedSplit(y, 2, 0.3, 5).calibration).not.toEqual(stratifiedSplit(y, 2, 0.3, 6).calibration);
  });

  it('keeps everything for training with fraction 0', () => {
    const y = Int32Array.from([0, 1, 0, 1]);
    expect(stratifiedSplit(y, 2, 0, 1)).toEqual({ train: [0, 1, 2, 3], calibration: [] });
  });
});
