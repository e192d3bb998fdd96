import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Either, isLeft, left, right } from 'fp-ts/Either';
import { Grid, parseGrid } from '../grid/grid';

/** One demonstration pair. */
export interface TrainPair {
  readonly input: Grid;
  readonly output: Grid;
}

/** A test item; the expected output is optional (hidden in real use, present in the public training set). */
export interface TestItem {
  readonly input: Grid;
  readonly output: Grid | null;
}

/** A validated ARC task. */
export interface ArcTask {
  readonly id: string;
  readonly train: readonly TrainPair[];
  readonly test: readonly TestItem[];
}

/** Why a task could not be read. */
export interface TaskError {
  readonly kind: 'io' | 'json' | 'schema';
  readonly message: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validate a parsed JSON value as an ARC task `{train:[{input,output}], test:[{input, output?}]}`. */
export function parseTask(raw: unknown, id = 'task'): Either<TaskError, ArcTask> {
  if (!isRecord(raw)) return left({ kind: 'schema', message: 'task must be an object' });
  const { train, test } = raw;
  if (!Array.isArray(train) || train.length === 0) return left({ kind: 'schema', message: 'train must be a non-empty array' });
  if (!Array.isArray(test) || test.length === 0) return left({ kind: 'schema', message: 'test must be a non-empty array' });
  const grid = (v: unknown, where: string): Either<TaskError, Grid> => {
    const g = parseGrid(v);
    return isLeft(g) ? left({ kind: 'schema', message: `${where}: ${g.left.message}` }) : g;
  };
  const pairs: TrainPair[] = [];
  for (let i = 0; i < train.length; i++) {
    const p: unknown = train[i];
    if (!isRecord(p)) return left({ kind: 'schema', message: `train[${i}] must be an object` });
    const a = grid(p.input, `train[${i}].input`);
    if (isLeft(a)) return a;
    const b = grid(p.output, `train[${i}].output`);
    if (isLeft(b)) return b;
    pairs.push({ input: a.right, output: b.right });
  }
  const tests: TestItem[] = [];
  for (let i = 0; i < test.length; i++) {
    const p: unknown = test[i];
    if (!isRecord(p)) return left({ kind: 'schema', message: `test[${i}] must be an object` });
    const a = grid(p.input, `test[${i}].input`);
    if (isLeft(a)) return a;
    let out: Grid | null = null;
    if (p.output !== undefined) {
      const b = grid(p.output, `test[${i}].output`);
      if (isLeft(b)) return b;
      out = b.right;
    }
    tests.push({ input: a.right, output: out });
  }
  return right({ id, train: pairs, test: tests });
}

/** Read and validate a task file; the id is the file name without `.json`. */
export function loadTask(path: string): Either<TaskError, ArcTask> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return left({ kind: 'io', message: `cannot read ${path}: ${(e as Error).message}` });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return left({ kind: 'json', message: `invalid JSON in ${path}: ${(e as Error).message}` });
  }
  return parseTask(raw, basename(path).replace(/\.json$/i, ''));
}
