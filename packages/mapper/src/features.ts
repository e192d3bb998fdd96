import type { SparseVec } from '@micro-lm/encoders';

/** Rows in compressed sparse row form over model columns 0..nCols−1. */
export interface Csr {
  readonly nRows: number;
  readonly nCols: number;
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  readonly val: Float64Array;
}

/** Sorted hashed indices occurring in at least `minDf` of the given rows (the model's sparse vocabulary). */
export function vocabulary(vectors: readonly SparseVec[], rows: readonly number[], minDf: number): Int32Array {
  const df = new Map<number, number>();
  for (const r of rows) for (const k of vectors[r].idx) df.set(k, (df.get(k) ?? 0) + 1);
  const keep: number[] = [];
  for (const [k, c] of df) if (c >= minDf) keep.push(k);
  return Int32Array.from(keep.sort((a, b) => a - b));
}

/** Lookup table hashed index → vocabulary position (−1 when the feature is not in the vocabulary). */
export function positionTable(index: Int32Array, dim: number): Int32Array {
  const pos = new Int32Array(dim).fill(-1);
  index.forEach((k, p) => {
    pos[k] = p;
  });
  return pos;
}

/**
 * Hashed index → vocabulary position as an open-addressing table of (key, position) pairs, about 2× the
 * vocabulary in slots: a few hundred kB instead of a dim-sized array, so inference lookups stay in cache.
 */
export class PositionIndex {
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(index: Int32Array) {
    let bits = 4;
    while (1 << bits < 2 * index.length) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits).fill(-1);
    index.forEach((k, p) => {
      let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
      while (this.slots[2 * h] !== -1 && this.slots[2 * h] !== k) h = (h + 1) & this.mask;
      this.slots[2 * h] = k;
      this.slots[2 * h + 1] = p;
    });
  }

  /** Vocabulary position of hashed index k, or −1. */
  get(k: number): number {
    if (k < 0) return -1;
    const slots = this.slots;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = slots[2 * h];
      if (key === k) return slots[2 * h + 1];
      if (key === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }
}

/** CSR of the given sparse rows restricted to the vocabulary (unknown features dropped). */
export function sparseRows(vectors: readonly SparseVec[], rows: readonly number[], pos: Int32Array, nCols: number): Csr {
  const rowPtr = new Int32Array(rows.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  rows.forEach((r, i) => {
    const v = vectors[r];
    for (let j = 0; j < v.idx.length; j++) {
      const p = pos[v.idx[j]];
      if (p >= 0) {
        cols.push(p);
        vals.push(v.val[j]);
      }
    }
    rowPtr[i + 1] = cols.length;
  });
  return { nRows: rows.length, nCols, rowPtr, col: Int32Array.from(cols), val: Float64Array.from(vals) };
}

/** CSR of dense rows (every column present). */
export function denseRows(vectors: readonly Float32Array[], rows: readonly number[], dim: number): Csr {
  const rowPtr = new Int32Array(rows.length + 1);
  const col = new Int32Array(rows.length * dim);
  const val = new Float64Array(rows.length * dim);
  rows.forEach((r, i) => {
    const v = vectors[r];
    if (v.length !== dim) throw new RangeError(`encoder returned a vector of length ${v.length}, expected ${dim}`);
    for (let j = 0; j < dim; j++) {
      col[i * dim + j] = j;
      val[i * dim + j] = v[j];
    }
    rowPtr[i + 1] = (i + 1) * dim;
  });
  return { nRows: rows.length, nCols: dim, rowPtr, col, val };
}
