import { PRIMS, hardGeometry, makeHardSample } from './generator';
import { aggregate, scoreSample } from './metrics';
import { createRng } from './rng';
import { calibrateStage11Null, defaultStage11Config, fitStage11Prior, noiseScale, parseStage11 } from './stage11';
import type { Stage11Prior } from './prior';
import type { TraceSet } from './types';

function gauss(T: number, c: number, amp: number, sigma: number): Float64Array {
  return Float64Array.from({ length: T }, (_, t) => amp * Math.exp(-((t - c) ** 2) / (2 * sigma * sigma)));
}

/** A hand-built hard-mode-like sample: wells at the given centres on the given channels, plus cm and noise. */
function build(wells: Record<string, [number, number] | undefined>, seed: number): TraceSet {
  const T = 720;
  const rng = createRng(seed);
  const { sigma } = hardGeometry(T, 0.5);
  const data = PRIMS.map((p) => {
    const w = wells[p];
    const x = w ? gauss(T, w[0], w[1], sigma) : new Float64Array(T);
    return x.map((v) => Math.max(0, v + 0.02 + rng.normal(0, 0.02)));
  });
  return { names: [...PRIMS], T, data };
}

describe('Stage-11', () => {
  it('defaults for T = 720 and T = 128', () => {
    const a = defaultStage11Config(720);
    expect([a.medianK, a.emaAlpha, a.guardRuns, a.guardMinVotes, a.priorMinPosterior]).toEqual([5, 0.2, 3, 2, 0.5]);
    const b = defaultStage11Config(128);
    expect(b.medianK).toBe(3);
    expect(b.emaAlpha).toBeCloseTo(2 / 2.6, 12);
  });

  it('noiseScale recovers the noise sd of a noisy slow signal', () => {
    const r = createRng(4);
    const x = Float64Array.from({ length: 4000 }, (_, t) => Math.sin(t / 200) + r.normal(0, 0.3));
    expect(noiseScale(x)).toBeCloseTo(0.3, 1);
    expect(noiseScale([1, 2, 3, 4])).toBe(0);
  });

  it('2-channel case: keeps both and orders by peak; guard votes are recorded', () => {
    const T = 300;
    const r = createRng(8);
    const ts: TraceSet = { names: ['late', 'early'], T, data: [gauss(T, 220, 1, 10), gauss(T, 80, 0.6, 10)].map((x) => x.map((v) => v + r.normal(0, 0.02))) };
    const res = parseStage11(ts);
    expect(res.order).toEqual(['early', 'late']);
    expect(res.votes).toEqual({ late: 3, early: 3 });
    expect(res.perChannel.early.votes).toBe(3);
  });

  it('all-noise input returns empty', () => {
    for (let seed = 0; seed < 10; seed++) expect(parseStage11(build({}, seed)).keep).toEqual([]);
  });

  it('is deterministic: same input and config → identical result', () => {
    const ts = build({ flip_v: [252, 1], rotate: [360, 0.8] }, 3);
    expect(parseStage11(ts)).toEqual(parseStage11(ts));
    expect(parseStage11(ts).order).toEqual(['flip_v', 'rotate']);
  });

  it('the phantom guard drops a channel that fails re-detection', () => {
    const ts = build({ flip_v: [252, 1], rotate: [360, 0.8] }, 3);
    const z = parseStage11(ts, { guardRuns: 0 }).perChannel.rotate.z;
    // With zAbs at the channel's own z, jittered re-runs pass about half the time; demanding all votes removes it.
    const strict = parseStage11(ts, { zAbs: z, guardRuns: 4, guardMinVotes: 4 });
    expect(strict.votes.rotate).toBeLessThan(4);
    expect(strict.keep).not.toContain('rotate');
    expect(strict.keep).toContain('flip_v');
  });

  describe('with a prior fitted on another seed', () => {
    let prior: Stage11Prior;
    beforeAll(() => {
      const rng = createRng(7);
      prior = fitStage11Prior(Array.from({ length: 250 }, () => makeHardSample(rng)), { provenance: 'test seed 7' });
    });

    it('the prior serialises to JSON and back without changing decisions', () => {
      const copy = JSON.parse(JSON.stringify(prior)) as Stage11Prior;
      const ts = build({ flip_h: [250, 1], flip_v: [470, 0.9] }, 12);
      expect(parseStage11(ts, { prior: copy })).toEqual(parseStage11(ts, { prior }));
      expect(prior.provenance).toBe('test seed 7');
    });

    it('drops a distractor that no slot explains (step 1 at slot 0, a well at slot 2 with slot 1 empty)', () => {
      const ts = build({ flip_h: [250, 1], flip_v: [470, 0.9] }, 12);
      expect(parseStage11(ts).order).toEqual(['flip_h', 'flip_v']);
      const withPrior = parseStage11(ts, { prior });
      expect(withPrior.order).toEqual(['flip_h']);
      expect(withPrior.perChannel.flip_v.posterior).toBeLessThan(0.5);
      expect(withPrior.perChannel.flip_h.posterior).toBeGreaterThan(0.5);
    });

    it('keeps a clean 3-step sequence in order', () => {
      const ts = build({ rotate: [255, 0.5], flip_h: [362, 1.2], flip_v: [466, 0.9] }, 13);
      expect(parseStage11(ts, { prior }).order).toEqual(['rotate', 'flip_h', 'flip_v']);
    });

    it('cuts hallucinations against the no-prior parser on fresh hard samples', () => {
      const rng = createRng(42);
      const test = Array.from({ length: 60 }, () => makeHardSample(rng));
      const a = aggregate(test.map((s) => scoreSample(s.truth, parseStage11(s.traces, { guardRuns: 0 }).order)));
      const b = aggregate(test.map((s) => scoreSample(s.truth, parseStage11(s.traces, { prior, guardRuns: 0 }).order)));
      expect(b.hallucination).toBeLessThan(a.hallucination / 2);
      expect(b.exact).toBeGreaterThan(a.exact);
    });
  });

  it('accepts a Stage-11 null calibrated offline', () => {
    const background = Array.from({ length: 20 }, (_, s) => build({}, 500 + s));
    const model = calibrateStage11Null(background);
    expect(parseStage11(build({ flip_h: [250, 1] }, 21), { nullModel: model }).keep).toEqual(['flip_h']);
    expect(parseStage11(build({}, 22), { nullModel: model }).keep).toEqual([]);
  });
});

describe('parseStage11 with a frozen config', () => {
  it('gives exactly the result of the same config unfrozen, call after call', () => {
    const rng = createRng(11);
    const config = { zAbs: 6, rel: 0.4, guardRuns: 1, guardMinVotes: 1, medianK: 1 };
    const frozen = Object.freeze({ ...config });
    for (let i = 0; i < 5; i++) {
      const s = makeHardSample(rng, { T: 128 });
      const a = parseStage11(s.traces, config);
      expect(parseStage11(s.traces, frozen)).toEqual(a);
      expect(parseStage11(s.traces, frozen)).toEqual(a);
    }
  });
});
