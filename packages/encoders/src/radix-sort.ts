/**
 * LSD radix sort of non-negative int32 keys below 2^bits, 8 bits per pass, ping-ponging between `keys` and
 * `tmp` (both at least n long). Returns whichever buffer holds the sorted keys. Used instead of
 * `TypedArray.prototype.sort` because the branch-free passes cost the same for every input, whereas a
 * comparison sort of ~150 fresh hash values per prompt pays a branch misprediction on most comparisons.
 */
export function radixSortInt32(keys: Int32Array, tmp: Int32Array, n: number, bits: number, counts: Int32Array): Int32Array {
  let src = keys;
  let dst = tmp;
  for (let shift = 0; shift < bits; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[i] >>> shift) & 255]++;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = src[i];
      dst[counts[(k >>> shift) & 255]++] = k;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}
