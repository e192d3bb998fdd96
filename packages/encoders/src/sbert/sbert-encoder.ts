import * as E from 'fp-ts/Either';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Encoder } from '../encoder';
import { EmbeddingCache } from '../lru-cache';
import { SBERT_POOLING, sbertFingerprint } from './fingerprint';
import { DEFAULT_SBERT_MODEL, resolveModelDir, type LocalModel, type ModelDirError, type SbertDtype } from './model-dir';
import { loadPipeline, type FeaturePipeline } from './pipeline';

/** Options of the sbert encoder. */
export interface SbertOptions {
  /** Local model directory (the one holding config.json); falls back to MICRO_LM_MODEL_DIR. */
  readonly modelDir?: string;
  /** Weights to load; q8 is the quantized file the hub ships (default). */
  readonly dtype?: SbertDtype;
  /** Texts per forward pass. */
  readonly batchSize?: number;
  /** Entries kept in the embedding cache (0 disables it). */
  readonly cacheSize?: number;
  /** Environment to read MICRO_LM_MODEL_DIR from (tests pass their own). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A span of whitespace tokens [start, end) of a prompt, with its text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The sbert encoder: transformers.js feature-extraction, mean pooling, L2 norm, LRU-cached, loaded lazily once. */
export interface SbertEncoder extends Encoder {
  readonly id: 'sbert';
  readonly dtype: SbertDtype;
  readonly modelDir: string;
  /** Cache statistics (hits/misses since creation). */
  readonly stats: { hits: number; misses: number; forwardPasses: number };
  /** Embeds every n-token window of a prompt in one batch (the adapters' span evidence). */
  encodeSpans(prompt: string, n: number): Promise<{ spans: Span[]; vectors: Float32Array[] }>;
}

/**
 * Creates the sbert encoder over a local model directory. Checks the files and computes the fingerprint now;
 * the ONNX session itself loads on the first `encode` and is shared by every encoder of the same model in the process.
 */
export function createSbertEncoder(opts: SbertOptions = {}): E.Either<ModelDirError, SbertEncoder> {
  const dtype = opts.dtype ?? 'q8';
  return E.map((model: LocalModel) => build(model, dtype, opts))(resolveModelDir(opts.modelDir, dtype, opts.env));
}

function build(model: LocalModel, dtype: SbertDtype, opts: SbertOptions): SbertEncoder {
  const fingerprint = sbertFingerprint(model, dtype);
  const config = JSON.parse(readFileSync(join(model.dir, 'config.json'), 'utf8')) as { hidden_size?: number };
  const dim = config.hidden_size ?? 384;
  const batchSize = Math.max(1, opts.batchSize ?? 32);
  const cacheSize = opts.cacheSize ?? 4096;
  const cache = cacheSize > 0 ? new EmbeddingCache<Float32Array>(cacheSize) : null;
  const stats = { hits: 0, misses: 0, forwardPasses: 0 };
  let pipe: Promise<FeaturePipeline> | undefined;

  async function forward(texts: string[]): Promise<Float32Array[]> {
    pipe ??= loadPipeline(model, dtype);
    const p = await pipe;
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += batchSize) {
      const chunk = texts.slice(i, i + batchSize);
      const t = await p(chunk, SBERT_POOLING);
      stats.forwardPasses++;
      const d = t.dims[t.dims.length - 1];
      for (let r = 0; r < chunk.length; r++) {
        const v = Float32Array.from(t.data.subarray(r * d, (r + 1) * d));
        // A text whose tokens all embed to zero normalises to 0/0: report the zero vector (no evidence), not NaN.
        if (!v.every(Number.isFinite)) v.fill(0);
        out.push(v);
      }
    }
    return out;
  }

  async function encode(texts: readonly string[]): Promise<Float32Array[]> {
    const res: (Float32Array | undefined)[] = texts.map((t) => cache?.get(fingerprint, t));
    const missing: string[] = [];
    const seen = new Set<string>();
    res.forEach((v, i) => {
      if (v) stats.hits++;
      else { stats.misses++; if (!seen.has(texts[i])) { seen.add(texts[i]); missing.push(texts[i]); } }
    });
    if (missing.length > 0) {
      const vecs = await forward(missing);
      const byText = new Map(missing.map((t, i) => [t, vecs[i]] as const));
      if (cache) for (const [t, v] of byText) cache.set(fingerprint, t, v);
      for (let i = 0; i < res.length; i++) res[i] ??= byText.get(texts[i]);
    }
    return res as Float32Array[];
  }

  async function encodeSpans(prompt: string, n: number): Promise<{ spans: Span[]; vectors: Float32Array[] }> {
    const words = prompt.split(/\s+/).filter((w) => w.length > 0);
    const width = Math.max(1, Math.min(n, words.length));
    const spans: Span[] = [];
    for (let s = 0; s + width <= words.length; s++) spans.push({ start: s, end: s + width, text: words.slice(s, s + width).join(' ') });
    return { spans, vectors: await encode(spans.map((s) => s.text)) };
  }

  return { id: 'sbert', dim, fingerprint, dtype, modelDir: model.dir, stats, encode, encodeSpans };
}

export { DEFAULT_SBERT_MODEL };
