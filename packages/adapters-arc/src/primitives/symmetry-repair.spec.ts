import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { symmetryPatch, symmetryRepair } from './symmetry-repair';

describe('symmetry repair', () => {
  // A left-right and top-bottom symmetric picture with two cells masked by colour 9.
  const g = gridOf([
    [1, 2, 2, 1],
    [3, 9, 4, 3],
    [3, 4, 9, 3],
    [1, 2, 2, 1],
  ]);
  it('fills masked cells from their mirror images', () => {
    expect(gridToJSON(symmetryRepair(g, 9)!)).toEqual([[1, 2, 2, 1], [3, 4, 4, 3], [3, 4, 4, 3], [1, 2, 2, 1]]);
  });
  it('returns just the patch under the mask', () => {
    expect(gridToJSON(symmetryPatch(g, 9)!)).toEqual([[4, 4], [4, 4]]);
  });
  it('refuses when the mirror images disagree', () => {
    expect(symmetryRepair(gridOf([[1, 9, 2]]), 9)).toBeNull();
  });
  it('refuses when every counterpart is masked too', () => {
    expect(symmetryRepair(gridOf([[9, 9], [9, 9]]), 9)).toBeNull();
  });
});
