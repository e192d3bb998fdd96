import { isLeft, isRight } from 'fp-ts/Either';
import { dominantColour, gridEquals, gridHash, gridToJSON, makeGrid, parseGrid, Grid } from './grid';

const ok = (raw: unknown): Grid => {
  const e = parseGrid(raw);
  if (isLeft(e)) throw new Error(e.left.message);
  return e.right;
};

describe('parseGrid', () => {
  it('accepts a rectangular 0..9 grid and round-trips to JSON', () => {
    const g = ok([[0, 1, 2], [3, 4, 9]]);
    expect(g.h).toBe(2);
    expect(g.w).toBe(3);
    expect(Array.from(g.cells)).toEqual([0, 1, 2, 3, 4, 9]);
    expect(gridToJSON(g)).toEqual([[0, 1, 2], [3, 4, 9]]);
  });
  it('accepts the size boundaries 1×1 and 30×30', () => {
    expect(isRight(parseGrid([[5]]))).toBe(true);
    const big = Array.from({ length: 30 }, () => new Array(30).fill(0));
    expect(isRight(parseGrid(big))).toBe(true);
  });
  it.each([
    ['not an array', 'abc', 'not_array'],
    ['empty', [], 'bad_shape'],
    ['empty row', [[]], 'bad_shape'],
    ['31 rows', Array.from({ length: 31 }, () => [0]), 'bad_shape'],
    ['31 columns', [new Array(31).fill(0)], 'bad_shape'],
    ['ragged', [[1, 2], [3]], 'ragged'],
    ['row not array', [[1], 2], 'not_array'],
    ['colour 10', [[10]], 'bad_cell'],
    ['negative', [[-1]], 'bad_cell'],
    ['fraction', [[1.5]], 'bad_cell'],
    ['string cell', [['1']], 'bad_cell'],
    ['null cell', [[null]], 'bad_cell'],
  ])('rejects %s', (_name, raw, kind) => {
    const e = parseGrid(raw);
    expect(isLeft(e) && e.left.kind).toBe(kind);
  });
});

describe('makeGrid', () => {
  it('refuses sizes outside 1..30 and wrong cell counts', () => {
    expect(makeGrid(0, 3, new Uint8Array(0))).toBeNull();
    expect(makeGrid(31, 1, new Uint8Array(31))).toBeNull();
    expect(makeGrid(2, 2, new Uint8Array(3))).toBeNull();
    expect(makeGrid(30, 30, new Uint8Array(900))).not.toBeNull();
  });
});

describe('equality and hashing', () => {
  it('distinguishes shape even with the same cells', () => {
    const a = ok([[1, 2, 3, 4]]);
    const b = ok([[1, 2], [3, 4]]);
    expect(gridEquals(a, b)).toBe(false);
    expect(gridHash(a)).not.toBe(gridHash(b));
    expect(gridEquals(a, ok([[1, 2, 3, 4]]))).toBe(true);
    expect(gridHash(a)).toBe(gridHash(ok([[1, 2, 3, 4]])));
  });
  it('dominant colour breaks ties towards the smaller colour', () => {
    expect(dominantColour(ok([[3, 3, 1, 1]]))).toBe(1);
    expect(dominantColour(ok([[3, 3, 1]]))).toBe(3);
  });
});
