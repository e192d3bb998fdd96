import { Either, left, right } from 'fp-ts/Either';

/** Smallest and largest grid side allowed by ARC. */
export const GRID_MIN = 1;
export const GRID_MAX = 30;

declare const gridBrand: unique symbol;

/**
 * A validated ARC grid: h×w (1–30 each), row-major cells with colours 0–9.
 * Only this module (and primitives through `makeGrid`) can produce one, so holding a `Grid` means it is valid.
 */
export interface Grid {
  readonly h: number;
  readonly w: number;
  readonly cells: Uint8Array;
  readonly [gridBrand]: true;
}

/** Why a raw value is not a grid. */
export type GridError =
  | { readonly kind: 'not_array'; readonly message: string }
  | { readonly kind: 'bad_shape'; readonly message: string }
  | { readonly kind: 'ragged'; readonly message: string }
  | { readonly kind: 'bad_cell'; readonly message: string };

/** True when h and w are both within 1..30. */
export function sizeOk(h: number, w: number): boolean {
  return Number.isInteger(h) && Number.isInteger(w) && h >= GRID_MIN && h <= GRID_MAX && w >= GRID_MIN && w <= GRID_MAX;
}

/**
 * Wrap cells as a Grid; returns null when the size is out of range (primitives that grow grids rely on this).
 * Cells are trusted to be 0–9: every caller derives them from valid grids or writes literal colours.
 */
export function makeGrid(h: number, w: number, cells: Uint8Array): Grid | null {
  if (!sizeOk(h, w) || cells.length !== h * w) return null;
  return { h, w, cells } as Grid;
}

/** A grid of one colour, or null when the size is out of range. */
export function filledGrid(h: number, w: number, colour: number): Grid | null {
  if (!sizeOk(h, w)) return null;
  return makeGrid(h, w, new Uint8Array(h * w).fill(colour));
}

/** Validate an unknown JSON value (number[][]) into a Grid. */
export function parseGrid(raw: unknown): Either<GridError, Grid> {
  if (!Array.isArray(raw)) return left({ kind: 'not_array', message: 'grid must be an array of rows' });
  const h = raw.length;
  if (h < GRID_MIN || h > GRID_MAX) return left({ kind: 'bad_shape', message: `grid must have 1..30 rows, got ${h}` });
  const first: unknown = raw[0];
  if (!Array.isArray(first)) return left({ kind: 'not_array', message: 'row 0 is not an array' });
  const w = first.length;
  if (w < GRID_MIN || w > GRID_MAX) return left({ kind: 'bad_shape', message: `grid must have 1..30 columns, got ${w}` });
  const cells = new Uint8Array(h * w);
  for (let r = 0; r < h; r++) {
    const row: unknown = raw[r];
    if (!Array.isArray(row)) return left({ kind: 'not_array', message: `row ${r} is not an array` });
    if (row.length !== w) return left({ kind: 'ragged', message: `row ${r} has ${row.length} cells, expected ${w}` });
    for (let c = 0; c < w; c++) {
      const v: unknown = row[c];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 9) {
        return left({ kind: 'bad_cell', message: `cell (${r},${c}) must be an integer 0..9` });
      }
      cells[r * w + c] = v;
    }
  }
  return right({ h, w, cells } as Grid);
}

/** Grid as plain JSON rows (number[][]). */
export function gridToJSON(g: Grid): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < g.h; r++) out.push(Array.from(g.cells.subarray(r * g.w, (r + 1) * g.w)));
  return out;
}

/** Cell colour at (r, c); no bounds check (hot path). */
export function at(g: Grid, r: number, c: number): number {
  return g.cells[r * g.w + c];
}

/** Exact equality: same shape and same cells. */
export function gridEquals(a: Grid, b: Grid): boolean {
  if (a.h !== b.h || a.w !== b.w) return false;
  const x = a.cells;
  const y = b.cells;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * 52-bit fingerprint of a grid (two FNV-1a lanes); used only to deduplicate search states.
 * A collision can only prune a search branch; it can never make a wrong program look right,
 * because acceptance compares grids exactly.
 */
export function gridHash(g: Grid, seed = 0): number {
  let a = (0x811c9dc5 ^ seed) >>> 0;
  let b = (0x01000193 ^ (seed * 31)) >>> 0;
  a = Math.imul(a ^ g.h, 0x01000193);
  b = Math.imul(b ^ g.w, 0x5bd1e995);
  const c = g.cells;
  for (let i = 0; i < c.length; i++) {
    a = Math.imul(a ^ c[i], 0x01000193);
    b = Math.imul(b ^ (c[i] + i), 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

/** Colour histogram (length 10). */
export function histogram(g: Grid): Uint32Array {
  const hist = new Uint32Array(10);
  const c = g.cells;
  for (let i = 0; i < c.length; i++) hist[c[i]]++;
  return hist;
}

/** Most frequent colour (ties → smallest colour). */
export function dominantColour(g: Grid): number {
  const hist = histogram(g);
  let best = 0;
  for (let k = 1; k < 10; k++) if (hist[k] > hist[best]) best = k;
  return best;
}
