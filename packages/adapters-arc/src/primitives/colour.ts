import { Grid, makeGrid } from '../grid/grid';

/** A total colour lookup table (index = source colour, value = target colour, 255 = unmapped). */
export type ColourMap = Uint8Array;

/** Marker for "no mapping learned for this colour". */
export const UNMAPPED = 255;

/**
 * Learn a colour map from (input, output) pairs of equal shape: every occurrence of a source colour must map to the
 * same target colour. Returns null when shapes differ or a colour maps to two colours.
 */
export function learnColourMap(pairs: readonly (readonly [Grid, Grid])[]): ColourMap | null {
  const map = new Uint8Array(10).fill(UNMAPPED);
  for (const [a, b] of pairs) {
    if (a.h !== b.h || a.w !== b.w) return null;
    const x = a.cells;
    const y = b.cells;
    for (let i = 0; i < x.length; i++) {
      const m = map[x[i]];
      if (m === UNMAPPED) map[x[i]] = y[i];
      else if (m !== y[i]) return null;
    }
  }
  return map;
}

/** True when the map changes no colour it knows. */
export function isIdentityMap(map: ColourMap): boolean {
  for (let k = 0; k < 10; k++) if (map[k] !== UNMAPPED && map[k] !== k) return false;
  return true;
}

/**
 * Apply a colour map. Fails closed: a colour the map never saw returns null instead of guessing (an unseen colour
 * means the learned rule does not cover this grid).
 */
export function applyColourMap(g: Grid, map: ColourMap): Grid | null {
  const out = new Uint8Array(g.cells.length);
  for (let i = 0; i < out.length; i++) {
    const m = map[g.cells[i]];
    if (m === UNMAPPED) return null;
    out[i] = m;
  }
  return makeGrid(g.h, g.w, out);
}

/** Readable form of a map, e.g. "1>2,3>4" (identity entries omitted). */
export function formatColourMap(map: ColourMap): string {
  const parts: string[] = [];
  for (let k = 0; k < 10; k++) if (map[k] !== UNMAPPED && map[k] !== k) parts.push(`${k}>${map[k]}`);
  return parts.join(',');
}

/** Keep only cells of `colour`; every other cell becomes `bg`. */
export function keepColour(g: Grid, colour: number, bg = 0): Grid {
  const out = new Uint8Array(g.cells.length);
  for (let i = 0; i < out.length; i++) out[i] = g.cells[i] === colour ? colour : bg;
  return makeGrid(g.h, g.w, out) as Grid;
}

/** Replace every cell of `colour` by `bg`. */
export function removeColour(g: Grid, colour: number, bg = 0): Grid {
  const out = new Uint8Array(g.cells.length);
  for (let i = 0; i < out.length; i++) out[i] = g.cells[i] === colour ? bg : g.cells[i];
  return makeGrid(g.h, g.w, out) as Grid;
}

/** Most frequent non-background colour (ties → smaller colour), or null when the grid is all background. */
export function majorityColour(g: Grid, bg = 0): number | null {
  const hist = new Uint32Array(10);
  for (let i = 0; i < g.cells.length; i++) hist[g.cells[i]]++;
  let best = -1;
  for (let k = 0; k < 10; k++) if (k !== bg && hist[k] > 0 && (best < 0 || hist[k] > hist[best])) best = k;
  return best < 0 ? null : best;
}

/** Paint every non-background cell with the majority non-background colour. */
export function majorityFill(g: Grid, bg = 0): Grid | null {
  const m = majorityColour(g, bg);
  if (m === null) return null;
  const out = new Uint8Array(g.cells.length);
  for (let i = 0; i < out.length; i++) out[i] = g.cells[i] === bg ? bg : m;
  return makeGrid(g.h, g.w, out);
}
