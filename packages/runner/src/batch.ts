import * as E from 'fp-ts/Either';
import { oneLine } from './registry';
import { invalidInputResult, runMicroE } from './run';
import type { Backend, MicroResult, Rails } from './types';

/** Settings shared by every line of a batch (lines carry only `{id, prompt, context?, policy?, grid?}`). */
export interface BatchOptions {
  readonly domain: string;
  readonly rails?: Rails;
  readonly T?: number;
  readonly backend?: Backend;
  /** Called after each line with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A request line's id as given (string or number). */
export type LineId = string | number;

/** One output line: the result, preceded by the input's `id`; invalid lines also carry `line` (1-based). */
export type BatchLine =
  | ({ readonly id?: LineId } & MicroResult)
  | ({ readonly line: number; readonly id?: LineId } & MicroResult)
  | { readonly line: number; readonly id?: LineId; readonly ok: false; readonly decision: 'abstain'; readonly reason: 'internal_error'; readonly error: string };

const LINE_KEYS = new Set(['id', 'prompt', 'context', 'policy', 'grid']);

/**
 * Run a JSONL batch: one output per non-blank input line, in input order. A line that is not JSON or not a
 * valid request gets an `abstain_invalid_input` result with its line number; an internal error on one line
 * gets an `internal_error` line. A batch never stops on one bad line. Valid lines give exactly the result a
 * single `runMicro` call gives.
 */
export async function runBatch(input: string | readonly string[], opts: BatchOptions): Promise<BatchLine[]> {
  const lines = typeof input === 'string' ? input.split(/\r?\n/) : input;
  const work: { n: number; text: string }[] = [];
  lines.forEach((text, i) => {
    if (text.trim() !== '') work.push({ n: i + 1, text });
  });
  const out: BatchLine[] = [];
  for (const { n, text } of work) {
    out.push(await runLine(n, text, opts));
    opts.onProgress?.(out.length, work.length);
  }
  return out;
}

async function runLine(n: number, text: string, opts: BatchOptions): Promise<BatchLine> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { line: n, ...invalidInputResult(text, [`line ${n}: not valid JSON (${oneLine(err)})`]) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { line: n, ...invalidInputResult(value, [`line ${n}: not a JSON object`]) };
  const obj = value as Record<string, unknown>;
  const id = typeof obj.id === 'string' || (typeof obj.id === 'number' && Number.isFinite(obj.id)) ? obj.id : undefined;
  const idPart = id !== undefined ? { id } : {};
  const errors: string[] = [];
  if (obj.id !== undefined && id === undefined) errors.push('id: must be a string or a number');
  for (const k of Object.keys(obj)) if (!LINE_KEYS.has(k)) errors.push(`${k}: not a batch line field`);
  if (errors.length > 0) return { line: n, ...idPart, ...invalidInputResult(value, errors) };
  const { id: _id, ...fields } = obj;
  const request = {
    ...fields,
    domain: opts.domain,
    ...(opts.rails !== undefined ? { rails: opts.rails } : {}),
    ...(opts.T !== undefined ? { T: opts.T } : {}),
    ...(opts.backend !== undefined ? { backend: opts.backend } : {}),
  };
  const r = await runMicroE(request);
  if (E.isLeft(r)) return { line: n, ...idPart, ok: false, decision: 'abstain', reason: 'internal_error', error: r.left.message };
  const result = r.right;
  if (result.reason === 'abstain_invalid_input' && result.audit.request === null) return { line: n, ...idPart, ...result };
  return { ...idPart, ...result };
}
