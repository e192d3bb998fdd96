import { type AttributingEncoder, type Encoder, type SparseEncoder, type SyncEncoder, isAttributingEncoder, isSparseEncoder, isSyncEncoder } from './encoder';
import { type CacheStats, EmbeddingCache } from './lru-cache';
import type { SparseVec } from './sparse';
import type { Token } from './tokenize';

/** An encoder wrapped with caches; same id, dim and fingerprint as the wrapped one (caching changes no output). */
export interface Cached {
  /** Counters of the dense cache and, for sparse encoders, the sparse cache. */
  cacheStats(): { readonly dense: CacheStats; readonly sparse: CacheStats | null };
}

/** Cache sizes (entries). */
export interface CacheOptions {
  readonly capacity: number;
  /** Shared dense cache (defaults to a private one of `capacity`). */
  readonly dense?: EmbeddingCache<Float32Array>;
  /** Shared sparse cache (defaults to a private one of `capacity`). */
  readonly sparse?: EmbeddingCache<SparseVec>;
}

/** Wraps an encoder with LRU caches keyed by (fingerprint, text). Token windows (`encodeTokens`, `attributeTokens`) are not cached. */
export function withCache(encoder: AttributingEncoder, options: CacheOptions): AttributingEncoder & Cached;
export function withCache(encoder: SparseEncoder, options: CacheOptions): SparseEncoder & Cached;
export function withCache(encoder: SyncEncoder, options: CacheOptions): SyncEncoder & Cached;
export function withCache(encoder: Encoder, options: CacheOptions): Encoder & Cached;
export function withCache(encoder: Encoder, options: CacheOptions): Encoder & Cached {
  const dense = options.dense ?? new EmbeddingCache<Float32Array>(options.capacity);
  const fp = encoder.fingerprint;

  const encode = async (texts: readonly string[]): Promise<Float32Array[]> => {
    const out: (Float32Array | undefined)[] = texts.map((t) => dense.get(fp, t));
    const missing = [...new Set(texts.filter((_, i) => out[i] === undefined))];
    if (missing.length > 0) {
      const fresh = await encoder.encode(missing);
      missing.forEach((t, i) => dense.set(fp, t, fresh[i]));
      const byText = new Map(missing.map((t, i) => [t, fresh[i]] as const));
      texts.forEach((t, i) => {
        if (out[i] === undefined) out[i] = byText.get(t);
      });
    }
    return out as Float32Array[];
  };
  const base = { id: encoder.id, dim: encoder.dim, fingerprint: fp, encode };

  if (isSparseEncoder(encoder)) {
    const sparse = options.sparse ?? new EmbeddingCache<SparseVec>(options.capacity);
    const wrapped: SparseEncoder & Cached = {
      ...base,
      encodeSync: (texts: readonly string[]) => texts.map((t) => dense.getOrCompute(fp, t, () => encoder.encodeSync([t])[0])),
      encodeSparse: (text: string) => sparse.getOrCompute(fp, text, () => encoder.encodeSparse(text)),
      encodeTokens: (tokens: readonly Token[], start?: number, end?: number) => encoder.encodeTokens(tokens, start, end),
      cacheStats: () => ({ dense: dense.stats(), sparse: sparse.stats() }),
    };
    if (isAttributingEncoder(encoder)) {
      const attributing: AttributingEncoder & Cached = {
        ...wrapped,
        attributeTokens: (tokens: readonly Token[], start?: number, end?: number) => encoder.attributeTokens(tokens, start, end),
      };
      return attributing;
    }
    return wrapped;
  }
  if (isSyncEncoder(encoder)) {
    const wrapped: SyncEncoder & Cached = {
      ...base,
      encodeSync: (texts: readonly string[]) => texts.map((t) => dense.getOrCompute(fp, t, () => encoder.encodeSync([t])[0])),
      cacheStats: () => ({ dense: dense.stats(), sparse: null }),
    };
    return wrapped;
  }
  return { ...base, cacheStats: () => ({ dense: dense.stats(), sparse: null }) };
}
