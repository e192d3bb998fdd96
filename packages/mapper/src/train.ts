import { type Encoder, type SparseVec, type SyncEncoder, canonicalJson, isSparseEncoder, isSyncEncoder, sha256Hex } from '@micro-lm/encoders';
import { MAPPER_FORMAT, type MapperArtifact, type StoredFeatures, artifactSha256 } from './artifact';
import { type HeldOut, chooseThresholds, fitTemperature, heldOutNll } from './calibrate';
import { f32ToBase64, i32ToBase64 } from './codec';
import { type Csr, denseRows, positionTable, sparseRows, vocabulary } from './features';
import { lbfgs } from './lbfgs';
import { type FeatureSpace, LinearModel } from './linear-model';
import { type TrainOptions, resolveOptions } from './options';
import { softmaxObjective } from './softmax-regression';
import { stratifiedSplit } from './split';
import type { Example } from './types';

/** Encoded training inputs. */
type Encoded = { readonly kind: 'sparse'; readonly vectors: readonly SparseVec[] } | { readonly kind: 'dense'; readonly vectors: readonly Float32Array[] };

const r6 = (x: number) => Number(x.toFixed(6));

/**
 * Trains a calibrated softmax mapper on a sync encoder (sparse path when the encoder has one). Throws RangeError
 * on unusable input (fewer than two labels, a non-string text or label, a negative label absent from the data,
 * bad options): training is a build step, not a request boundary. The same examples, encoder and options give a
 * byte-identical artifact.
 */
export function trainMapper<L extends string>(examples: readonly Example<L>[], encoder: SyncEncoder, options: Partial<TrainOptions> = {}): MapperArtifact<L> {
  const o = resolveOptions(options);
  checkExamples(examples);
  const texts = examples.map((e) => e.text);
  const encoded: Encoded = isSparseEncoder(encoder)
    ? { kind: 'sparse', vectors: texts.map((t) => encoder.encodeSparse(t)) }
    : { kind: 'dense', vectors: encoder.encodeSync(texts) };
  return fit(examples, encoder, o, encoded);
}

/** `trainMapper` for any encoder, including async ones (sbert): encodes in batches of `batchSize`. */
export async function trainMapperAsync<L extends string>(
  examples: readonly Example<L>[],
  encoder: Encoder,
  options: Partial<TrainOptions> = {},
  batchSize = 64,
): Promise<MapperArtifact<L>> {
  if (isSyncEncoder(encoder)) return trainMapper(examples, encoder, options);
  const o = resolveOptions(options);
  checkExamples(examples);
  const vectors: Float32Array[] = [];
  for (let i = 0; i < examples.length; i += batchSize) {
    vectors.push(...(await encoder.encode(examples.slice(i, i + batchSize).map((e) => e.text))));
  }
  return fit(examples, encoder, o, { kind: 'dense', vectors });
}

function checkExamples(examples: readonly Example[]): void {
  examples.forEach((e, i) => {
    if (typeof e?.text !== 'string' || typeof e?.label !== 'string' || e.label.length === 0) {
      throw new RangeError(`trainMapper: example ${i} needs a string text and a non-empty string label`);
    }
  });
  if (new Set(examples.map((e) => e.label)).size < 2) throw new RangeError('trainMapper: need examples of at least two labels');
}

function fit<L extends string>(examples: readonly Example<L>[], encoder: Encoder, o: TrainOptions, enc: Encoded): MapperArtifact<L> {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const K = labels.length;
  const labelIndex = new Map(labels.map((l, k) => [l, k] as const));
  const unknownNegative = o.negativeLabels.filter((l) => !labelIndex.has(l as L));
  if (unknownNegative.length > 0) throw new RangeError(`trainMapper: negativeLabels not in the data: ${unknownNegative.join(', ')}`);
  const y = Int32Array.from(examples, (e) => labelIndex.get(e.label) as number);
  const split = stratifiedSplit(y, K, o.calibrationSplit, o.seed);

  let X: Csr;
  let space: FeatureSpace;
  if (enc.kind === 'sparse') {
    const index = vocabulary(enc.vectors, split.train, o.minDf);
    X = sparseRows(enc.vectors, split.train, positionTable(index, encoder.dim), index.length);
    space = { kind: 'sparse', index };
  } else {
    X = denseRows(enc.vectors, split.train, encoder.dim);
    space = { kind: 'dense', centroids: centroids(enc.vectors, split.train, y, K, encoder.dim) };
  }

  const yTrain = Int32Array.from(split.train, (i) => y[i]);
  const weight = exampleWeights(yTrain, K, o.classWeight);
  const nW = X.nCols * K;
  const result = lbfgs(softmaxObjective(X, yTrain, weight, K, o.l2), new Float64Array(nW + K), {
    maxIter: o.epochs,
    memory: o.lbfgsMemory,
    tolerance: o.tolerance,
  });
  const weights = Float32Array.from(result.x.subarray(0, nW));
  const bias = Float32Array.from(result.x.subarray(nW));

  // Calibrate the float32 model that will be shipped, through the same inference code a loaded mapper uses.
  const thresholdsPlaceholder = { p1_min: 0, margin_min: 0, ood_max: 1 };
  const model = new LinearModel({ labels, dim: encoder.dim, space, weights, bias, temperature: 1, thresholds: thresholdsPlaceholder }, K);
  const held = heldOut(model, enc, split.calibration, y, new Set(o.negativeLabels.map((l) => labelIndex.get(l as L) ?? -1)));
  const temperature = fitTemperature(held, o.minTemperature, o.maxTemperature);
  const report = chooseThresholds(held, temperature, o);

  const features: StoredFeatures =
    space.kind === 'sparse' ? { kind: 'sparse', index: i32ToBase64(space.index) } : { kind: 'dense', centroids: f32ToBase64(space.centroids) };
  const body: Omit<MapperArtifact<L>, 'sha256'> = {
    format: MAPPER_FORMAT,
    labels,
    dim: encoder.dim,
    features,
    weights: f32ToBase64(weights),
    bias: Array.from(bias),
    temperature,
    thresholds: report.thresholds,
    encoder: { id: encoder.id, fingerprint: encoder.fingerprint },
    training: {
      data_sha256: sha256Hex(canonicalJson(examples.map((e) => ({ label: e.label, text: e.text })))),
      n: examples.length,
      n_train: split.train.length,
      n_calibration: split.calibration.length,
      seed: o.seed,
      options: { ...o, negativeLabels: [...o.negativeLabels] },
      metrics: {
        iterations: result.iterations,
        converged: result.converged,
        train_loss: r6(result.value),
        calibration: {
          n: held.n,
          nll_before: r6(heldOutNll(held, 1)),
          nll_after: r6(heldOutNll(held, temperature)),
          accuracy: r6(report.accuracy),
          coverage: r6(report.coverage),
          precision: r6(report.precision),
          target_met: report.targetMet,
        },
      },
    },
  };
  return { ...body, sha256: artifactSha256(body) };
}

/** Per-example weights: 1, or n / (K · n_label) for 'balanced'. */
function exampleWeights(y: Int32Array, K: number, mode: TrainOptions['classWeight']): Float64Array {
  const w = new Float64Array(y.length).fill(1);
  if (mode === 'none') return w;
  const count = new Float64Array(K);
  for (const c of y) count[c]++;
  for (let i = 0; i < y.length; i++) w[i] = y.length / (K * count[y[i]]);
  return w;
}

/** L2-normalised mean training vector of each label (K × dim); a label without rows gets the zero vector. */
function centroids(vectors: readonly Float32Array[], rows: readonly number[], y: Int32Array, K: number, dim: number): Float32Array {
  const sum = new Float64Array(K * dim);
  for (const r of rows) {
    const v = vectors[r];
    for (let j = 0; j < dim; j++) sum[y[r] * dim + j] += v[j];
  }
  const out = new Float32Array(K * dim);
  for (let k = 0; k < K; k++) {
    let nn = 0;
    for (let j = 0; j < dim; j++) nn += sum[k * dim + j] ** 2;
    const inv = nn > 0 ? 1 / Math.sqrt(nn) : 0;
    for (let j = 0; j < dim; j++) out[k * dim + j] = sum[k * dim + j] * inv;
  }
  return out;
}

function heldOut<L extends string>(model: LinearModel<L>, enc: Encoded, rows: readonly number[], y: Int32Array, negative: ReadonlySet<number>): HeldOut {
  const K = model.K;
  const logits = new Float64Array(rows.length * K);
  const ood = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    const out = logits.subarray(i * K, (i + 1) * K);
    ood[i] = enc.kind === 'sparse' ? model.logitsSparse(enc.vectors[r], out) : model.logitsDense(enc.vectors[r], out);
  });
  return {
    n: rows.length,
    K,
    logits,
    y: Int32Array.from(rows, (r) => y[r]),
    ood,
    negative: Uint8Array.from(rows, (r) => (negative.has(y[r]) ? 1 : 0)),
  };
}
