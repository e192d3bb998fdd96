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
