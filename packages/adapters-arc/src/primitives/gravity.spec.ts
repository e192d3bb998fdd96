import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { gravity } from './gravity';

const G = gridOf([
  [1, 0, 0],
  [0, 2, 0],
  [3, 0, 4],
]);

describe('gravity', () => {
  it('down: cells stack at the bottom of their column, order kept', () => {
    expect(gridToJSON(gravity(G, 'down'))).toEqual([[0, 0, 0], [1, 0, 0], [3, 2, 4]]);
  });
  it('up', () => {
    expect(gridToJSON(gravity(G, 'up'))).toEqual([[1, 2, 4], [3, 0, 0], [0, 0, 0]]);
  });
  it('left', () => {
    expect(gridToJSON(gravity(G, 'left'))).toEqual([[1, 0, 0], [2, 0, 0], [3, 4, 0]]);
  });
  it('right', () => {
    expect(gridToJSON(gravity(G, 'right'))).toEqual([[0, 0, 1], [0, 0, 2], [0, 3, 4]]);
  });
  it('is idempotent and keeps the colour counts', () => {
    const once = gravity(G, 'down');
    expect(gridToJSON(gravity(once, 'down'))).toEqual(gridToJSON(once));
    expect([...once.cells].sort()).toEqual([...G.cells].sort());
  });
});
