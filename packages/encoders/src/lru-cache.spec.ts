import { withCache } from './cached-encoder';
import type { Encoder } from './encoder';
import { EmbeddingCache } from './lru-cache';
import { createWordmap } from './wordmap';

describe('EmbeddingCache', () => {
  it('counts hits and misses and evicts the least recently used entry', () => {
    const c = new EmbeddingCache<number>(2);
    c.set('fp', 'a', 1);
    c.set('fp', 'b', 2);
    expect(c.get('fp', 'a')).toBe(1); // a is now most recent
    c.set('fp', 'c', 3); // evicts b
    expect(c.get('fp', 'b')).toBeUndefined();
    expect(c.get('fp', 'a')).toBe(1);
    expect(c.get('fp', 'c')).toBe(3);
    expect(c.stats()).toEqual({ hits: 3, misses: 1, evictions: 1, size: 2, capacity: 2 });
  });

  it('overwriting a key neither grows nor evicts', () => {
    const c = new EmbeddingCache<number>(2);
    c.set('fp', 'a', 1);
    c.set('fp', 'b', 2);
    c.set('fp', 'a', 9);
    expect(c.stats().evictions).toBe(0);
    expect(c.get('fp', 'a')).toBe(9);
    expect(c.get('fp', 'b')).toBe(2);
  });

  it('keeps encoders apart by fingerprint', () => {
    const c = new EmbeddingCache<number>(4);
    c.set('fp1', 'text', 1);
    expect(c.get('fp2', 'text')).toBeUndefined();
    expect(c.get('fp1', 'text')).toBe(1);
  });

  it('getOrCompute computes once and clear resets counters', () => {
    const c = new EmbeddingCache<number>(4);
    let calls = 0;
    const f = () => ++calls;
    expect(c.getOrCompute('fp', 'x', f)).toBe(1);
    expect(c.getOrCompute('fp', 'x', f)).toBe(1);
    expect(calls).toBe(1);
    c.clear();
    expect(c.stats()).toEqual({ hits: 0, misses: 0, evictions: 0, size: 0, capacity: 4 });
  });

  it('rejects a capacity below 1', () => {
    expect(() => new EmbeddingCache(0)).toThrow(RangeError);
  });
});

describe('withCache', () => {
  it('serves repeated sparse encodes from the cache with the same fingerprint', () => {
    const inner = createWordmap();
    const enc = withCache(inner, { capacity: 8 });
    expect(enc.fingerprint).toBe(inner.fingerprint);
    const a = enc.encodeSparse('deposit 1 eth');
    const b = enc.encodeSparse('deposit 1 eth');
    expect(b).toBe(a);
    expect(Array.from(a.val)).toEqual(Array.from(inner.encodeSparse('deposit 1 eth').val));
    expect(enc.cacheStats().sparse).toMatchObject({ hits: 1, misses: 1, size: 1 });
  });

  it('asks an async encoder only for the distinct texts it has not seen', async () => {
    const seen: string[][] = [];
    const fake: Encoder = {
      id: 'fake',
      dim: 1,
      fingerprint: 'f'.repeat(64),
      encode: async (texts) => {
        seen.push([...texts]);
        return texts.map((t) => Float32Array.of(t.length));
      },
    };
    const enc = withCache(fake, { capacity: 8 });
    const first = await enc.encode(['ab', 'abc', 'ab']);
    expect(first.map((v) => v[0])).toEqual([2, 3, 2]);
    const second = await enc.encode(['abc', 'abcd']);
    expect(second.map((v) => v[0])).toEqual([3, 4]);
    expect(seen).toEqual([['ab', 'abc'], ['abcd']]);
  });
});
