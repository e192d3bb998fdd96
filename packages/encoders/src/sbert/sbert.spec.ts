import * as E from 'fp-ts/Either';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSbertEncoder, resolveModelDir, type SbertEncoder } from './index';

const fixture = resolve(__dirname, '../../test-fixtures/tiny-sbert');

function open(opts: Parameters<typeof createSbertEncoder>[0] = {}): SbertEncoder {
  const r = createSbertEncoder({ modelDir: fixture, ...opts });
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
}

const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('sbert encoder on the real transformers.js pipeline (tiny offline model)', () => {
  it('returns one unit-norm vector of the model dimension per text', async () => {
    const enc = open();
    expect(enc.dim).toBe(32);
    const vs = await enc.encode(['stake 32 eth on lido', 'claim my rewards', 'hello']);
    expect(vs).toHaveLength(3);
    for (const v of vs) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(32);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('gives the same vectors in a batch as one at a time, and across encoders (deterministic)', async () => {
    const texts = ['swap 2 eth to usdc', 'repay my dai debt on aave', 'rotate the grid'];
    const batch = await open({ cacheSize: 0, batchSize: 2 }).encode(texts);
    const single = open({ cacheSize: 0 });
    for (let i = 0; i < texts.length; i++) {
      const [v] = await single.encode([texts[i]]);
      expect(Array.from(v)).toEqual(Array.from(batch[i]));
    }
  });

  it('serves repeats from the LRU cache without another forward pass', async () => {
    const enc = open({ cacheSize: 8 });
    await enc.encode(['deposit eth', 'borrow usdc']);
    const passes = enc.stats.forwardPasses;
    const again = await enc.encode(['borrow usdc', 'deposit eth', 'borrow usdc']);
    expect(enc.stats.forwardPasses).toBe(passes);
    expect(enc.stats.hits).toBe(3);
    expect(again[0]).toBe(again[2]);
  });

  it('embeds every n-token window of a prompt in one batch', async () => {
    const enc = open({ cacheSize: 0 });
    const { spans, vectors } = await enc.encodeSpans('swap eth then deposit usdc', 2);
    expect(spans.map((s) => s.text)).toEqual(['swap eth', 'eth then', 'then deposit', 'deposit usdc']);
    expect(vectors).toHaveLength(4);
    expect(enc.stats.forwardPasses).toBe(1);
  });

  it('fingerprint covers the weights: changing the ONNX file changes it, the same files keep it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbert-fp-'));
    try {
      const copy = join(dir, 'tiny-sbert');
      cpSync(fixture, copy, { recursive: true });
      const a = open().fingerprint;
      expect(open({ modelDir: copy }).fingerprint).toBe(a);
      const f = join(copy, 'onnx/model_quantized.onnx');
      const bytes = readFileSync(f);
      bytes[bytes.length - 1] ^= 1;
      writeFileSync(f, bytes);
      expect(open({ modelDir: copy }).fingerprint).not.toBe(a);
      expect(open({ dtype: 'fp32' }).fingerprint).not.toBe(a);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with one clear message naming where it looked and how to fetch the model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbert-missing-'));
    try {
      copyFileSync(join(fixture, 'config.json'), join(dir, 'config.json'));
      const r = createSbertEncoder({ modelDir: dir });
      expect(E.isLeft(r)).toBe(true);
      if (E.isLeft(r)) {
        expect(r.left.message).toContain(dir);
        expect(r.left.message).toContain('onnx/model_quantized.onnx');
        expect(r.left.message).toContain('micro-lm models fetch');
      }
      const none = resolveModelDir(undefined, 'q8', {});
      expect(E.isLeft(none) && none.left.message).toContain('MICRO_LM_MODEL_DIR');
      expect(E.isRight(resolveModelDir(undefined, 'q8', { MICRO_LM_MODEL_DIR: fixture }))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
