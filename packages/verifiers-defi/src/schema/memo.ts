import type * as E from 'fp-ts/Either';

/**
 * A key that identifies a raw JSON value exactly, or null when the value is not plain JSON (NaN, ±Infinity,
 * undefined members, functions, class instances, cycles, very deep or large values). Only exact keys are cached:
 * JSON.stringify alone would map NaN to null and so could let an invalid context share a valid one's parse, so a
 * walk (no strings built) proves the value is plain first; then the native JSON text is the key (injective on
 * plain JSON; key order is part of it, which can only cost a cache miss).
 */
export function exactJsonKey(raw: unknown, maxChars = 16384): string | null {
  if (raw === undefined) return 'u';
  const budget = { chars: 0, max: maxChars };
  if (!plainJson(raw, 0, budget)) return null;
  const key = JSON.stringify(raw);
  return key.length <= maxChars ? key : null;
}

/** True when v is plain JSON within depth 8 and the size budget (every node and string counts against it). */
function plainJson(v: unknown, depth: number, budget: { chars: number; readonly max: number }): boolean {
  if (depth > 8 || ++budget.chars > budget.max) return false;
  switch (typeof v) {
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v);
    case 'string':
      budget.chars += v.length;
      return budget.chars <= budget.max;
    case 'object': {
      if (v === null) return true;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (v[i] === undefined || !plainJson(v[i], depth + 1, budget)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const k of Object.keys(v as object)) {
        const x = (v as Record<string, unknown>)[k];
        budget.chars += k.length;
        if (x === undefined || !plainJson(x, depth + 1, budget)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * Memoises a pure parser on the exact content of its input, so a caller that verifies many plans against one
 * wallet snapshot (an agent session, a batch, the server) validates it once. Results must be treated as immutable
 * (the verifier copies the books before simulating). Bounded: the oldest entry goes first.
 */
export function memoParse<L, R>(parse: (raw: unknown) => E.Either<L, R>, capacity = 64): (raw: unknown) => E.Either<L, R> {
  const cache = new Map<string, E.Either<L, R>>();
  // A deep-frozen plain object can never change: it is remembered by identity (the runner hands adapters one
  // interned, deep-frozen copy per distinct context), which skips building the content key on every call.
  const byIdentity = new WeakMap<object, E.Either<L, R>>();
  return (raw) => {
    const frozen = typeof raw === 'object' && raw !== null && Object.isFrozen(raw);
    if (frozen) {
      const hit = byIdentity.get(raw);
      if (hit !== undefined) return hit;
    }
    const key = exactJsonKey(raw);
    if (frozen && key !== null && deepFrozen(raw)) {
      const r = cache.get(key) ?? parse(raw);
      byIdentity.set(raw, r);
      return r;
    }
    if (key === null) return parse(raw);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const r = parse(raw);
    cache.set(key, r);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    return r;
  };
}

/** Every object and array inside v is frozen and holds only data properties (so v's content is fixed for good). */
function deepFrozen(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (!Object.isFrozen(v)) return false;
  for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) {
    if (!('value' in d) || !deepFrozen(d.value)) return false;
  }
  return true;
}
