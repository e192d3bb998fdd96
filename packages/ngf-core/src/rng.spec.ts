import { createRng } from './rng';

describe('createRng (xoshiro128**)', () => {
  it('same seed gives the identical sequence, different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xa = Array.from({ length: 50 }, () => a.nextUint32());
    const xb = Array.from({ length: 50 }, () => b.nextUint32());
    const xc = Array.from({ length: 50 }, () => c.nextUint32());
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
  });

  it('next() lies in [0, 1) and int(n) covers 0..n−1 uniformly', () => {
    const r = createRng(1);
    const counts = new Array(5).fill(0);
    for (let i = 0; i < 10000; i++) {
      const u = r.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      counts[r.int(5)]++;
    }
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });

  it('normal() has the requested mean and sd', () => {
    const r = createRng(7);
    const xs = Array.from({ length: 20000 }, () => r.normal(3, 2));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
    expect(m).toBeCloseTo(3, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it('uniform(lo, hi) stays in range', () => {
    const r = createRng(3);
    for (let i = 0; i < 1000; i++) {
      const u = r.uniform(-2, 5);
      expect(u).toBeGreaterThanOrEqual(-2);
      expect(u).toBeLessThan(5);
    }
  });

  it('clone() replays the same future; fork() is deterministic, distinct per k, and does not advance the parent', () => {
    const r = createRng(9);
    r.next();
    const c = r.clone();
    expect(Array.from({ length: 5 }, () => c.normal())).toEqual(Array.from({ length: 5 }, () => r.normal()));
    const p1 = createRng(5);
    const p2 = createRng(5);
    const f1 = p1.fork(1);
    const f1b = p2.fork(1);
    const f2 = p2.fork(2);
    expect(f1.nextUint32()).toBe(f1b.nextUint32());
    expect(createRng(5).fork(1).nextUint32()).not.toBe(f2.nextUint32());
    expect(p1.nextUint32()).toBe(createRng(5).nextUint32());
  });

  it('int() rejects invalid bounds', () => {
    expect(() => createRng(1).int(0)).toThrow(RangeError);
    expect(() => createRng(1).int(2.5)).toThrow(RangeError);
  });
});
