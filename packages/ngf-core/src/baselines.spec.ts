import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { seedParityParse, stockParse } from './baselines';
import { NUMPY_SHIFTS_T720, parityShifts } from './parity-shifts';
import { traceSetFrom } from './trace-set';

interface FixtureSample {
  i: number;
  truth: string[];
  traces: Record<string, number[]>;
  expected: Record<'geodesic' | 'stock', { keep: string[]; order: string[] }>;
}
const fixture = JSON.parse(gunzipSync(readFileSync(join(__dirname, '__fixtures__', 'seed42-first6.json.gz'))).toString('utf8')) as { samples: FixtureSample[] };

describe('parity shift tables', () => {
  it('T = 720 is numpy default_rng(0).integers(1, 719) × 120', () => {
    const s = parityShifts(720);
    expect(Array.from(s.slice(0, 10))).toEqual([611, 458, 367, 194, 222, 30, 55, 12, 126, 584]);
    expect(s.reduce((a, b) => a + b, 0)).toBe(43829);
    expect(NUMPY_SHIFTS_T720.length).toBe(120);
  });
  it('the derived T = 160 table equals numpy’s published one', () => {
    const s = parityShifts(160);
    expect(Array.from(s.slice(0, 10))).toEqual([135, 101, 81, 43, 49, 7, 12, 3, 28, 129]);
    expect(s.reduce((a, b) => a + b, 0)).toBe(9688);
  });
});

describe('seedParityParse (the original geodesic_parse_report)', () => {
  it('reproduces Appendix A sample 1 number for number', () => {
    const s = fixture.samples[0];
    expect(s.i).toBe(1);
    const r = seedParityParse(traceSetFrom(s.traces));
    expect(r.keep).toEqual(['flip_h', 'flip_v', 'rotate']);
    expect(r.order).toEqual(['rotate', 'flip_h', 'flip_v']);
    expect([r.perChannel.flip_h.peak, r.perChannel.flip_v.peak, r.perChannel.rotate.peak]).toEqual([455, 599, 249]);
    const ch = ['flip_h', 'flip_v', 'rotate'].map((n) => r.perChannel[n]);
    [1.8847, 2.4157, 2.3763].forEach((v, k) => expect(ch[k].zRes).toBeCloseTo(v, 3));
    [-0.1643, 2.5926, 2.5433].forEach((v, k) => expect(ch[k].zRaw).toBeCloseTo(v, 3));
    [1.8189, 3.4527, 3.3936].forEach((v, k) => expect(ch[k].score).toBeCloseTo(v, 3));
    expect(ch[0].zCm).toBeCloseTo(-1.2494, 3);
  });

  it('reproduces Appendix A sample 2 (peaks and scores)', () => {
    const r = seedParityParse(traceSetFrom(fixture.samples[1].traces));
    expect([r.perChannel.flip_h.peak, r.perChannel.flip_v.peak, r.perChannel.rotate.peak]).toEqual([360, 253, 473]);
    [2.6522, 2.8588, 3.0063].forEach((v, k) => expect(r.perChannel[['flip_h', 'flip_v', 'rotate'][k]].score).toBeCloseTo(v, 3));
    expect(r.order).toEqual(['flip_v', 'flip_h', 'rotate']);
  });

  it('matches the original keep and order on every fixture sample; never empty', () => {
    for (const s of fixture.samples) {
      const r = seedParityParse(traceSetFrom(s.traces));
      expect({ i: s.i, keep: r.keep, order: r.order }).toEqual({ i: s.i, ...s.expected.geodesic });
      expect(r.keep.length).toBeGreaterThan(0);
    }
  });
});

describe('stockParse (the original stock_parse)', () => {
  it('matches the original keep and order on every fixture sample', () => {
    for (const s of fixture.samples) {
      const r = stockParse(traceSetFrom(s.traces));
      expect({ i: s.i, keep: r.keep, order: r.order }).toEqual({ i: s.i, ...s.expected.stock });
    }
  });
  it('falls back to the argmax instead of abstaining when every score is ≤ 0', () => {
    const T = 200;
    const r = stockParse({ names: ['a', 'b'], T, data: [new Float64Array(T).fill(-1), new Float64Array(T).fill(-2)] });
    expect(r.keep).toEqual(['a']);
  });
});
