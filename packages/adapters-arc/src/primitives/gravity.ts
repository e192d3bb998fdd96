import { Grid, makeGrid } from '../grid/grid';

/** Direction cells fall in. */
export type Direction = 'down' | 'up' | 'left' | 'right';

/**
 * Gravity: every non-background cell slides as far as it can in `dir`, keeping the order of cells in its line
 * (cells stack; nothing merges).
 */
export function gravity(g: Grid, dir: Direction, bg = 0): Grid {
  const { h, w } = g;
  const out = new Uint8Array(h * w).fill(bg);
  const vertical = dir === 'down' || dir === 'up';
  const lines = vertical ? w : h;
  const len = vertical ? h : w;
  const idx = (line: number, pos: number) => (vertical ? pos * w + line : line * w + pos);
  const towardsEnd = dir === 'down' || dir === 'right';
  for (let line = 0; line < lines; line++) {
    // Walk from the side cells fall towards, writing the next free slot.
    let slot = towardsEnd ? len - 1 : 0;
    for (let k = 0; k < len; k++) {
      const pos = towardsEnd ? len - 1 - k : k;
      const v = g.cells[idx(line, pos)];
      if (v === bg) continue;
      out[idx(line, slot)] = v;
      slot += towardsEnd ? -1 : 1;
    }
  }
  return makeGrid(h, w, out) as Grid;
}
