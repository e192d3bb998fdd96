import { detectArc, unitScore } from './detect';
import type { Mention } from './instruction';
import { buildArcTraces, mentionTime, wordTime } from './traces';

const m = (primitive: Mention['primitive'], at: number[], strength = 1): Mention => ({ primitive, at, strength });

describe('lexical traces', () => {
  it('lays short prompts out as MIN_WORDS words so wells stay narrow', () => {
    expect(wordTime(0, 3, 128)).toBeCloseTo(128 * 0.5 / 24, 9);
    expect(wordTime(0, 48, 128)).toBeCloseTo(128 * 0.5 / 48, 9);
  });
  it('puts one well per mention at the mean time of its evidence words', () => {
    const ts = buildArcTraces([m('flip_h', [0, 2])], 3, 128);
    const c = mentionTime(m('flip_h', [0, 2]), 3, 128);
    const x = ts.data[0];
    let arg = 0;
    for (let t = 1; t < x.length; t++) if (x[t] > x[arg]) arg = t;
    expect(Math.abs(arg - c)).toBeLessThanOrEqual(0.5);
    expect(ts.data.slice(1).every((ch) => ch.every((v) => v === 0))).toBe(true);
  });
});

describe('detectArc', () => {
  it.each(['stage10', 'stage11'] as const)('%s keeps mentioned channels, orders them by peak time, keeps nothing else', (rails) => {
    const ts = buildArcTraces([m('rot90', [1]), m('flip_h', [6])], 8, 128);
    const d = detectArc(ts, rails);
    expect(d.keep.slice().sort()).toEqual(['flip_h', 'rot90']);
    expect(d.order).toEqual(['rot90', 'flip_h']);
    expect(d.perChannel.transpose.passedAbs).toBe(false);
  });
  it('a full-strength well scores one unit; a weak one (0.3) fails the absolute gate', () => {
    const strong = detectArc(buildArcTraces([m('transpose', [5])], 10, 128), 'stage10');
    expect(strong.perChannel.transpose.score).toBeCloseTo(1, 1);
    const weak = detectArc(buildArcTraces([m('transpose', [5], 0.3)], 10, 128), 'stage10');
    expect(weak.keep).toEqual([]);
  });
  it('the unit score is positive and cached per rails and T', () => {
    expect(unitScore('stage10', 128)).toBeGreaterThan(0);
    expect(unitScore('stage10', 128)).toBe(unitScore('stage10', 128));
  });
  it('refuses tiny T', () => {
    expect(() => detectArc(buildArcTraces([], 1, 8), 'stage10')).toThrow(RangeError);
  });
});
