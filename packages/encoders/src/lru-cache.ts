/** Counters of a cache since it was created (or last cleared). */
export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly evictions: number;
  readonly size: number;
  readonly capacity: number;
}

/**
 * Least-recently-used cache of encoder outputs keyed by (encoder fingerprint, text), so one cache can serve
 * several encoders without mixing their vectors. Backed by a Map, whose insertion order is the recency order.
 * Cached values are shared: callers must not mutate them.
 */
export class EmbeddingCache<V> {
  private readonly map = new Map<string, V>();
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`cache capacity must be an integer ≥ 1, got ${capacity}`);
  }

  /** The cached value (and marks it most recently used), or undefined; counts a hit or a miss. */
  get(fingerprint: string, text: string): V | undefined {
    const key = cacheKey(fingerprint, text);
    const v = this.map.get(key);
    if (v === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  /** Stores a value as most recently used, evicting the least recently used entry when full. */
  set(fingerprint: string, text: string, value: V): void {
    const key = cacheKey(fingerprint, text);
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
      this.evictions++;
    }
    this.map.set(key, value);
  }

  /** The cached value, or `compute()` stored and returned. */
  getOrCompute(fingerprint: string, text: string, compute: () => V): V {
    const hit = this.get(fingerprint, text);
    if (hit !== undefined) return hit;
    const v = compute();
    this.set(fingerprint, text, v);
    return v;
  }

  /** True when present (does not count as a hit or change recency). */
  has(fingerprint: string, text: string): boolean {
    return this.map.has(cacheKey(fingerprint, text));
  }

  /** Current counters. */
  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses, evictions: this.evictions, size: this.map.size, capacity: this.capacity };
  }

  /** Drops every entry and resets the counters. */
  clear(): void {
    this.map.clear();
    this.hits = 0;
    this.misses = 0;
    this.evictions = 0;
  }
}

/** NUL cannot occur in a hex fingerprint, so (fingerprint, text) pairs map to distinct keys. */
function cacheKey(fingerprint: string, text: string): string {
  return `${fingerprint}\u0000${text}`;
}
