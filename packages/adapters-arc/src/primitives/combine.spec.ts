import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { combineMasks, overlay, splitInTwo } from './combine';

describe('splitInTwo', () => {
  it('splits at a uniform middle separator column', () => {
    const parts = splitInTwo(gridOf([[1, 5, 0], [0, 5, 2]]))!;
    expect(parts.map(gridToJSON)).toEqual([[[1], [0]], [[0], [2]]]);
  });
  it('splits at a middle separator row', () => {
    const parts = splitInTwo(gridOf([[1, 0], [4, 4], [0, 2]]))!;
    expect(parts.map(gridToJSON)).toEqual([[[1, 0]], [[0, 2]]]);
  });
  it('splits plain halves along the longer even side', () => {
    expect(splitInTwo(gridOf([[1, 2, 3, 4]]))!.map(gridToJSON)).toEqual([[[1, 2]], [[3, 4]]]);
  });
  it('refuses when there is no separator and no even longer side', () => {
    expect(splitInTwo(gridOf([[1, 0, 2]]))).toBeNull();
    expect(splitInTwo(gridOf([[1, 2], [3, 4]]))).toBeNull();
  });
});

describe('combineMasks', () => {
  const a = gridOf([[1, 1, 0, 0]]);
  const b = gridOf([[2, 0, 2, 0]]);
  it.each([
    ['and', [9, 0, 0, 0]],
    ['or', [9, 9, 9, 0]],
    ['xor', [0, 9, 9, 0]],
    ['nor', [0, 0, 0, 9]],
    ['left_only', [0, 9, 0, 0]],
    ['right_only', [0, 0, 9, 0]],
  ] as const)('%s', (op, row) => {
    expect(gridToJSON(combineMasks(a, b, op, 9)!)).toEqual([row]);
  });
  it('refuses different shapes', () => {
    expect(combineMasks(a, gridOf([[1]]), 'and', 9)).toBeNull();
  });
});

describe('overlay', () => {
  it('non-background cells of the top win', () => {
    expect(gridToJSON(overlay(gridOf([[1, 2, 0]]), gridOf([[0, 5, 6]]))!)).toEqual([[1, 5, 6]]);
  });
});
