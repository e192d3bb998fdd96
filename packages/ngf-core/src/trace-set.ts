/**
 * TraceSet validation at the boundary: shapes and finiteness. The result is structurally an fp-ts `Either`
 * (`{_tag: 'Left', left} | {_tag: 'Right', right}`); ngf-core may only depend on ml-matrix, so it is declared here.
 */
import type { TraceSet } from './types';

/** Structurally identical to fp-ts `Either<E, A>`: fp-ts functions accept it as is. */
export type Either<E, A> = { readonly _tag: 'Left'; readonly left: E } | { readonly _tag: 'Right'; readonly right: A };
const left = <E, A>(e: E): Either<E, A> => ({ _tag: 'Left', left: e });
const right = <E, A>(a: A): Either<E, A> => ({ _tag: 'Right', right: a });

/** Why a TraceSet was rejected. */
export type TraceSetError =
  | { readonly kind: 'no_channels' }
  | { readonly kind: 'bad_length'; readonly T: number }
  | { readonly kind: 'names_mismatch'; readonly names: number; readonly channels: number }
  | { readonly kind: 'duplicate_name'; readonly name: string }
  | { readonly kind: 'ragged'; readonly channel: string; readonly length: number }
  | { readonly kind: 'non_finite'; readonly channel: string; readonly index: number };

/** Checks that a TraceSet has K ≥ 1 uniquely named channels of length T ≥ 1 with finite values. */
export function validateTraceSet(ts: TraceSet): Either<TraceSetError, TraceSet> {
  if (ts.data.length === 0) return left({ kind: 'no_channels' });
  if (!Number.isInteger(ts.T) || ts.T < 1) return left({ kind: 'bad_length', T: ts.T });
  if (ts.names.length !== ts.data.length) return left({ kind: 'names_mismatch', names: ts.names.length, channels: ts.data.length });
  const seen = new Set<string>();
  for (let k = 0; k < ts.data.length; k++) {
    const name = ts.names[k];
    if (seen.has(name)) return left({ kind: 'duplicate_name', name });
    seen.add(name);
    const x = ts.data[k];
    if (x.length !== ts.T) return left({ kind: 'ragged', channel: name, length: x.length });
    for (let t = 0; t < x.length; t++) if (!Number.isFinite(x[t])) return left({ kind: 'non_finite', channel: name, index: t });
  }
  return right(ts);
}

/** Throws a RangeError describing the problem when the TraceSet is invalid (parsers fail loudly, never guess). */
export function assertTraceSet(ts: TraceSet): void {
  const r = validateTraceSet(ts);
  if (r._tag === 'Left') throw new RangeError(`invalid TraceSet: ${JSON.stringify(r.left)}`);
}

/** Builds a TraceSet from a name → series record (insertion order is channel order). */
export function traceSetFrom(record: Readonly<Record<string, ArrayLike<number>>>): TraceSet {
  const names = Object.keys(record);
  const data = names.map((n) => Float64Array.from(record[n]));
  return { names, T: data.length ? data[0].length : 0, data };
}
