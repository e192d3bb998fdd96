import { isLeft } from 'fp-ts/Either';
import { Grid, parseGrid } from './grid';

/** Grid from literal rows; throws on invalid input. Meant for tests and literals, not for user input. */
export function gridOf(rows: readonly (readonly number[])[]): Grid {
  const e = parseGrid(rows);
  if (isLeft(e)) throw new Error(`invalid grid literal: ${e.left.message}`);
  return e.right;
}
