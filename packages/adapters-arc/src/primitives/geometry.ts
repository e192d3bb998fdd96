import { Grid, makeGrid } from '../grid/grid';

/** Inclusive bounding box in rows/columns. */
export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Bounding box of cells that are not `bg`, or null when there are none. */
export function contentBox(g: Grid, bg = 0): Box | null {
  let r0 = g.h;
  let c0 = g.w;
  let r1 = -1;
  let c1 = -1;
  for (let r = 0; r < g.h; r++) {
    for (let c = 0; c < g.w; c++) {
      if (g.cells[r * g.w + c] === bg) continue;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

/** Sub-grid inside an inclusive box (assumed inside the grid). */
export function cropBox(g: Grid, b: Box): Grid {
  const h = b.r1 - b.r0 + 1;
  const w = b.c1 - b.c0 + 1;
  const out = new Uint8Array(h * w);
  for (let r = 0; r < h; r++) out.set(g.cells.subarray((b.r0 + r) * g.w + b.c0, (b.r0 + r) * g.w + b.c0 + w), r * w);
  return makeGrid(h, w, out) as Grid;
}

/** Crop to the bounding box of the non-background cells; null when the grid is all background. */
export function cropToContent(g: Grid, bg = 0): Grid | null {
  const b = contentBox(g, bg);
  return b === null ? null : cropBox(g, b);
}

/** Upscale: every cell becomes a ky×kx block. Null when the result exceeds 30×30. */
export function upscale(g: Grid, ky: number, kx = ky): Grid | null {
  const h = g.h * ky;
  const w = g.w * kx;
  if (h > 30 || w > 30) return null;
  const out = new Uint8Array(h * w);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) out[r * w + c] = g.cells[Math.floor(r / ky) * g.w + Math.floor(c / kx)];
  return makeGrid(h, w, out);
}

/**
 * Downscale by integer factors: each ky×kx block must be one colour, which becomes the output cell.
 * Null when the shape does not divide or a block is mixed (no silent majority vote).
 */
export function downscale(g: Grid, ky: number, kx = ky): Grid | null {
  if (g.h % ky !== 0 || g.w % kx !== 0) return null;
  const h = g.h / ky;
  const w = g.w / kx;
  const out = new Uint8Array(h * w);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const v = g.cells[r * ky * g.w + c * kx];
      for (let dy = 0; dy < ky; dy++) for (let dx = 0; dx < kx; dx++) if (g.cells[(r * ky + dy) * g.w + c * kx + dx] !== v) return null;
      out[r * w + c] = v;
    }
  }
  return makeGrid(h, w, out);
}

/** Tile the grid ry times vertically and rx times horizontally. */
export function tile(g: Grid, ry: number, rx: number): Grid | null {
  const h = g.h * ry;
  const w = g.w * rx;
  if (h > 30 || w > 30) return null;
  const out = new Uint8Array(h * w);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) out[r * w + c] = g.cells[(r % g.h) * g.w + (c % g.w)];
  return makeGrid(h, w, out);
}

/** Place blocks (all of one shape) on a rows×cols layout, row-major. Null on shape mismatch or overflow. */
export function assemble(blocks: readonly Grid[], rows: number, cols: number): Grid | null {
  if (blocks.length !== rows * cols || blocks.length === 0) return null;
  const bh = blocks[0].h;
  const bw = blocks[0].w;
  for (const b of blocks) if (b.h !== bh || b.w !== bw) return null;
  const h = bh * rows;
  const w = bw * cols;
  if (h > 30 || w > 30) return null;
  const out = new Uint8Array(h * w);
  for (let i = 0; i < blocks.length; i++) {
    const oy = Math.floor(i / cols) * bh;
    const ox = (i % cols) * bw;
    const b = blocks[i];
    for (let r = 0; r < bh; r++) out.set(b.cells.subarray(r * bw, (r + 1) * bw), (oy + r) * w + ox);
  }
  return makeGrid(h, w, out);
}

/**
 * Self-similar (Kronecker) expansion: an h×w grid becomes (h·h)×(w·w); block (i,j) is a copy of the grid when cell
 * (i,j) is not background, else all background.
 */
export function selfKron(g: Grid, bg = 0): Grid | null {
  const blocks: Grid[] = [];
  const empty = makeGrid(g.h, g.w, new Uint8Array(g.h * g.w).fill(bg)) as Grid;
  for (let i = 0; i < g.cells.length; i++) blocks.push(g.cells[i] === bg ? empty : g);
  return assemble(blocks, g.h, g.w);
}

/** Drop a row when it equals the row above it (and likewise for columns with `dedupeCols`). */
export function dedupeRows(g: Grid): Grid | null {
  const keep: number[] = [0];
  for (let r = 1; r < g.h; r++) {
    let same = true;
    for (let c = 0; c < g.w && same; c++) same = g.cells[r * g.w + c] === g.cells[(r - 1) * g.w + c];
    if (!same) keep.push(r);
  }
  const out = new Uint8Array(keep.length * g.w);
  keep.forEach((r, i) => out.set(g.cells.subarray(r * g.w, (r + 1) * g.w), i * g.w));
  return makeGrid(keep.length, g.w, out);
}

/** Drop a column when it equals the column to its left. */
export function dedupeCols(g: Grid): Grid | null {
  const keep: number[] = [0];
  for (let c = 1; c < g.w; c++) {
    let same = true;
    for (let r = 0; r < g.h && same; r++) same = g.cells[r * g.w + c] === g.cells[r * g.w + c - 1];
    if (!same) keep.push(c);
  }
  const out = new Uint8Array(g.h * keep.length);
  for (let r = 0; r < g.h; r++) keep.forEach((c, i) => (out[r * keep.length + i] = g.cells[r * g.w + c]));
  return makeGrid(g.h, keep.length, out);
}

/** Shift the content by (dy, dx); cells moved off the grid are lost, uncovered cells become `bg`. */
export function shift(g: Grid, dy: number, dx: number, bg = 0): Grid {
  const { h, w } = g;
  const out = new Uint8Array(h * w).fill(bg);
  for (let r = 0; r < h; r++) {
    const rr = r + dy;
    if (rr < 0 || rr >= h) continue;
    for (let c = 0; c < w; c++) {
      const cc = c + dx;
      if (cc >= 0 && cc < w) out[rr * w + cc] = g.cells[r * w + c];
    }
  }
  return makeGrid(h, w, out) as Grid;
}

/** Downscale by k taking each block's majority colour; null on a tie or when the shape does not divide. */
export function downscaleMajority(g: Grid, k: number): Grid | null {
  if (g.h % k !== 0 || g.w % k !== 0 || k < 2) return null;
  const h = g.h / k;
  const w = g.w / k;
  const out = new Uint8Array(h * w);
  const count = new Uint16Array(10);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      count.fill(0);
      for (let dy = 0; dy < k; dy++) for (let dx = 0; dx < k; dx++) count[g.cells[(r * k + dy) * g.w + c * k + dx]]++;
      let best = 0;
      let tie = false;
      for (let v = 1; v < 10; v++) {
        if (count[v] > count[best]) {
          best = v;
          tie = false;
        } else if (count[v] === count[best] && count[v] > 0) tie = true;
      }
      if (tie) return null;
      out[r * w + c] = best;
    }
  }
  return makeGrid(h, w, out);
}
