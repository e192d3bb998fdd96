import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { z } from 'zod';
import type { DefiNull } from './parse/null';

/** Directory of the committed model files (same place from src/ under jest and from dist/ when built). */
export const MODEL_DIR = join(__dirname, '..', 'model');
/** The committed mapper artifact. */
export const DEFAULT_MODEL_PATH = join(MODEL_DIR, 'defi-wordmap.json');
/** The committed parser null (see calibrateDefiNull). */
export const DEFAULT_NULL_PATH = join(MODEL_DIR, 'defi-null.json');

/** Where the sbert mapper trained for a model directory lives (next to the model it was trained with). */
export function sbertMapperPath(modelDir: string): string {
  return join(modelDir, 'micro-lm', 'defi-mapper.json');
}

const stats = z.strictObject({ mean: z.array(z.number().finite()).length(8), sd: z.array(z.number().finite().positive()).length(8) });
const nullSchema = z.strictObject({ stage10: stats, stage11: stats, n: z.number().int().positive() });

/** Read a file as text; Left with a one-line message when it cannot be read. */
export function readText(path: string): E.Either<string, string> {
  try {
    return E.right(readFileSync(path, 'utf8'));
  } catch (e) {
    return E.left(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** Parse and validate a parser-null file (JSON text or value). */
export function parseDefiNull(raw: unknown): E.Either<string, DefiNull> {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return E.left('parser null: not JSON');
    }
  }
  const r = nullSchema.safeParse(value);
  return r.success ? E.right(r.data) : E.left(`parser null: ${r.error.issues[0]?.message ?? 'invalid'}`);
}
