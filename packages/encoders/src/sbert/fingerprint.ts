import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalModel, SbertDtype } from './model-dir';

/** Pooling settings are part of what an embedding means, so they are part of the fingerprint. */
export const SBERT_POOLING = { pooling: 'mean', normalize: true } as const;

/** sha256 over the ONNX weights, the tokenizer files and the pooling/dtype settings. */
export function sbertFingerprint(model: LocalModel, dtype: SbertDtype): string {
  const h = createHash('sha256');
  for (const f of [model.onnxFile, 'tokenizer.json', 'tokenizer_config.json']) {
    h.update(f + '\0');
    h.update(readFileSync(join(model.dir, f)));
  }
  h.update(JSON.stringify({ dtype, ...SBERT_POOLING }));
  return h.digest('hex');
}
