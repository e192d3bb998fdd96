import { isRight } from 'fp-ts/Either';
import { gridToJSON } from '../grid/grid';
import { ArcTask, parseTask } from '../task/task';
import { evidenceBits, solveTask } from './search';
import { gridOf } from '../grid/fixture';

const task = (train: [number[][], number[][]][], test: number[][][]): ArcTask => {
  const t = parseTask({ train: train.map(([input, output]) => ({ input, output })), test: test.map((input) => ({ input })) }, 't');
  if (!isRight(t)) throw new Error('bad fixture');
  return t.right;
};

describe('solveTask', () => {
  it('finds a single symmetry and applies it to the test input', () => {
    const r = solveTask(
      task(
        [
          [[[1, 2, 3], [4, 5, 6]], [[3, 2, 1], [6, 5, 4]]],
          [[[7, 0], [0, 8]], [[0, 7], [8, 0]]],
        ],
        [[[1, 0, 0], [2, 3, 0]]],
      ),
    );
    expect(r.decision).toBe('solved');
    expect(r.program).toEqual(['flip_h']);
    expect(gridToJSON(r.predictions![0])).toEqual([[0, 0, 1], [0, 3, 2]]);
  });

  it('composes two steps: rotate clockwise then recolour', () => {
    const r = solveTask(
      task(
        [
          [[[1, 2], [0, 0]], [[0, 5], [0, 6]]],
          [[[2, 0, 1], [0, 0, 0]], [[0, 6], [0, 0], [0, 5]]],
          [[[1, 1], [2, 0], [0, 0]], [[0, 6, 5], [0, 0, 5]]],
        ],
        [[[0, 2], [1, 0]]],
      ),
    );
    expect(r.decision).toBe('solved');
    expect(r.program).toEqual(['rot90', 'colour_map(1>5,2>6)']);
    expect(gridToJSON(r.predictions![0])).toEqual([[5, 0], [0, 6]]);
  });

  it('abstains when nothing fits every pair', () => {
    const r = solveTask(task([[[[1, 2], [3, 4]], [[9, 9, 9], [1, 1, 1], [2, 2, 2]]], [[[5, 6], [7, 8]], [[4, 4], [4, 4]]]], [[[1, 1], [1, 1]]]), { maxDepth: 2 });
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('no_program');
    expect(r.predictions).toBeNull();
  });

  it('abstains when the simplest fitting programs disagree on the test input', () => {
    // Symmetric train input (left-right): flip_v and rot180 both reproduce it, but differ on the test input.
    const sym = [[1, 2, 3, 2, 1], [4, 5, 6, 5, 4], [7, 8, 9, 8, 7]];
    const r = solveTask(task([[sym, [...sym].reverse()]], [[[1, 2, 3], [4, 5, 6]]]));
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('ambiguous');
    expect(r.candidates).toBeGreaterThan(1);
  });

  it('refuses a colour map that never generalises across pairs (leave-one-out)', () => {
    // Each pair teaches one unrelated colour; no pair confirms another pair's entry.
    const train: [number[][], number[][]][] = [
      [[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]], [[2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 2, 2]]],
      [[[3, 3, 3, 3], [3, 3, 3, 3], [3, 3, 3, 3]], [[7, 7, 7, 7], [7, 7, 7, 7], [7, 7, 7, 7]]],
    ];
    const r = solveTask(task(train, [[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]]), { maxDepth: 1 });
    expect(r.decision).toBe('abstain');
  });

  it('refuses tiny outputs that carry too little evidence', () => {
    const r = solveTask(task([[[[0, 3], [0, 0]], [[3]]], [[[0, 0], [5, 0]], [[5]]]], [[[0, 0], [0, 4]]]));
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('insufficient_evidence');
  });

  it('stops at the state cap and reports an exhausted budget', () => {
    const r = solveTask(task([[[[1, 2], [3, 4]], [[9, 9, 9], [1, 1, 1], [2, 2, 2]]]], [[[1, 1], [1, 1]]]), { maxStates: 5 });
    expect(r.reason).toBe('budget_exhausted');
    expect(r.searched).toBeLessThanOrEqual(6);
  });

  it('is deterministic', () => {
    const t = task([[[[1, 0], [0, 0]], [[0, 0], [0, 1]]], [[[0, 2], [0, 0]], [[0, 0], [2, 0]]]], [[[3, 0], [0, 0]]]);
    const a = solveTask(t);
    const b = solveTask(t);
    expect(a.program).toEqual(b.program);
    expect(a.searched).toBe(b.searched);
  });
});

describe('evidenceBits', () => {
  it('counts cells × log2(colours), at least one bit per cell', () => {
    expect(evidenceBits([gridOf([[3]])])).toBe(1);
    expect(evidenceBits([gridOf([[1, 2, 3, 4]])])).toBe(8);
  });
});
