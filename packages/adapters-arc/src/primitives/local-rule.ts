import { Grid, makeGrid } from '../grid/grid';

/** Neighbourhood used by a local rule: the 4 orthogonal neighbours (+ centre) or all 8 (+ centre). */
export type Neighbourhood = 4 | 8;

const OFFSETS: Readonly<Record<Neighbourhood, readonly (readonly [number, number])[]>> = {
  4: [[0, 0], [-1, 0], [1, 0], [0, -1], [0, 1]],
  8: [[0, 0], [-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]],
};

/** Key of the neighbourhood of (r, c): colours 0–9, 10 outside the grid, packed base 11. */
export function neighbourhoodKey(g: Grid, r: number, c: number, n: Neighbourhood): number {
  let k = 0;
  for (const [dr, dc] of OFFSETS[n]) {
    const rr = r + dr;
    const cc = c + dc;
    k = k * 11 + (rr < 0 || rr >= g.h || cc < 0 || cc >= g.w ? 10 : g.cells[rr * g.w + cc]);
  }
  return k;
}

/** A cellular rule: neighbourhood key → output colour. */
export type LocalRule = ReadonlyMap<number, number>;

/** Learn a local rule from equal-shape pairs; null on a shape change or when one neighbourhood needs two colours. */
export function learnLocalRule(pairs: readonly (readonly [Grid, Grid])[], n: Neighbourhood): Map<number, number> | null {
  const rule = new Map<number, number>();
  for (const [a, b] of pairs) {
    if (a.h !== b.h || a.w !== b.w) return null;
    for (let r = 0; r < a.h; r++) {
      for (let c = 0; c < a.w; c++) {
        const k = neighbourhoodKey(a, r, c, n);
        const v = b.cells[r * b.w + c];
        const known = rule.get(k);
        if (known === undefined) rule.set(k, v);
        else if (known !== v) return null;
      }
    }
  }
  return rule;
}

/** Apply a local rule; null as soon as a neighbourhood was never seen in training (fail closed, no guessing). */
export function applyLocalRule(g: Grid, rule: LocalRule, n: Neighbourhood): Grid | null {
  const out = new Uint8Array(g.h * g.w);
  for (let r = 0; r < g.h; r++) {
    for (let c = 0; c < g.w; c++) {
      const v = rule.get(neighbourhoodKey(g, r, c, n));
      if (v === undefined) return null;
      out[r * g.w + c] = v;
    }
  }
  return makeGrid(g.h, g.w, out);
}
