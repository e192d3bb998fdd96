import { Grid, makeGrid } from '../grid/grid';

/** Build a grid of shape h×w whose cell (r,c) is src.cells[index(r,c)]; the shape is always valid here. */
function remap(src: Grid, h: number, w: number, index: (r: number, c: number) => number): Grid {
  const out = new Uint8Array(h * w);
  const s = src.cells;
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) out[r * w + c] = s[index(r, c)];
  return makeGrid(h, w, out) as Grid;
}

/** Mirror left↔right (reverse each row): out[r][c] = g[r][W−1−c]. */
export function flipH(g: Grid): Grid {
  const { h, w } = g;
  return remap(g, h, w, (r, c) => r * w + (w - 1 - c));
}

/** Mirror top↔bottom (reverse the row order): out[r][c] = g[H−1−r][c]. */
export function flipV(g: Grid): Grid {
  const { h, w } = g;
  return remap(g, h, w, (r, c) => (h - 1 - r) * w + c);
}

/** Rotate 90° clockwise: W×H, out[r][c] = g[H−1−c][r]. */
export function rot90(g: Grid): Grid {
  const { h, w } = g;
  return remap(g, w, h, (r, c) => (h - 1 - c) * w + r);
}

/** Rotate 180°: out[r][c] = g[H−1−r][W−1−c]. */
export function rot180(g: Grid): Grid {
  const { h, w } = g;
  return remap(g, h, w, (r, c) => (h - 1 - r) * w + (w - 1 - c));
}

/** Rotate 90° counter-clockwise (= 270° clockwise): W×H, out[r][c] = g[c][W−1−r]. */
export function rot270(g: Grid): Grid {
  const { h, w } = g;
  return remap(g, w, h, (r, c) => c * w + (w - 1 - r));
}

/** Transpose across the main diagonal: W×H, out[r][c] = g[c][r]. */
export function transpose(g: Grid): Grid {
  const { h, w } = g;
  return remap(g, w, h, (r, c) => c * w + r);
}

/** Transpose across the anti-diagonal: W×H, out[r][c] = g[H−1−c][W−1−r]. */
export function antiTranspose(g: Grid): Grid {
  const { h, w } = g;
  return remap(g, w, h, (r, c) => (h - 1 - c) * w + (w - 1 - r));
}

/** The eight elements of the dihedral group D4 acting on grids, identity first. */
export const D4 = [
  ['id', (g: Grid): Grid => g],
  ['rot90', rot90],
  ['rot180', rot180],
  ['rot270', rot270],
  ['flip_h', flipH],
  ['flip_v', flipV],
  ['transpose', transpose],
  ['anti_transpose', antiTranspose],
] as const;

/** Name of a D4 element. */
export type D4Name = (typeof D4)[number][0];
