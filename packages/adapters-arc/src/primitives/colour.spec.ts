import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { applyColourMap, formatColourMap, isIdentityMap, keepColour, learnColourMap, majorityColour, majorityFill, removeColour, UNMAPPED } from './colour';

describe('colour map', () => {
  it('learns a consistent map from pairs and applies it', () => {
    const map = learnColourMap([
      [gridOf([[1, 2]]), gridOf([[5, 6]])],
      [gridOf([[2], [3]]), gridOf([[6], [4]])],
    ]);
    expect(map).not.toBeNull();
    expect(formatColourMap(map!)).toBe('1>5,2>6,3>4');
    expect(gridToJSON(applyColourMap(gridOf([[3, 1], [2, 2]]), map!)!)).toEqual([[4, 5], [6, 6]]);
  });
  it('rejects a colour that maps to two colours', () => {
    expect(learnColourMap([[gridOf([[1, 1]]), gridOf([[2, 3]])]])).toBeNull();
  });
  it('rejects pairs of different shapes', () => {
    expect(learnColourMap([[gridOf([[1, 1]]), gridOf([[1], [1]])]])).toBeNull();
  });
  it('fails closed on a colour it never saw', () => {
    const map = learnColourMap([[gridOf([[1]]), gridOf([[2]])]])!;
    expect(map[7]).toBe(UNMAPPED);
    expect(applyColourMap(gridOf([[1, 7]]), map)).toBeNull();
  });
  it('recognises an identity map', () => {
    expect(isIdentityMap(learnColourMap([[gridOf([[1, 0]]), gridOf([[1, 0]])]])!)).toBe(true);
    expect(isIdentityMap(learnColourMap([[gridOf([[1, 0]]), gridOf([[1, 2]])]])!)).toBe(false);
  });
});

describe('keep / remove / majority', () => {
  const g = gridOf([[1, 2, 2], [0, 2, 3]]);
  it('keepColour erases every other colour', () => {
    expect(gridToJSON(keepColour(g, 2))).toEqual([[0, 2, 2], [0, 2, 0]]);
  });
  it('removeColour erases only that colour', () => {
    expect(gridToJSON(removeColour(g, 2))).toEqual([[1, 0, 0], [0, 0, 3]]);
  });
  it('majority colour ignores background and breaks ties low', () => {
    expect(majorityColour(g)).toBe(2);
    expect(majorityColour(gridOf([[0, 0, 4, 3]]))).toBe(3);
    expect(majorityColour(gridOf([[0, 0]]))).toBeNull();
  });
  it('majorityFill repaints the foreground', () => {
    expect(gridToJSON(majorityFill(g)!)).toEqual([[2, 2, 2], [0, 2, 2]]);
    expect(majorityFill(gridOf([[0]]))).toBeNull();
  });
});
