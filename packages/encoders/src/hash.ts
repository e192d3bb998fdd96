/**
 * Seedless 32-bit string hashing for feature hashing: FNV-1a over UTF-16 code units, finished with the murmur3
 * avalanche (fmix32) so that the low bits used for bucketing are well mixed. Same input → same bucket, on every
 * machine and every run.
 */

/** FNV-1a 32-bit offset basis. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Folds one 16-bit code unit into an FNV-1a state. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** Folds `s[start, end)` into an FNV-1a state. */
export function fnvRange(h: number, s: string, start = 0, end = s.length): number {
  let x = h;
  for (let i = start; i < end; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return x;
}

/** murmur3 finaliser: full avalanche of a 32-bit state; returns an unsigned 32-bit integer. */
export function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash of a whole string (FNV-1a + fmix32), unsigned 32-bit. */
export function hashString(s: string): number {
  return fmix32(fnvRange(FNV_OFFSET, s));
}
