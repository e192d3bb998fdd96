import { HARD_DEFAULTS, PRIMS, hardGeometry, makeHardSample, makeSimpleSample } from './generator';
import { createRng } from './rng';

describe('hard-mode generator (spec §4.1)', () => {
  it('same seed → identical samples; different seed → different samples', () => {
    const a = makeHardSample(createRng(42));
    const b = makeHardSample(createRng(42));
    const c = makeHardSample(createRng(43));
    expect(a).toEqual(b);
    expect(Array.from(a.traces.data[0])).not.toEqual(Array.from(c.traces.data[0]));
  });

  it('geometry for T = 720: slots 252/360/468, FWHM 72, jitter −15..14', () => {
    expect(hardGeometry(720, 0.5)).toEqual({ centers: [252, 360, 468], fwhm: 72, sigma: 72 / 2.355, jitter: 15 });
  });

  it('truth is 1–3 distinct primitives in slot order; wells sit in their slots; distractors only on non-task channels', () => {
    const rng = createRng(1);
    const { centers, jitter } = hardGeometry(720, 0.5);
    const ks = new Set<number>();
    for (let i = 0; i < 120; i++) {
      const s = makeHardSample(rng);
      ks.add(s.truth.length);
      expect(new Set(s.truth).size).toBe(s.truth.length);
      const tasks = s.planted.filter((p) => p.kind === 'task');
      expect(tasks.map((p) => p.channel)).toEqual(s.truth);
      tasks.forEach((p, j) => {
        expect(p.center - centers[j]).toBeGreaterThanOrEqual(-jitter);
        expect(p.center - centers[j]).toBeLessThan(jitter);
        expect(p.amp).toBeGreaterThanOrEqual(0.25);
      });
      for (const d of s.planted.filter((p) => p.kind === 'distractor')) {
        expect(s.truth).not.toContain(d.channel);
        expect(d.center).toBeGreaterThanOrEqual(108);
        expect(d.center).toBeLessThan(612);
      }
      expect(s.traces.data.every((x) => x.every((v) => v >= 0))).toBe(true);
    }
    expect([...ks].sort()).toEqual([1, 2, 3]);
    expect(makeHardSample(rng).traces.names).toEqual([...PRIMS]);
  });

  it('noise-only and distractor-free options', () => {
    const rng = createRng(3);
    for (let i = 0; i < 50; i++) {
      expect(makeHardSample(rng, { tasksK: [0, 0], distractorProb: 0 }).planted).toEqual([]);
      expect(makeHardSample(rng, { distractorProb: 0 }).planted.every((p) => p.kind === 'task')).toBe(true);
    }
    expect(HARD_DEFAULTS.T).toBe(720);
  });
});

describe('simple-mode generator (spec §4.2)', () => {
  it('places raw half-sine lobes (peak ≈ 1) at ⌊0.4T⌋ and ⌊0.7T⌋; truth sorted by centre', () => {
    const s = makeSimpleSample(createRng(5), [2, 1], { noise: 0 });
    expect(s.truth).toEqual(['1', '2']);
    const x1 = s.traces.data[1];
    const x2 = s.traces.data[2];
    expect(x1.indexOf(Math.max(...x1))).toBeGreaterThanOrEqual(63);
    expect(x1.indexOf(Math.max(...x1))).toBeLessThanOrEqual(65);
    expect(x2.indexOf(Math.max(...x2))).toBeGreaterThanOrEqual(111);
    expect(x2.indexOf(Math.max(...x2))).toBeLessThanOrEqual(113);
    expect(Math.max(...x1)).toBeCloseTo(1, 2);
    expect(Math.max(...s.traces.data[0])).toBe(0);
    expect(() => makeSimpleSample(createRng(1), [3])).toThrow(RangeError);
  });
});
