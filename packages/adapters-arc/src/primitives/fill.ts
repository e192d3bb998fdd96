import { Grid, makeGrid } from '../grid/grid';

/** Mask of background cells NOT 4-connected (through background) to the grid border: the enclosed holes. */
export function enclosedMask(g: Grid, bg = 0): Uint8Array {
  const { h, w, cells } = g;
  const outside = new Uint8Array(h * w);
  const stack: number[] = [];
  const seed = (i: number) => {
    if (cells[i] === bg && !outside[i]) {
      outside[i] = 1;
      stack.push(i);
    }
  };
  for (let c = 0; c < w; c++) {
    seed(c);
    seed((h - 1) * w + c);
  }
  for (let r = 0; r < h; r++) {
    seed(r * w);
    seed(r * w + w - 1);
  }
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const r = (i / w) | 0;
    const c = i - r * w;
    if (r > 0) seed(i - w);
    if (r < h - 1) seed(i + w);
    if (c > 0) seed(i - 1);
    if (c < w - 1) seed(i + 1);
  }
  const mask = new Uint8Array(h * w);
  for (let i = 0; i < h * w; i++) mask[i] = cells[i] === bg && !outside[i] ? 1 : 0;
  return mask;
}

/** Fill enclosed background holes with `colour`. */
export function fillEnclosed(g: Grid, colour: number, bg = 0): Grid {
  const mask = enclosedMask(g, bg);
  const out = Uint8Array.from(g.cells);
  for (let i = 0; i < out.length; i++) if (mask[i]) out[i] = colour;
  return makeGrid(g.h, g.w, out) as Grid;
}

/** Paint background cells that touch a non-background cell (4- or 8-neighbourhood) with `colour`: a halo. */
export function outline(g: Grid, colour: number, diagonal: boolean, bg = 0): Grid {
  const { h, w, cells } = g;
  const out = Uint8Array.from(cells);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (cells[r * w + c] !== bg) continue;
      let touch = false;
      for (let dr = -1; dr <= 1 && !touch; dr++) {
        for (let dc = -1; dc <= 1 && !touch; dc++) {
          if ((dr === 0 && dc === 0) || (!diagonal && dr !== 0 && dc !== 0)) continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < h && cc >= 0 && cc < w && cells[rr * w + cc] !== bg) touch = true;
        }
      }
      if (touch) out[r * w + c] = colour;
    }
  }
  return makeGrid(h, w, out) as Grid;
}

/** Hollow out shapes: a non-background cell whose four neighbours are all non-background becomes background. */
export function hollow(g: Grid, bg = 0): Grid {
  const { h, w, cells } = g;
  const out = Uint8Array.from(cells);
  for (let r = 1; r < h - 1; r++) {
    for (let c = 1; c < w - 1; c++) {
      const i = r * w + c;
      if (cells[i] !== bg && cells[i - 1] !== bg && cells[i + 1] !== bg && cells[i - w] !== bg && cells[i + w] !== bg) out[i] = bg;
    }
  }
  return makeGrid(h, w, out) as Grid;
}
