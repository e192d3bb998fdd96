import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import * as E from 'fp-ts/Either';

/** The hub model users run in production (384-d, ~23 MB quantized). */
export const DEFAULT_SBERT_MODEL = 'Xenova/all-MiniLM-L6-v2';

/** Weight precision: the file transformers.js loads is `onnx/model.onnx` (fp32) or `onnx/model_quantized.onnx` (q8). */
export type SbertDtype = 'fp32' | 'q8';

/** Where a local model lives, split the way transformers.js wants it (localModelPath + model id). */
export interface LocalModel {
  readonly dir: string;
  readonly localModelPath: string;
  readonly modelId: string;
  readonly onnxFile: string;
}

/** Error with the places we looked and how to get the model. */
export interface ModelDirError {
  readonly kind: 'model_missing';
  readonly message: string;
  readonly looked: readonly string[];
}

/** File name of the ONNX weights for a dtype. */
export function onnxFileFor(dtype: SbertDtype): string {
  return dtype === 'q8' ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
}

const HOW_TO_FETCH =
  'Get it on a machine with network access with `micro-lm models fetch --model-dir <dir>` ' +
  `(downloads ${DEFAULT_SBERT_MODEL} and checks its sha256), then pass --model-dir <dir> or set MICRO_LM_MODEL_DIR.`;

/**
 * Resolves the model directory from the explicit option, then `MICRO_LM_MODEL_DIR`; checks that the files
 * transformers.js needs are there, so a missing model fails with one clear message instead of a loader stack.
 */
export function resolveModelDir(
  modelDir: string | undefined,
  dtype: SbertDtype,
  env: Readonly<Record<string, string | undefined>> = process.env,
): E.Either<ModelDirError, LocalModel> {
  const candidate = modelDir ?? env['MICRO_LM_MODEL_DIR'];
  if (!candidate) {
    return E.left({
      kind: 'model_missing',
      looked: [],
      message: `sbert: no model directory given (--model-dir or MICRO_LM_MODEL_DIR). ${HOW_TO_FETCH}`,
    });
  }
  const dir = resolve(candidate);
  const onnxFile = onnxFileFor(dtype);
  const needed = ['config.json', 'tokenizer.json', 'tokenizer_config.json', onnxFile].map((f) => join(dir, f));
  const missing = needed.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    return E.left({
      kind: 'model_missing',
      looked: needed,
      message: `sbert: model not found in ${dir} (missing ${missing.map((m) => m.slice(dir.length + 1)).join(', ')}). ${HOW_TO_FETCH}`,
    });
  }
  return E.right({ dir, localModelPath: dirname(dir) + '/', modelId: basename(dir), onnxFile });
}
