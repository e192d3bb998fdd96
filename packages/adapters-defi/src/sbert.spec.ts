import { createSbertEncoder } from '@micro-lm/encoders';
import * as E from 'fp-ts/Either';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDefiDomain, loadDefiDomain } from './domain';
import { sbertMapperPath } from './model-files';
import { trainDefiModelAsync } from './train/train';

// The sbert backend end to end on the tiny offline model (real transformers.js pipeline) and its committed mapper.
const ROOT = join(__dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'packages', 'encoders', 'test-fixtures', 'tiny-sbert');
const context = JSON.parse(readFileSync(join(ROOT, 'examples', 'defi', 'context.json'), 'utf8')) as unknown;

describe('DeFi domain on the sbert backend', () => {
  it('reads, verifies and abstains through the sbert mapper, asynchronously', async () => {
    const d = createDefiDomain({ backend: 'sbert', modelDir: FIXTURE });
    expect(d.config.backend).toBe('sbert');
    const r = await d.run({ prompt: 'stake 32 ETH on lido', context, rails: 'stage11', T: 128 });
    expect([r.decision, r.reason, r.label]).toEqual(['accept', 'verified', 'stake_asset']);
    expect(r.plan.steps[0].args).toMatchObject({ amount: 32, asset: 'ETH', protocol: 'lido' });
    const q = await d.run({ prompt: "what's my health factor?", context, rails: 'stage11', T: 128 });
    expect([q.decision, q.reason]).toEqual(['abstain', 'abstain_non_exec']);
  });

  it('refuses a mapper trained for another model, and says how to train one when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'defi-sbert-'));
    try {
      const copy = join(dir, 'tiny-sbert');
      cpSync(FIXTURE, copy, { recursive: true });
      const onnx = join(copy, 'onnx', 'model_quantized.onnx');
      const bytes = readFileSync(onnx);
      bytes[bytes.length - 1] ^= 1; // a different model file → a different encoder fingerprint
      writeFileSync(onnx, bytes);
      const mismatch = loadDefiDomain({ backend: 'sbert', modelDir: copy });
      expect(E.isLeft(mismatch) && mismatch.left).toMatch(/trained with encoder sbert [0-9a-f]+…, but is being loaded with sbert [0-9a-f]+/);
      rmSync(sbertMapperPath(copy));
      const none = loadDefiDomain({ backend: 'sbert', modelDir: copy });
      expect(E.isLeft(none) && none.left).toContain('micro-lm train --domain defi --backend sbert');
      expect(E.isLeft(loadDefiDomain({ backend: 'sbert', modelDir: join(dir, 'nothing') }))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sbert training is deterministic and tags the artifact with the encoder fingerprint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'defi-sbert-train-'));
    try {
      const lines = readFileSync(join(ROOT, 'datasets', 'defi', 'train.jsonl'), 'utf8').trim().split('\n');
      const trainPath = join(dir, 'train.jsonl');
      writeFileSync(trainPath, lines.filter((_l, i) => i % 25 === 0).join('\n') + '\n');
      const enc = createSbertEncoder({ modelDir: FIXTURE });
      if (E.isLeft(enc)) throw new Error(enc.left.message);
      const a = await trainDefiModelAsync({ trainPath, seed: 0, encoder: enc.right });
      const b = await trainDefiModelAsync({ trainPath, seed: 0, encoder: enc.right });
      expect(a).toBe(b);
      const art = JSON.parse(a) as { encoder: { id: string; fingerprint: string } };
      expect(art.encoder).toMatchObject({ id: 'sbert', fingerprint: enc.right.fingerprint });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
