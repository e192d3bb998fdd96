import { PositionIndex, positionTable } from './features';
import { splitmix32 } from './rng';

describe('PositionIndex', () => {
  it('answers exactly what the dim-sized position table answers, for members and non-members', () => {
    const dim = 1 << 18;
    const next = splitmix32(7);
    const keys = new Set<number>();
    while (keys.size < 5000) keys.add(Math.floor(next() * dim));
    const index = Int32Array.from([...keys].sort((a, b) => a - b));
    const table = positionTable(index, dim);
    const compact = new PositionIndex(index);
    for (let k = 0; k < dim; k++) if (compact.get(k) !== table[k]) throw new Error(`index ${k}: ${compact.get(k)} vs ${table[k]}`);
    expect(compact.get(index[4321])).toBe(4321);
    expect(compact.get(-1)).toBe(-1);
    expect(compact.get(dim + 5)).toBe(-1);
  });

  it('works for an empty and a one-entry vocabulary', () => {
    expect(new PositionIndex(new Int32Array(0)).get(3)).toBe(-1);
    const one = new PositionIndex(Int32Array.of(0));
    expect(one.get(0)).toBe(0);
    expect(one.get(1)).toBe(-1);
  });
});
