import type { LocalModel, SbertDtype } from './model-dir';

/** The part of a transformers.js feature-extraction pipeline we use. */
export type FeaturePipeline = (
  texts: string[],
  opts: { pooling: 'mean'; normalize: boolean },
) => Promise<{ dims: number[]; data: Float32Array }>;

const loaded = new Map<string, Promise<FeaturePipeline>>();

/** Loads (once per process and model) a local feature-extraction pipeline with remote models disabled. */
export function loadPipeline(model: LocalModel, dtype: SbertDtype): Promise<FeaturePipeline> {
  const key = `${model.dir}\0${dtype}`;
  let p = loaded.get(key);
  if (!p) {
    p = (async () => {
      // Lazy: transformers.js and onnxruntime cost ~100 ms to load; wordmap runs never pay it.
      const t = await import('@huggingface/transformers');
      t.env.allowRemoteModels = false;
      t.env.allowLocalModels = true;
      t.env.localModelPath = model.localModelPath;
      const pipe = await t.pipeline('feature-extraction', model.modelId, { dtype, local_files_only: true });
      return pipe as unknown as FeaturePipeline;
    })();
    loaded.set(key, p);
    p.catch(() => loaded.delete(key));
  }
  return p;
}
