import { Grid, makeGrid } from '../grid/grid';
import { Box, contentBox, cropBox } from './geometry';

/** Cell index maps of the grid's own symmetries (centred): flip_h, flip_v, rot180, and for squares the two diagonals. */
function mirrors(h: number, w: number): ((r: number, c: number) => number)[] {
  const out: ((r: number, c: number) => number)[] = [
    (r, c) => r * w + (w - 1 - c),
    (r, c) => (h - 1 - r) * w + c,
    (r, c) => (h - 1 - r) * w + (w - 1 - c),
  ];
  if (h === w) {
    out.push((r, c) => c * w + r);
    out.push((r, c) => (h - 1 - c) * w + (w - 1 - r));
  }
  return out;
}

/**
 * Repair cells painted with `mask` from their mirror images: each masked cell takes the value its symmetric
 * counterparts show (all unmasked counterparts must agree). Null when a masked cell has no unmasked counterpart or
 * the counterparts disagree (we do not guess which symmetry the picture has).
 */
export function symmetryRepair(g: Grid, mask: number): Grid | null {
  const { h, w, cells } = g;
  const maps = mirrors(h, w);
  const out = Uint8Array.from(cells);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (cells[r * w + c] !== mask) continue;
      let v = -1;
      for (const f of maps) {
        const x = cells[f(r, c)];
        if (x === mask) continue;
        if (v < 0) v = x;
        else if (v !== x) return null;
      }
      if (v < 0) return null;
      out[r * w + c] = v;
    }
  }
  return makeGrid(h, w, out);
}

/** The repaired content of the masked region only (the patch a task asks to fill in). */
export function symmetryPatch(g: Grid, mask: number): Grid | null {
  const box: Box | null = contentBox(makeGrid(g.h, g.w, Uint8Array.from(g.cells, (x) => (x === mask ? 1 : 0))) as Grid, 0);
  if (box === null) return null;
  const fixed = symmetryRepair(g, mask);
  return fixed === null ? null : cropBox(fixed, box);
}
