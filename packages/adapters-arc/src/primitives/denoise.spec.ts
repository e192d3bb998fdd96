import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { recolourBySize, removeSingletons } from './denoise';

describe('removeSingletons', () => {
  const g = gridOf([
    [1, 0, 0, 2],
    [0, 1, 0, 2],
    [0, 0, 0, 0],
    [3, 0, 0, 0],
  ]);
  it('4-neighbourhood: diagonal pairs are isolated', () => {
    expect(gridToJSON(removeSingletons(g, false))).toEqual([[0, 0, 0, 2], [0, 0, 0, 2], [0, 0, 0, 0], [0, 0, 0, 0]]);
  });
  it('8-neighbourhood keeps diagonal pairs', () => {
    expect(gridToJSON(removeSingletons(g, true))).toEqual([[1, 0, 0, 2], [0, 1, 0, 2], [0, 0, 0, 0], [0, 0, 0, 0]]);
  });
});

describe('recolourBySize', () => {
  const g = gridOf([[5, 5, 0, 5], [0, 0, 0, 0], [5, 5, 5, 0]]);
  it('paints each object with the colour of its size', () => {
    const m = new Map([[1, 7], [2, 8], [3, 9]]);
    expect(gridToJSON(recolourBySize(g, m, false)!)).toEqual([[8, 8, 0, 7], [0, 0, 0, 0], [9, 9, 9, 0]]);
  });
  it('refuses an object whose size has no colour', () => {
    expect(recolourBySize(g, new Map([[2, 8]]), false)).toBeNull();
  });
});
