import type * as E from 'fp-ts/Either';

/**
 * A key that identifies a raw JSON value exactly, or null when the value is not plain JSON (NaN, ±Infinity,
 * undefined members, functions, class instances, cycles, very deep or large values). Only exact keys are cached:
 * JSON.stringify would map NaN to null and so could let an invalid context share a valid one's parse.
 */
export function exactJsonKey(raw: unknown, maxChars = 16384): string | null {
  const parts: string[] = [];
  let size = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 8 || size > maxChars) return false;
    if (v === null) { parts.push('n'); size += 1; return true; }
    switch (typeof v) {
      case 'boolean': parts.push(v ? 't' : 'f'); size += 1; return true;
      case 'number': {
        if (!Number.isFinite(v)) return false;
        const s = 'd' + String(v) + ';'; parts.push(s); size += s.length; return true;
      }
      case 'string': { const s = JSON.stringify(v); parts.push(s); size += s.length; return true; }
      case 'object': {
        if (Array.isArray(v)) {
          parts.push('[');
          for (const x of v) if (x === undefined || !walk(x, depth + 1)) return false;
          parts.push(']');
          return true;
        }
        if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return false;
        parts.push('{');
        for (const k of Object.keys(v as object)) {
          const x = (v as Record<string, unknown>)[k];
          if (x === undefined) return false;
          const s = JSON.stringify(k) + ':'; parts.push(s); size += s.length;
          if (!walk(x, depth + 1)) return false;
        }
        parts.push('}');
        return true;
      }
      default: return false;
    }
  };
  if (raw === undefined) return 'u';
  return walk(raw, 0) && size <= maxChars ? parts.join('') : null;
}

/**
 * Memoises a pure parser on the exact content of its input, so a caller that verifies many plans against one
 * wallet snapshot (an agent session, a batch, the server) validates it once. Results must be treated as immutable
 * (the verifier copies the books before simulating). Bounded: the oldest entry goes first.
 */
export function memoParse<L, R>(parse: (raw: unknown) => E.Either<L, R>, capacity = 64): (raw: unknown) => E.Either<L, R> {
  const cache = new Map<string, E.Either<L, R>>();
  return (raw) => {
    const key = exactJsonKey(raw);
    if (key === null) return parse(raw);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const r = parse(raw);
    cache.set(key, r);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    return r;
  };
}
