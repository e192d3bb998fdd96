import { createWordmap } from '@micro-lm/encoders';
import * as E from 'fp-ts/Either';
import { artifactSha256, serializeArtifact } from './artifact';
import { loadMapper } from './mapper';
import { stratifiedSplit } from './split';
import { noisyCorpus, toyCorpus } from './test-data';
import { trainMapper } from './train';
import type { Example } from './types';

const enc = createWordmap();

describe('trainMapper', () => {
  const data = toyCorpus(300);
  const artifact = trainMapper(data, enc, { seed: 3, calibrationSplit: 0.2 });

  it('is byte-for-byte reproducible', () => {
    const again = trainMapper(data, createWordmap(), { seed: 3, calibrationSplit: 0.2 });
    expect(serializeArtifact(again)).toBe(serializeArtifact(artifact));
  });

  it('depends on the seed (through the split) and on the data', () => {
    const otherSeed = trainMapper(data, enc, { seed: 4, calibrationSplit: 0.2 });
    expect(otherSeed.sha256).not.toBe(artifact.sha256);
    expect(otherSeed.training.data_sha256).toBe(artifact.training.data_sha256);
    const otherData = trainMapper(data.slice(1), enc, { seed: 3, calibrationSplit: 0.2 });
    expect(otherData.training.data_sha256).not.toBe(artifact.training.data_sha256);
  });

  it('records what it was trained on', () => {
    expect(artifact.labels).toEqual(['deposit', 'stake', 'swap']);
    expect(artifact.encoder).toEqual({ id: 'wordmap', fingerprint: enc.fingerprint });
    expect(artifact.training.n).toBe(300);
    expect(artifact.training.n_train + artifact.training.n_calibration).toBe(300);
    expect(artifact.training.n_calibration).toBe(60);
    expect(artifact.training.options).toMatchObject({ seed: 3, calibrationSplit: 0.2, l2: 1e-5 });
    expect(artifact.sha256).toBe(artifactSha256(artifact));
  });

  it('learns a separable toy set perfectly, including unseen combinations', () => {
    const m = E.getOrElseW((e) => {
      throw new Error(JSON.stringify(e));
    })(loadMapper(artifact, enc));
    for (const ex of data) expect(m.predict(ex.text).label).toBe(ex.label);
    for (const [text, label] of [
      ['quickly lend 5 link', 'deposit'],
      ['exchange 12 wbtc today', 'swap'],
      ['please bond 7 dai', 'stake'],
    ] as const) {
      const p = m.predict(text);
      expect(p.label).toBe(label);
      expect(p.abstain).toBeNull();
    }
  });

  it('serializes canonically: sorted keys, and parse → serialize gives the same bytes', () => {
    const text = serializeArtifact(artifact);
    expect(text.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'bias',
      'dim',
      'encoder',
      'features',
      'format',
      'labels',
      'sha256',
      'temperature',
      'thresholds',
      'training',
      'weights',
    ]);
    expect(serializeArtifact(JSON.parse(text))).toBe(text);
  });

  it('refuses unusable input', () => {
    expect(() => trainMapper([{ text: 'a', label: 'x' }], enc)).toThrow(/two labels/);
    expect(() => trainMapper([{ text: 1, label: 'x' } as unknown as Example, { text: 'b', label: 'y' }], enc)).toThrow(/example 0/);
    expect(() => trainMapper(data, enc, { calibrationSplit: 1 })).toThrow(RangeError);
    expect(() => trainMapper(data, enc, { negativeLabels: ['non_exce'] })).toThrow(/non_exce/);
  });
});

describe('calibration', () => {
  it('lowers held-out NLL compared with the uncalibrated (T = 1) model', () => {
    const data = noisyCorpus(600);
    const options = { seed: 1, l2: 1e-6, calibrationSplit: 0.3, minDf: 1 };
    const a = trainMapper(data, enc, options);
    const { nll_before, nll_after } = a.training.metrics.calibration;
    expect(a.temperature).toBeGreaterThan(1);
    expect(nll_after).toBeLessThan(nll_before);

    // Recompute both NLLs independently through loaded mappers on the same held-out rows.
    const labels = a.labels;
    const y = Int32Array.from(data, (e) => labels.indexOf(e.label));
    const held = stratifiedSplit(y, labels.length, 0.3, 1).calibration;
    const nll = (artifact: typeof a) => {
      const m = E.getOrElseW(() => {
        throw new Error('load failed');
      })(loadMapper(artifact, enc, { topK: labels.length }));
      let s = 0;
      for (const i of held) {
        const p = m.predict(data[i].text).topk.find((t) => t.label === data[i].label)?.p ?? 0;
        s -= Math.log(p);
      }
      return s / held.length;
    };
    const { sha256: _s, ...body } = a;
    const uncalibrated = { ...body, temperature: 1 };
    const atOne = { ...uncalibrated, sha256: artifactSha256(uncalibrated) };
    expect(nll(a)).toBeCloseTo(nll_after, 5);
    expect(nll(atOne)).toBeCloseTo(nll_before, 5);
    expect(nll(a)).toBeLessThan(nll(atOne));
  });
});
