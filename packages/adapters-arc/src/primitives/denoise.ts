import { Grid, makeGrid } from '../grid/grid';
import { components } from './objects';

/** Remove isolated cells: a non-background cell with no same-colour neighbour (4- or 8-neighbourhood) becomes background. */
export function removeSingletons(g: Grid, diagonal: boolean, bg = 0): Grid {
  const { h, w, cells } = g;
  const out = Uint8Array.from(cells);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const v = cells[r * w + c];
      if (v === bg) continue;
      let alone = true;
      for (let dr = -1; dr <= 1 && alone; dr++) {
        for (let dc = -1; dc <= 1 && alone; dc++) {
          if ((dr === 0 && dc === 0) || (!diagonal && dr !== 0 && dc !== 0)) continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < h && cc >= 0 && cc < w && cells[rr * w + cc] === v) alone = false;
        }
      }
      if (alone) out[r * w + c] = bg;
    }
  }
  return makeGrid(h, w, out) as Grid;
}

/**
 * Recolour every single-colour object by its size through `bySize` (size → colour). Null when an object's size has
 * no entry (fail closed: an unseen size is not guessed).
 */
export function recolourBySize(g: Grid, bySize: ReadonlyMap<number, number>, diagonal: boolean, bg = 0): Grid | null {
  const out = Uint8Array.from(g.cells);
  for (const o of components(g, { bg, diagonal })) {
    const c = bySize.get(o.cells.length);
    if (c === undefined) return null;
    for (const i of o.cells) out[i] = c;
  }
  return makeGrid(g.h, g.w, out);
}
