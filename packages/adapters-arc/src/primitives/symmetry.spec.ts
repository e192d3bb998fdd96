import fc from 'fast-check';
import { gridOf } from '../grid/fixture';
import { gridEquals, gridToJSON, Grid, makeGrid } from '../grid/grid';
import { antiTranspose, flipH, flipV, rot180, rot270, rot90, transpose } from './symmetry';

// The 4×4 grid used throughout the original project, with hand-checked images.
const G = gridOf([[3, 0, 1, 2], [3, 2, 1, 0], [3, 2, 0, 5], [6, 1, 4, 2]]);
const NS = gridOf([[0, 1, 2], [3, 4, 5]]); // 2×3, non-square
const J = (g: Grid) => gridToJSON(g);

describe('symmetry primitives (golden vectors)', () => {
  it('flip_h reverses each row', () => {
    expect(J(flipH(G))).toEqual([[2, 1, 0, 3], [0, 1, 2, 3], [5, 0, 2, 3], [2, 4, 1, 6]]);
    expect(J(flipH(NS))).toEqual([[2, 1, 0], [5, 4, 3]]);
  });
  it('flip_v reverses the row order', () => {
    expect(J(flipV(G))).toEqual([[6, 1, 4, 2], [3, 2, 0, 5], [3, 2, 1, 0], [3, 0, 1, 2]]);
    expect(J(flipV(NS))).toEqual([[3, 4, 5], [0, 1, 2]]);
  });
  it('rot90 turns clockwise', () => {
    expect(J(rot90(G))).toEqual([[6, 3, 3, 3], [1, 2, 2, 0], [4, 0, 1, 1], [2, 5, 0, 2]]);
    expect(J(rot90(NS))).toEqual([[3, 0], [4, 1], [5, 2]]);
  });
  it('rot270 turns counter-clockwise', () => {
    expect(J(rot270(NS))).toEqual([[2, 5], [1, 4], [0, 3]]);
  });
  it('rot180 reverses rows and columns', () => {
    expect(J(rot180(NS))).toEqual([[5, 4, 3], [2, 1, 0]]);
  });
  it('transpose mirrors across the main diagonal', () => {
    expect(J(transpose(NS))).toEqual([[0, 3], [1, 4], [2, 5]]);
  });
  it('anti-transpose mirrors across the anti-diagonal', () => {
    expect(J(antiTranspose(NS))).toEqual([[5, 2], [4, 1], [3, 0]]);
  });
  it('sequences: [flip_h, rot90] and [rot90, flip_h] differ', () => {
    expect(J(rot90(flipH(G)))).toEqual([[2, 5, 0, 2], [4, 0, 1, 1], [1, 2, 2, 0], [6, 3, 3, 3]]);
    expect(J(flipH(rot90(G)))).toEqual([[3, 3, 3, 6], [0, 2, 2, 1], [1, 1, 0, 4], [2, 0, 5, 2]]);
  });
});

const arbGrid = fc
  .record({ h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }) })
  .chain(({ h, w }) => fc.uint8Array({ minLength: h * w, maxLength: h * w, max: 9 }).map((cells) => makeGrid(h, w, cells) as Grid));

describe('D4 group algebra on arbitrary (mostly non-square) grids', () => {
  const eq = (a: Grid, b: Grid) => expect(gridEquals(a, b)).toBe(true);
  it('rotations compose: rot90∘rot90 = rot180, rot90³ = rot270, rot90⁴ = id', () => {
    fc.assert(fc.property(arbGrid, (g) => {
      eq(rot90(rot90(g)), rot180(g));
      eq(rot90(rot90(rot90(g))), rot270(g));
      eq(rot90(rot270(g)), g);
      eq(rot180(rot180(g)), g);
    }));
  });
  it('reflections are involutions and flip_h∘flip_v = rot180', () => {
    fc.assert(fc.property(arbGrid, (g) => {
      eq(flipH(flipH(g)), g);
      eq(flipV(flipV(g)), g);
      eq(transpose(transpose(g)), g);
      eq(flipV(flipH(g)), rot180(g));
    }));
  });
  it('transpose = flip_h after rot90 (apply rot90 first), anti-transpose = flip_v after rot90', () => {
    fc.assert(fc.property(arbGrid, (g) => {
      eq(flipH(rot90(g)), transpose(g));
      eq(flipV(rot90(g)), antiTranspose(g));
      eq(rot90(flipH(g)), flipV(rot90(g))); // [flip_h, rot90] = [rot90, flip_v]
    }));
  });
  it('shapes: quarter turns and transposes swap h and w', () => {
    fc.assert(fc.property(arbGrid, (g) => {
      for (const f of [rot90, rot270, transpose, antiTranspose]) expect([f(g).h, f(g).w]).toEqual([g.w, g.h]);
      for (const f of [flipH, flipV, rot180]) expect([f(g).h, f(g).w]).toEqual([g.h, g.w]);
    }));
  });
});
