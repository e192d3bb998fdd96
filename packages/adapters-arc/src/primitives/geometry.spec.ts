import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { assemble, contentBox, cropToContent, dedupeCols, dedupeRows, downscale, downscaleMajority, selfKron, shift, tile, upscale } from './geometry';

const J = gridToJSON;

describe('crop to content', () => {
  it('finds the bounding box of non-background cells', () => {
    const g = gridOf([[0, 0, 0, 0], [0, 3, 0, 0], [0, 0, 4, 0]]);
    expect(contentBox(g)).toEqual({ r0: 1, c0: 1, r1: 2, c1: 2 });
    expect(J(cropToContent(g)!)).toEqual([[3, 0], [0, 4]]);
  });
  it('refuses an all-background grid and respects a custom background', () => {
    expect(cropToContent(gridOf([[0, 0]]))).toBeNull();
    expect(J(cropToContent(gridOf([[5, 5, 1]]), 5)!)).toEqual([[1]]);
  });
});

describe('scaling', () => {
  it('upscales each cell into a k×k block', () => {
    expect(J(upscale(gridOf([[1, 2]]), 2)!)).toEqual([[1, 1, 2, 2], [1, 1, 2, 2]]);
    expect(J(upscale(gridOf([[1, 2]]), 1, 3)!)).toEqual([[1, 1, 1, 2, 2, 2]]);
  });
  it('refuses results over 30 cells per side (boundary: exactly 30 is fine)', () => {
    expect(upscale(gridOf([new Array(10).fill(1)]), 3)).not.toBeNull();
    expect(upscale(gridOf([new Array(11).fill(1)]), 3)).toBeNull();
  });
  it('downscale inverts upscale and refuses mixed blocks or bad divisors', () => {
    const g = gridOf([[1, 2], [3, 4]]);
    expect(J(downscale(upscale(g, 3)!, 3)!)).toEqual([[1, 2], [3, 4]]);
    expect(downscale(gridOf([[1, 1], [1, 2]]), 2)).toBeNull();
    expect(downscale(gridOf([[1, 1, 1]]), 2)).toBeNull();
  });
});

describe('tiling and assembly', () => {
  it('tiles a grid', () => {
    expect(J(tile(gridOf([[1, 2]]), 2, 2)!)).toEqual([[1, 2, 1, 2], [1, 2, 1, 2]]);
  });
  it('assembles blocks row-major and checks their shapes', () => {
    const a = gridOf([[1]]);
    const b = gridOf([[2]]);
    expect(J(assemble([a, b, b, a], 2, 2)!)).toEqual([[1, 2], [2, 1]]);
    expect(assemble([a, gridOf([[1, 2]])], 1, 2)).toBeNull();
    expect(assemble([a], 1, 2)).toBeNull();
  });
  it('self-Kronecker places a copy where a cell is coloured', () => {
    expect(J(selfKron(gridOf([[1, 0], [0, 1]]))!)).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
  });
});

describe('dedupe', () => {
  it('drops rows equal to the row above, and columns equal to the column on their left', () => {
    const g = gridOf([[1, 1, 2], [1, 1, 2], [3, 3, 3], [1, 1, 2]]);
    expect(J(dedupeRows(g)!)).toEqual([[1, 1, 2], [3, 3, 3], [1, 1, 2]]);
    expect(J(dedupeCols(g)!)).toEqual([[1, 2], [1, 2], [3, 3], [1, 2]]);
  });
});

describe('shift and majority downscale', () => {
  it('shift moves content and drops what leaves the grid', () => {
    expect(J(shift(gridOf([[1, 2], [3, 4]]), 1, 0))).toEqual([[0, 0], [1, 2]]);
    expect(J(shift(gridOf([[1, 2], [3, 4]]), 0, -1))).toEqual([[2, 0], [4, 0]]);
  });
  it('majority downscale votes per block and refuses ties', () => {
    expect(J(downscaleMajority(gridOf([[1, 1, 2, 2], [1, 3, 2, 0]]), 2)!)).toEqual([[1, 2]]);
    expect(downscaleMajority(gridOf([[1, 2], [3, 4]]), 2)).toBeNull();
  });
});
