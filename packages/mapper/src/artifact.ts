import { canonicalJson, sha256Hex } from '@micro-lm/encoders';
import { z } from 'zod';
import type { Thresholds } from './types';

/** Artifact format tag; loaders refuse any other. */
export const MAPPER_FORMAT = 'micro-lm/mapper@1';

/** Feature space as stored: sparse vocabulary (base64 Int32 hashed indices) or dense centroids (base64 Float32). */
export type StoredFeatures = { readonly kind: 'sparse'; readonly index: string } | { readonly kind: 'dense'; readonly centroids: string };

/** What training measured on its held-out split (all deterministic). */
export interface TrainingMetrics {
  readonly iterations: number;
  readonly converged: boolean;
  readonly train_loss: number;
  readonly calibration: {
    readonly n: number;
    readonly nll_before: number;
    readonly nll_after: number;
    readonly accuracy: number;
    readonly coverage: number;
    readonly precision: number;
    readonly target_met: boolean;
  };
}

/** The model as plain JSON. `sha256` = sha256 of the canonical JSON of every other field. */
export interface MapperArtifact<L extends string = string> {
  readonly format: typeof MAPPER_FORMAT;
  readonly labels: readonly L[];
  /** Input dimension (the encoder's `dim`). */
  readonly dim: number;
  readonly features: StoredFeatures;
  /** base64 little-endian Float32, rows × K row-major by feature. */
  readonly weights: string;
  /** K float32 values written as JSON numbers. */
  readonly bias: readonly number[];
  readonly temperature: number;
  readonly thresholds: Thresholds;
  readonly encoder: { readonly id: string; readonly fingerprint: string };
  readonly training: {
    readonly data_sha256: string;
    readonly n: number;
    readonly n_train: number;
    readonly n_calibration: number;
    readonly seed: number;
    readonly options: Readonly<Record<string, unknown>>;
    readonly metrics: TrainingMetrics;
  };
  readonly sha256: string;
}

const num = z.number().refine(Number.isFinite, 'must be finite');
const prob = num.refine((x) => x >= 0 && x <= 1, 'must be in [0, 1]');
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');

/** Structural schema of an artifact (content checks — lengths, hash — happen in loadMapper). */
export const artifactSchema = z.strictObject({
  format: z.literal(MAPPER_FORMAT),
  labels: z.array(z.string().min(1)).min(2),
  dim: z.number().int().positive(),
  features: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sparse'), index: z.string() }),
    z.strictObject({ kind: z.literal('dense'), centroids: z.string() }),
  ]),
  weights: z.string(),
  bias: z.array(num),
  temperature: num.refine((t) => t > 0, 'must be > 0'),
  thresholds: z.strictObject({ p1_min: prob, margin_min: prob, ood_max: prob }),
  encoder: z.strictObject({ id: z.string().min(1), fingerprint: z.string().min(1) }),
  training: z.strictObject({
    data_sha256: hex64,
    n: z.number().int().nonnegative(),
    n_train: z.number().int().nonnegative(),
    n_calibration: z.number().int().nonnegative(),
    seed: z.number().int(),
    options: z.record(z.string(), z.unknown()),
    metrics: z.strictObject({
      iterations: z.number().int().nonnegative(),
      converged: z.boolean(),
      train_loss: num,
      calibration: z.strictObject({
        n: z.number().int().nonnegative(),
        nll_before: num,
        nll_after: num,
        accuracy: prob,
        coverage: prob,
        precision: prob,
        target_met: z.boolean(),
      }),
    }),
  }),
  sha256: hex64,
});

/** sha256 of the canonical JSON of the artifact without its `sha256` field. */
export function artifactSha256(a: Omit<MapperArtifact, 'sha256'> | Record<string, unknown>): string {
  const { sha256: _drop, ...rest } = a as Record<string, unknown>;
  return sha256Hex(canonicalJson(rest));
}

/** Canonical JSON text of an artifact (sorted keys, no spaces, trailing newline): same artifact → same bytes. */
export function serializeArtifact(a: MapperArtifact): string {
  return `${canonicalJson(a)}\n`;
}
