import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as E from 'fp-ts/Either';
import { createSbertEncoder } from '@micro-lm/encoders';
import { DIM, buildTable, buildTinySbert, buildVocab } from './build';

const fixture = resolve(__dirname, '../../../packages/encoders/test-fixtures/tiny-sbert');

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

describe('tiny sbert fixture', () => {
  it('rebuilds byte for byte into the committed fixture', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiny-sbert-'));
    try {
      const files = buildTinySbert(dir);
      for (const f of files) expect(readFileSync(join(dir, f)).equals(readFileSync(join(fixture, f)))).toBe(true);
      expect(readdirSync(join(dir, 'onnx')).sort()).toEqual(['model.onnx', 'model_quantized.onnx']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('real transformers.js mean pooling equals the hand-computed mean of the table rows (fp32)', async () => {
    const enc = createSbertEncoder({ modelDir: fixture, dtype: 'fp32', cacheSize: 0 });
    if (E.isLeft(enc)) throw new Error(enc.left.message);
    const [v] = await enc.right.encode(['Deposit ETH']);
    // Tokens: [CLS] deposit eth [SEP]; specials have zero rows, the mask is all ones → mean over 4 positions.
    const vocab = buildVocab();
    const table = buildTable(vocab);
    const row = (w: string) => table.subarray(vocab.indexOf(w) * DIM, (vocab.indexOf(w) + 1) * DIM);
    const mean = new Float64Array(DIM);
    for (const w of ['deposit', 'eth']) row(w).forEach((x, i) => { mean[i] += x / 4; });
    const norm = Math.sqrt(dot(mean, mean));
    for (let i = 0; i < DIM; i++) expect(v[i]).toBeCloseTo(mean[i] / norm, 5);
  });

  it('embeddings carry the concept structure (synonyms closer than other domains)', async () => {
    const enc = createSbertEncoder({ modelDir: fixture, dtype: 'q8' });
    if (E.isLeft(enc)) throw new Error(enc.left.message);
    const [a, b, c] = await enc.right.encode(['supply eth to aave', 'deposit ether into compound', 'rotate the grid clockwise']);
    expect(dot(a, b)).toBeGreaterThan(0.6);
    expect(dot(a, c)).toBeLessThan(dot(a, b) - 0.3);
  });
});
