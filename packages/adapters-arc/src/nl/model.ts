import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWordmap, type SparseEncoder, type SyncEncoder } from '@micro-lm/encoders';
import { artifactSha256, loadMapper, serializeArtifact, trainMapper, type Mapper, type MapperArtifact, type MapperError } from '@micro-lm/mapper';
import { Either, left, right } from 'fp-ts/Either';
import { ARC_LABELS, ArcLabel, isArcPrimitive, NON_EXEC } from './primitives';
import { mapperText } from './mapper-text';
import { chooseArcThresholds } from './thresholds';

/** One line of datasets/arc/{train,gen-dev}.jsonl. */
export interface ArcTrainingLine {
  readonly id: string;
  readonly prompt: string;
  readonly kind: 'single' | 'multi' | 'negative';
  readonly label: string;
  readonly sequence: readonly string[];
  /** Negatives: 'scoped' (a step phrase under negation/question/hypothetical) or 'foreign'. */
  readonly neg?: 'scoped' | 'foreign';
}

/** Mapper training settings for the ARC model (stored in the artifact). */
export const ARC_TRAIN_OPTIONS = {
  l2: 1e-5,
  classWeight: 'balanced',
  negativeLabels: [NON_EXEC],
  targetPrecision: 0.99,
  minP1: 0.4,
  minMargin: 0.05,
} as const;

/** Where the committed model lives, relative to this file (same depth under src/ and dist/). */
export const ARC_MODEL_PATH = join(__dirname, '..', '..', 'model', 'arc-wordmap.json');

/** Read generated training lines; throws RangeError naming the first bad line (training is a build step). */
export function readArcLines(path: string): ArcTrainingLine[] {
  const out: ArcTrainingLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const v = JSON.parse(line) as Partial<ArcTrainingLine>;
      const labelOk = typeof v.label === 'string' && (v.label === 'multi' || (ARC_LABELS as readonly string[]).includes(v.label));
      if (typeof v.prompt !== 'string' || !labelOk || !Array.isArray(v.sequence) || !v.sequence.every((s) => typeof s === 'string' && isArcPrimitive(s))) {
        throw new RangeError(`${path}:${i + 1}: not an ARC training line`);
      }
      out.push(v as ArcTrainingLine);
    });
  return out;
}

/** The encoder the ARC mapper is trained and run with. */
export function arcEncoder(): SyncEncoder {
  return createWordmap();
}

/**
 * The encoder with each sparse output copied into its own arrays. Training keeps thousands of vectors alive at
 * once; the wordmap encoder returns views into a shared slab, and we measured a few of them changing after later
 * encodes (2 in 3000), which corrupts the vocabulary. Copying costs nothing at this size and is byte-identical
 * whenever the encoder behaves.
 */
function stableEncoder(inner: SparseEncoder): SparseEncoder {
  return {
    id: inner.id,
    dim: inner.dim,
    fingerprint: inner.fingerprint,
    encode: (texts) => inner.encode(texts),
    encodeSync: (texts) => inner.encodeSync(texts).map((v) => Float32Array.from(v)),
    encodeSparse: (text) => {
      const v = inner.encodeSparse(text);
      return { idx: Int32Array.from(v.idx), val: Float32Array.from(v.val) };
    },
    encodeTokens: (tokens, start, end) => {
      const v = inner.encodeTokens(tokens, start, end);
      return { idx: Int32Array.from(v.idx), val: Float32Array.from(v.val) };
    },
  };
}

/**
 * Train the ARC mapper on the single-step lines and the 'foreign' negatives. Left out: multi-step lines (they mix
 * classes; the parser orders steps) and 'scoped' negatives ("don't rotate it clockwise"): a bag of words cannot see
 * the scope of a negation or a question, so those would only teach it that rotation words are weak evidence;
 * the lexical gates reject them. Texts go through `mapperText`. Same file and seed → byte-identical artifact.
 */
export function trainArcArtifact(lines: readonly ArcTrainingLine[], seed = 0): MapperArtifact<ArcLabel> {
  const examples = lines
    .filter((x) => x.kind === 'single' || (x.kind === 'negative' && x.neg !== 'scoped'))
    .map((x) => ({ text: mapperText(x.prompt), label: x.label as ArcLabel }));
  return trainMapper<ArcLabel>(examples, stableEncoder(createWordmap()), { ...ARC_TRAIN_OPTIONS, negativeLabels: [...ARC_TRAIN_OPTIONS.negativeLabels], seed });
}

/**
 * `micro-lm train --domain arc`: train from `trainPath` and return the serialised artifact (what
 * packages/adapters-arc/model/arc-wordmap.json holds, byte for byte). With `devPath` (GENERATED dev lines, never
 * the hand-written set) the abstain thresholds are then chosen with the whole adapter in the loop
 * (`chooseArcThresholds`); without it they are the mapper's own held-out calibration.
 */
export function trainArcModel(opts: { readonly trainPath: string; readonly devPath?: string; readonly seed?: number }): string {
  const art = trainArcArtifact(readArcLines(opts.trainPath), opts.seed ?? 0);
  if (opts.devPath === undefined) return serializeArtifact(art);
  const open = withThresholds(art, { p1_min: 0, margin_min: 0, ood_max: 1 });
  const m = loadMapper<ArcLabel>(open, arcEncoder(), { labels: ARC_LABELS });
  if (m._tag === 'Left') throw new Error(`trainArcModel: ${m.left.message}`);
  return serializeArtifact(withThresholds(art, chooseArcThresholds(m.right, readArcLines(opts.devPath), art.thresholds.ood_max)));
}

function withThresholds<L extends string>(art: MapperArtifact<L>, t: MapperArtifact['thresholds']): MapperArtifact<L> {
  const { sha256: _old, ...rest } = art;
  const next = { ...rest, thresholds: t };
  return { ...next, sha256: artifactSha256(next) };
}

/** Load and verify the ARC mapper (sha256, encoder fingerprint, label set). */
export function loadArcMapper(raw?: unknown): Either<MapperError, Mapper<ArcLabel>> {
  let value = raw;
  if (value === undefined) {
    try {
      value = readFileSync(ARC_MODEL_PATH, 'utf8');
    } catch (e) {
      return left({ kind: 'invalid_json', message: `cannot read ${ARC_MODEL_PATH}: ${(e as Error).message}` });
    }
  }
  const m = loadMapper<ArcLabel>(value, arcEncoder(), { labels: ARC_LABELS });
  return m._tag === 'Left' ? m : right(m.right);
}
