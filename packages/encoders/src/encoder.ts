import type { SparseVec } from './sparse';
import type { Token } from './tokenize';

/** A text encoder: maps texts to fixed-size L2-normalised vectors. */
export interface Encoder {
  /** Backend id, e.g. "wordmap" or "sbert". */
  readonly id: string;
  /** Output dimension. */
  readonly dim: number;
  /** sha256 identifying the exact encoder (vocabulary/model + settings); goes into the audit record. */
  readonly fingerprint: string;
  /** Encode a batch of texts; result i belongs to texts[i]. */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

/** An encoder that can also run synchronously (lexical encoders: no I/O, no model). */
export interface SyncEncoder extends Encoder {
  encodeSync(texts: readonly string[]): Float32Array[];
}

/**
 * A sync encoder whose vectors are sparse (hashed features). `encodeSparse(text)` equals `encodeSync([text])[0]`
 * on its non-zero entries; the sparse form is what hot paths (mapper, per-token evidence) should use.
 */
export interface SparseEncoder extends SyncEncoder {
  /** Sparse L2-normalised vector of one text (indices ascending, unique). */
  encodeSparse(text: string): SparseVec;
  /** Sparse vector of the token window `tokens[start, end)` (already tokenised with `tokenize`). */
  encodeTokens(tokens: readonly Token[], start?: number, end?: number): SparseVec;
}

/**
 * Per-token attribution of a sparse encoding: entry i says token `token[i]` contributed `share[i]` to the value in
 * slot `slot[i]` of `vec` (an index into `vec.idx`/`vec.val`). Shares of a slot sum to its value.
 */
export interface Attribution {
  readonly vec: SparseVec;
  readonly token: Int32Array;
  readonly slot: Int32Array;
  readonly share: Float64Array;
}

/** A sparse encoder that can say which token each feature came from (for per-token evidence traces). */
export interface AttributingEncoder extends SparseEncoder {
  attributeTokens(tokens: readonly Token[], start?: number, end?: number): Attribution;
}

/** True when `e` can attribute its features to tokens. */
export function isAttributingEncoder(e: Encoder): e is AttributingEncoder {
  return isSparseEncoder(e) && typeof (e as Partial<AttributingEncoder>).attributeTokens === 'function';
}

/** True when `e` offers the sparse path. */
export function isSparseEncoder(e: Encoder): e is SparseEncoder {
  const s = e as Partial<SparseEncoder>;
  return typeof s.encodeSparse === 'function' && typeof s.encodeTokens === 'function' && typeof s.encodeSync === 'function';
}

/** True when `e` can encode synchronously. */
export function isSyncEncoder(e: Encoder): e is SyncEncoder {
  return typeof (e as Partial<SyncEncoder>).encodeSync === 'function';
}
