import { Grid, makeGrid } from '../grid/grid';
import { Box, cropBox } from './geometry';

/** A connected component of non-background cells. */
export interface GridObject {
  /** The component's colour, or -1 when it mixes colours (multicolour mode). */
  readonly colour: number;
  /** Cell indices (r·w + c), ascending. */
  readonly cells: Int32Array;
  readonly box: Box;
}

/** How cells connect into objects. */
export interface ComponentOptions {
  readonly bg?: number;
  /** Also connect diagonal neighbours (8-connectivity). */
  readonly diagonal?: boolean;
  /** Join neighbouring cells of different colours into one object. */
  readonly multicolour?: boolean;
}

/** Connected components of non-background cells, in scan order of their first cell. */
export function components(g: Grid, opts: ComponentOptions = {}): GridObject[] {
  const bg = opts.bg ?? 0;
  const { h, w, cells } = g;
  const label = new Int32Array(h * w).fill(-1);
  const stack = new Int32Array(h * w);
  const result: GridObject[] = [];
  for (let start = 0; start < h * w; start++) {
    if (cells[start] === bg || label[start] >= 0) continue;
    const id = result.length;
    const colour0 = cells[start];
    let mixed = false;
    let sp = 0;
    stack[sp++] = start;
    label[start] = id;
    const members: number[] = [];
    let r0 = h, c0 = w, r1 = -1, c1 = -1;
    while (sp > 0) {
      const i = stack[--sp];
      members.push(i);
      const r = (i / w) | 0;
      const c = i - r * w;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
      if (cells[i] !== colour0) mixed = true;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if ((dr === 0 && dc === 0) || (!opts.diagonal && dr !== 0 && dc !== 0)) continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || rr >= h || cc < 0 || cc >= w) continue;
          const j = rr * w + cc;
          if (label[j] >= 0 || cells[j] === bg) continue;
          if (!opts.multicolour && cells[j] !== colour0) continue;
          label[j] = id;
          stack[sp++] = j;
        }
      }
    }
    members.sort((a, b) => a - b);
    result.push({ colour: mixed ? -1 : colour0, cells: Int32Array.from(members), box: { r0, c0, r1, c1 } });
  }
  return result;
}

/** Which object to pick. Ties make the pick fail (null) rather than guess. */
export type ObjectSelector = 'largest' | 'smallest' | 'unique_colour' | 'most_colours' | 'largest_box';

function uniqueBy(objs: readonly GridObject[], score: (o: GridObject) => number): GridObject | null {
  let best: GridObject | null = null;
  let bestScore = -Infinity;
  let tie = false;
  for (const o of objs) {
    const s = score(o);
    if (s > bestScore) {
      best = o;
      bestScore = s;
      tie = false;
    } else if (s === bestScore) tie = true;
  }
  return tie ? null : best;
}

/** Pick one object by a selector; null when none or when the choice is tied. */
export function selectObject(g: Grid, objs: readonly GridObject[], sel: ObjectSelector): GridObject | null {
  if (objs.length === 0) return null;
  switch (sel) {
    case 'largest':
      return uniqueBy(objs, (o) => o.cells.length);
    case 'smallest':
      return uniqueBy(objs, (o) => -o.cells.length);
    case 'largest_box':
      return uniqueBy(objs, (o) => (o.box.r1 - o.box.r0 + 1) * (o.box.c1 - o.box.c0 + 1));
    case 'most_colours':
      return uniqueBy(objs, (o) => new Set(Array.from(o.cells, (i) => g.cells[i])).size);
    case 'unique_colour': {
      const counts = new Map<number, number>();
      for (const o of objs) counts.set(o.colour, (counts.get(o.colour) ?? 0) + 1);
      const lonely = objs.filter((o) => o.colour >= 0 && counts.get(o.colour) === 1);
      return lonely.length === 1 ? lonely[0] : null;
    }
  }
}

/** Crop to an object's bounding box; with `only`, cells of other objects inside the box become background. */
export function cropObject(g: Grid, o: GridObject, only: boolean, bg = 0): Grid {
  if (!only) return cropBox(g, o.box);
  const out = new Uint8Array(g.h * g.w).fill(bg);
  for (const i of o.cells) out[i] = g.cells[i];
  return cropBox(makeGrid(g.h, g.w, out) as Grid, o.box);
}

/** Keep one object in place, erase everything else. */
export function keepObject(g: Grid, o: GridObject, bg = 0): Grid {
  const out = new Uint8Array(g.h * g.w).fill(bg);
  for (const i of o.cells) out[i] = g.cells[i];
  return makeGrid(g.h, g.w, out) as Grid;
}
