import { Grid, makeGrid } from '../grid/grid';
import { cropBox } from './geometry';

/** Cell-wise boolean operation on the "is foreground" masks of two equal-shape grids. */
export type LogicOp = 'and' | 'or' | 'xor' | 'nor' | 'left_only' | 'right_only';

/** All logic operations, in a fixed order. */
export const LOGIC_OPS: readonly LogicOp[] = ['and', 'or', 'xor', 'nor', 'left_only', 'right_only'];

function logic(op: LogicOp, a: boolean, b: boolean): boolean {
  switch (op) {
    case 'and':
      return a && b;
    case 'or':
      return a || b;
    case 'xor':
      return a !== b;
    case 'nor':
      return !a && !b;
    case 'left_only':
      return a && !b;
    case 'right_only':
      return !a && b;
  }
}

/**
 * Split a grid into two equal parts: at a separator line (a uniform non-background column/row exactly in the
 * middle), or into plain halves along the longer side when it is even. Left|right is tried before top/bottom.
 */
export function splitInTwo(g: Grid, bg = 0): readonly [Grid, Grid] | null {
  const { h, w, cells } = g;
  const uniformCol = (c: number) => {
    const v = cells[c];
    if (v === bg) return false;
    for (let r = 1; r < h; r++) if (cells[r * w + c] !== v) return false;
    return true;
  };
  const uniformRow = (r: number) => {
    const v = cells[r * w];
    if (v === bg) return false;
    for (let c = 1; c < w; c++) if (cells[r * w + c] !== v) return false;
    return true;
  };
  if (w % 2 === 1 && w >= 3 && uniformCol((w - 1) / 2)) {
    const m = (w - 1) / 2;
    return [cropBox(g, { r0: 0, c0: 0, r1: h - 1, c1: m - 1 }), cropBox(g, { r0: 0, c0: m + 1, r1: h - 1, c1: w - 1 })];
  }
  if (h % 2 === 1 && h >= 3 && uniformRow((h - 1) / 2)) {
    const m = (h - 1) / 2;
    return [cropBox(g, { r0: 0, c0: 0, r1: m - 1, c1: w - 1 }), cropBox(g, { r0: m + 1, c0: 0, r1: h - 1, c1: w - 1 })];
  }
  if (w % 2 === 0 && w > h) return [cropBox(g, { r0: 0, c0: 0, r1: h - 1, c1: w / 2 - 1 }), cropBox(g, { r0: 0, c0: w / 2, r1: h - 1, c1: w - 1 })];
  if (h % 2 === 0 && h > w) return [cropBox(g, { r0: 0, c0: 0, r1: h / 2 - 1, c1: w - 1 }), cropBox(g, { r0: h / 2, c0: 0, r1: h - 1, c1: w - 1 })];
  return null;
}

/** Combine two equal-shape grids cell-wise: `colour` where op(fg(a), fg(b)) holds, else background. */
export function combineMasks(a: Grid, b: Grid, op: LogicOp, colour: number, bg = 0): Grid | null {
  if (a.h !== b.h || a.w !== b.w) return null;
  const out = new Uint8Array(a.cells.length);
  for (let i = 0; i < out.length; i++) out[i] = logic(op, a.cells[i] !== bg, b.cells[i] !== bg) ? colour : bg;
  return makeGrid(a.h, a.w, out);
}

/** Overlay: cells of `top` that are not background cover `bottom`. */
export function overlay(bottom: Grid, top: Grid, bg = 0): Grid | null {
  if (bottom.h !== top.h || bottom.w !== top.w) return null;
  const out = Uint8Array.from(bottom.cells);
  for (let i = 0; i < out.length; i++) if (top.cells[i] !== bg) out[i] = top.cells[i];
  return makeGrid(bottom.h, bottom.w, out);
}
