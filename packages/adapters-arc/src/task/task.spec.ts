import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLeft, isRight } from 'fp-ts/Either';
import { loadTask, parseTask } from './task';

describe('parseTask', () => {
  it('accepts train pairs and test items with and without outputs', () => {
    const t = parseTask({ train: [{ input: [[1]], output: [[2]] }], test: [{ input: [[3]] }, { input: [[1]], output: [[2]] }] }, 'x');
    expect(isRight(t)).toBe(true);
    if (isRight(t)) {
      expect(t.right.id).toBe('x');
      expect(t.right.test[0].output).toBeNull();
      expect(t.right.test[1].output?.cells[0]).toBe(2);
    }
  });
  it.each([
    ['not an object', [1]],
    ['no train', { test: [{ input: [[1]] }] }],
    ['empty train', { train: [], test: [{ input: [[1]] }] }],
    ['no test', { train: [{ input: [[1]], output: [[1]] }] }],
    ['bad train grid', { train: [{ input: [[10]], output: [[1]] }], test: [{ input: [[1]] }] }],
    ['missing train output', { train: [{ input: [[1]] }], test: [{ input: [[1]] }] }],
    ['bad test output', { train: [{ input: [[1]], output: [[1]] }], test: [{ input: [[1]], output: [[1, 2], [3]] }] }],
  ])('rejects %s', (_n, raw) => {
    expect(isLeft(parseTask(raw))).toBe(true);
  });
});

describe('loadTask', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arc-task-'));
  it('reads a file and names the task after it', () => {
    const p = join(dir, 'abc123.json');
    writeFileSync(p, JSON.stringify({ train: [{ input: [[1]], output: [[1]] }], test: [{ input: [[1]] }] }));
    const t = loadTask(p);
    expect(isRight(t) && t.right.id).toBe('abc123');
  });
  it('reports io and json errors as values', () => {
    const missing = loadTask(join(dir, 'nope.json'));
    expect(isLeft(missing) && missing.left.kind).toBe('io');
    const p = join(dir, 'bad.json');
    writeFileSync(p, '{not json');
    const bad = loadTask(p);
    expect(isLeft(bad) && bad.left.kind).toBe('json');
  });
});
