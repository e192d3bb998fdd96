import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { enclosedMask, fillEnclosed, hollow, outline } from './fill';

describe('fill enclosed', () => {
  const ring = gridOf([
    [1, 1, 1, 0],
    [1, 0, 1, 0],
    [1, 1, 1, 0],
  ]);
  it('fills holes not connected to the border', () => {
    expect(Array.from(enclosedMask(ring))).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(gridToJSON(fillEnclosed(ring, 4))).toEqual([[1, 1, 1, 0], [1, 4, 1, 0], [1, 1, 1, 0]]);
  });
  it('a gap in the ring lets the hole leak out (nothing filled)', () => {
    const open = gridOf([[1, 1, 1], [1, 0, 0], [1, 1, 1]]);
    expect(gridToJSON(fillEnclosed(open, 4))).toEqual(gridToJSON(open));
  });
  it('diagonal gaps do not leak (4-connectivity of the background)', () => {
    const diag = gridOf([[0, 1, 0], [1, 0, 1], [0, 1, 0]]);
    expect(gridToJSON(fillEnclosed(diag, 7))).toEqual([[0, 1, 0], [1, 7, 1], [0, 1, 0]]);
  });
});

describe('outline (halo)', () => {
  const dot = gridOf([[0, 0, 0], [0, 5, 0], [0, 0, 0]]);
  it('4-neighbourhood', () => {
    expect(gridToJSON(outline(dot, 1, false))).toEqual([[0, 1, 0], [1, 5, 1], [0, 1, 0]]);
  });
  it('8-neighbourhood', () => {
    expect(gridToJSON(outline(dot, 1, true))).toEqual([[1, 1, 1], [1, 5, 1], [1, 1, 1]]);
  });
});

describe('hollow', () => {
  it('clears interior cells whose four neighbours are all filled', () => {
    const block = gridOf([[2, 2, 2], [2, 2, 2], [2, 2, 2]]);
    expect(gridToJSON(hollow(block))).toEqual([[2, 2, 2], [2, 0, 2], [2, 2, 2]]);
    const plus = gridOf([[0, 2, 0], [2, 2, 2], [0, 2, 0]]);
    expect(gridToJSON(hollow(plus))).toEqual([[0, 2, 0], [2, 0, 2], [0, 2, 0]]);
  });
});
