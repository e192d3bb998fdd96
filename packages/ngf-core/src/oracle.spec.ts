import { makeHardSample } from './generator';
import { aggregate, scoreSample } from './metrics';
import { oracleParse } from './oracle';
import { createRng } from './rng';

describe('likelihood-ratio oracle', () => {
  it('is near the ceiling on hard samples and perfect without distractors', () => {
    const rng = createRng(5);
    const hard = Array.from({ length: 40 }, () => makeHardSample(rng));
    expect(aggregate(hard.map((s) => scoreSample(s.truth, oracleParse(s.traces).order))).exact).toBeGreaterThanOrEqual(0.85);
    const clean = Array.from({ length: 20 }, () => makeHardSample(rng, { distractorProb: 0 }));
    expect(aggregate(clean.map((s) => scoreSample(s.truth, oracleParse(s.traces, { distractorProb: 0 }).order))).exact).toBe(1);
  });
  it('returns empty on noise when its model allows zero tasks', () => {
    const rng = createRng(6);
    for (let i = 0; i < 5; i++) expect(oracleParse(makeHardSample(rng, { tasksK: [0, 0], distractorProb: 0 }).traces, { tasksK: [0, 3] }).order).toEqual([]);
  });
});
