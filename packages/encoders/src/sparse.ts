/** A sparse vector: `idx` strictly ascending, `val[i]` is the value at `idx[i]`. */
export interface SparseVec {
  readonly idx: Int32Array;
  readonly val: Float32Array;
}

/** The empty (all-zero) sparse vector. */
export function emptySparse(): SparseVec {
  return { idx: new Int32Array(0), val: new Float32Array(0) };
}

/** Euclidean norm of a sparse vector. */
export function sparseNorm(v: SparseVec): number {
  let s = 0;
  for (let i = 0; i < v.val.length; i++) s += v.val[i] * v.val[i];
  return Math.sqrt(s);
}

/** Dot product of two sparse vectors (merge over ascending indices). */
export function sparseDot(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const ai = a.idx[i];
    const bj = b.idx[j];
    if (ai === bj) s += a.val[i++] * b.val[j++];
    else if (ai < bj) i++;
    else j++;
  }
  return s;
}

/** Dense copy of a sparse vector of dimension `dim` (indices ≥ dim are a programming error). */
export function sparseToDense(v: SparseVec, dim: number): Float32Array {
  const out = new Float32Array(dim);
  for (let i = 0; i < v.idx.length; i++) {
    const k = v.idx[i];
    if (k < 0 || k >= dim) throw new RangeError(`sparse index ${k} outside dimension ${dim}`);
    out[k] = v.val[i];
  }
  return out;
}

/** Position of index `k` in `v.idx` (binary search), or −1 when `v` has no entry there. */
export function sparseSlot(v: SparseVec, k: number): number {
  let lo = 0;
  let hi = v.idx.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = v.idx[mid];
    if (x === k) return mid;
    if (x < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
