import { type Encoder, type SparseVec, type Token, isAttributingEncoder, isSparseEncoder, isSyncEncoder } from '@micro-lm/encoders';
import * as E from 'fp-ts/Either';
import { type MapperArtifact, artifactSchema, artifactSha256 } from './artifact';
import { base64ToF32, base64ToI32 } from './codec';
import { type FeatureSpace, LinearModel } from './linear-model';
import type { MapperError, Prediction, Thresholds, TokenEvidence } from './types';

/** A loaded, verified mapper bound to its encoder. */
export interface Mapper<L extends string = string> {
  /** The artifact's sha256 (goes into audit records as the model hash). */
  readonly sha256: string;
  readonly labels: readonly L[];
  readonly thresholds: Thresholds;
  readonly temperature: number;
  readonly encoder: { readonly id: string; readonly fingerprint: string };
  /** Encode and predict; needs a sync encoder (throws TypeError otherwise: use predictAsync). */
  predict(text: string): Prediction<L>;
  /** Encode (async encoders too) and predict. */
  predictAsync(text: string): Promise<Prediction<L>>;
  /**
   * Predict a token window `tokens[start, end)` (e.g. one clause of a multi-step prompt) without re-tokenising.
   * Sparse encoders encode the window directly; sync dense encoders get the window's token texts joined by spaces.
   */
  predictTokens(tokens: readonly Token[], start?: number, end?: number): Prediction<L>;
  /** Predict from a sparse vector of the bound encoder (sparse-trained mappers only). */
  predictSparse(v: SparseVec): Prediction<L>;
  /** Predict from a dense vector of the bound encoder. Sparse-trained mappers read its non-zeros. */
  predictDense(v: Float32Array): Prediction<L>;
  /** True when `tokenEvidence` works: a sparse mapper bound to an encoder that attributes features to tokens. */
  readonly supportsTokenEvidence: boolean;
  /** Per-token contributions of `tokens[start, end)` to each label (throws TypeError when unsupported). */
  tokenEvidence(tokens: readonly Token[], start?: number, end?: number): TokenEvidence<L>;
}

/** Options of loadMapper. */
export interface LoadOptions<L extends string> {
  /** When given, the artifact's label set must equal this set. */
  readonly labels?: readonly L[];
  /** How many labels `Prediction.topk` lists (default 3; clamped to [1, number of labels]). */
  readonly topK?: number;
}

const fail = (kind: MapperError['kind'], message: string): E.Either<MapperError, never> => E.left({ kind, message });

/**
 * Parses (JSON text or an already-parsed value), validates and verifies an artifact, then binds it to `encoder`.
 * Left when: not JSON, wrong shape, sha256 differs from the content, encoder id or fingerprint differ from the
 * one the model was trained with, decoded arrays have the wrong length, or the label set is not the expected one.
 */
export function loadMapper<L extends string = string>(raw: unknown, encoder: Encoder, options: LoadOptions<L> = {}): E.Either<MapperError, Mapper<L>> {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return fail('invalid_json', `mapper artifact is not valid JSON: ${(e as Error).message}`);
    }
  }
  const parsed = artifactSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid_artifact', `mapper artifact is malformed at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  // Labels are only known to be L when `options.labels` is given (checked below); otherwise L is `string`.
  const a = parsed.data as unknown as MapperArtifact<L>;
  const actual = artifactSha256(a);
  if (actual !== a.sha256) return fail('sha256_mismatch', `mapper artifact sha256 mismatch: recorded ${a.sha256}, content hashes to ${actual} (file modified or corrupted)`);
  if (a.encoder.id !== encoder.id || a.encoder.fingerprint !== encoder.fingerprint) {
    return fail(
      'encoder_mismatch',
      `mapper was trained with encoder ${a.encoder.id} ${a.encoder.fingerprint.slice(0, 12)}…, but is being loaded with ${encoder.id} ${encoder.fingerprint.slice(0, 12)}… (retrain the mapper or use the matching encoder settings)`,
    );
  }
  if (a.dim !== encoder.dim) return fail('encoder_mismatch', `mapper expects dimension ${a.dim}, encoder has ${encoder.dim}`);
  if (new Set(a.labels).size !== a.labels.length) return fail('invalid_artifact', 'mapper artifact has duplicate labels');
  if (options.labels !== undefined) {
    const want = [...new Set(options.labels)].sort();
    const have = [...a.labels].sort();
    if (want.length !== have.length || want.some((l, i) => l !== have[i])) {
      return fail('labels_mismatch', `mapper labels [${have.join(', ')}] differ from the expected [${want.join(', ')}]`);
    }
  }
  return E.map((model: LinearModel<L>) => bind(a, model, encoder))(decodeModel(a, Math.max(1, Math.floor(options.topK ?? 3))));
}

function decodeModel<L extends string>(a: MapperArtifact<L>, topK: number): E.Either<MapperError, LinearModel<L>> {
  const K = a.labels.length;
  const weights = base64ToF32(a.weights);
  let space: FeatureSpace;
  let rows: number;
  if (a.features.kind === 'sparse') {
    const index = base64ToI32(a.features.index);
    if (index === null) return fail('invalid_artifact', 'mapper artifact: features.index is not base64 Int32');
    for (let i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= a.dim || (i > 0 && index[i] <= index[i - 1])) {
        return fail('invalid_artifact', 'mapper artifact: features.index must be strictly ascending within [0, dim)');
      }
    }
    space = { kind: 'sparse', index };
    rows = index.length;
  } else {
    const centroids = base64ToF32(a.features.centroids);
    if (centroids === null || centroids.length !== K * a.dim) return fail('invalid_artifact', `mapper artifact: centroids must hold ${K} × ${a.dim} floats`);
    space = { kind: 'dense', centroids };
    rows = a.dim;
  }
  if (weights === null || weights.length !== rows * K) return fail('invalid_artifact', `mapper artifact: weights must hold ${rows} × ${K} floats`);
  if (a.bias.length !== K) return fail('invalid_artifact', `mapper artifact: bias must hold ${K} numbers`);
  if (!weights.every(Number.isFinite)) return fail('invalid_artifact', 'mapper artifact: weights contain a non-finite value');
  const bias = Float32Array.from(a.bias);
  return E.right(new LinearModel({ labels: a.labels, dim: a.dim, space, weights, bias, temperature: a.temperature, thresholds: a.thresholds }, topK));
}

function bind<L extends string>(a: MapperArtifact<L>, model: LinearModel<L>, encoder: Encoder): Mapper<L> {
  const sparse = a.features.kind === 'sparse';
  // Decided once: the encoder's capabilities do not change, and predict is on the hot path.
  const sparseEncoder = sparse && isSparseEncoder(encoder) ? encoder : null;
  const syncEncoder = isSyncEncoder(encoder) ? encoder : null;
  const predictDense = (v: Float32Array): Prediction<L> => (sparse ? model.predictSparse(denseToSparse(v, a.dim)) : model.predictDense(v));
  const predict = (text: string): Prediction<L> => {
    if (sparseEncoder !== null) return model.predictSparse(sparseEncoder.encodeSparse(text));
    if (syncEncoder !== null) return predictDense(syncEncoder.encodeSync([text])[0]);
    throw new TypeError(`encoder ${encoder.id} is asynchronous: use predictAsync`);
  };
  const predictTokens = (tokens: readonly Token[], start = 0, end = tokens.length): Prediction<L> => {
    if (sparseEncoder !== null) return model.predictSparse(sparseEncoder.encodeTokens(tokens, start, end));
    return predict(
      tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(' '),
    );
  };
  return {
    sha256: a.sha256,
    labels: a.labels,
    thresholds: a.thresholds,
    temperature: a.temperature,
    encoder: a.encoder,
    predict,
    predictAsync: async (text) => (isSyncEncoder(encoder) ? predict(text) : predictDense((await encoder.encode([text]))[0])),
    predictTokens,
    predictSparse: (v) => model.predictSparse(v),
    predictDense,
    supportsTokenEvidence: sparse && isAttributingEncoder(encoder),
    tokenEvidence: (tokens, start, end) => {
      if (!sparse || !isAttributingEncoder(encoder)) throw new TypeError(`token evidence needs a sparse mapper and an attributing encoder (have ${a.features.kind}, ${encoder.id})`);
      return model.tokenEvidence(encoder.attributeTokens(tokens, start, end), tokens.length);
    },
  };
}

function denseToSparse(v: Float32Array, dim: number): SparseVec {
  if (v.length !== dim) throw new RangeError(`dense input has length ${v.length}, the mapper expects ${dim}`);
  const idx: number[] = [];
  const val: number[] = [];
  for (let j = 0; j < v.length; j++) {
    if (v[j] !== 0) {
      idx.push(j);
      val.push(v[j]);
    }
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}
