import { type Encoder, type SyncEncoder, createWordmap, tokenize } from '@micro-lm/encoders';
import * as E from 'fp-ts/Either';
import { type MapperArtifact, artifactSha256, serializeArtifact } from './artifact';
import { type Mapper, loadMapper } from './mapper';
import { toyCorpus } from './test-data';
import { trainMapper, trainMapperAsync } from './train';
import type { MapperError } from './types';

const enc = createWordmap();
const artifact = trainMapper(toyCorpus(300), enc, { seed: 3 });
const text = serializeArtifact(artifact);

const right = <A>(e: E.Either<MapperError, A>): A =>
  E.getOrElseW((err: MapperError) => {
    throw new Error(`${err.kind}: ${err.message}`);
  })(e);
const leftOf = <A>(e: E.Either<MapperError, A>): MapperError => {
  if (E.isRight(e)) throw new Error('expected Left');
  return e.left;
};
/** Artifact with a field changed and its sha256 recomputed (a consistent but different artifact). */
const resealed = (patch: Partial<MapperArtifact>): MapperArtifact => {
  const { sha256: _s, ...body } = { ...artifact, ...patch };
  return { ...body, sha256: artifactSha256(body) };
};

describe('loadMapper', () => {
  it('loads from JSON text or a parsed value, exposing the artifact hash and labels', () => {
    const a = right(loadMapper(text, enc));
    const b = right(loadMapper(JSON.parse(text), enc));
    expect(a.sha256).toBe(artifact.sha256);
    expect(b.labels).toEqual(['deposit', 'stake', 'swap']);
    expect(a.predict('lend 3 eth')).toEqual(b.predict('lend 3 eth'));
  });

  it('rejects a tampered artifact (content no longer matches its sha256)', () => {
    const t1 = text.replace(`"p1_min":${artifact.thresholds.p1_min}`, '"p1_min":0.01');
    expect(t1).not.toBe(text);
    expect(leftOf(loadMapper(t1, enc)).kind).toBe('sha256_mismatch');
    const w = JSON.parse(text);
    w.weights = (w.weights[0] === 'A' ? 'B' : 'A') + w.weights.slice(1);
    const err = leftOf(loadMapper(w, enc));
    expect(err.kind).toBe('sha256_mismatch');
    expect(err.message).toMatch(/sha256 mismatch/);
  });

  it('rejects an encoder with another fingerprint, naming both', () => {
    const other = createWordmap({ dim: 1 << 16 });
    const err = leftOf(loadMapper(text, other));
    expect(err.kind).toBe('encoder_mismatch');
    expect(err.message).toContain(enc.fingerprint.slice(0, 12));
    expect(err.message).toContain(other.fingerprint.slice(0, 12));
  });

  it('rejects invalid JSON, wrong shapes and inconsistent sizes', () => {
    expect(leftOf(loadMapper('{not json', enc)).kind).toBe('invalid_json');
    expect(leftOf(loadMapper(42, enc)).kind).toBe('invalid_artifact');
    const { thresholds: _t, ...noThresholds } = artifact;
    expect(leftOf(loadMapper(noThresholds, enc)).message).toMatch(/thresholds/);
    expect(leftOf(loadMapper({ ...artifact, format: 'other' }, enc)).kind).toBe('invalid_artifact');
    expect(leftOf(loadMapper(resealed({ bias: [0, 0] }), enc)).message).toMatch(/bias must hold 3/);
    expect(leftOf(loadMapper(resealed({ weights: 'AAAA' }), enc)).message).toMatch(/weights must hold/);
    expect(leftOf(loadMapper(resealed({ thresholds: { p1_min: 1.5, margin_min: 0, ood_max: 1 } }), enc)).kind).toBe('invalid_artifact');
  });

  it('checks the expected label set when given', () => {
    expect(E.isRight(loadMapper(text, enc, { labels: ['swap', 'stake', 'deposit'] }))).toBe(true);
    expect(leftOf(loadMapper(text, enc, { labels: ['swap', 'stake'] })).kind).toBe('labels_mismatch');
  });
});

describe('Mapper.predict', () => {
  const m: Mapper = right(loadMapper(text, enc));

  it('returns calibrated probabilities in descending order, top-k limited', () => {
    const p = m.predict('swap 3 eth now');
    expect(p.topk.map((t) => t.label)[0]).toBe('swap');
    expect(p.topk).toHaveLength(3);
    expect(p.topk[0].p).toBeGreaterThanOrEqual(p.topk[1].p);
    expect(p.topk[0].p + p.topk[1].p + p.topk[2].p).toBeCloseTo(1, 12);
    expect(p.p1).toBe(p.topk[0].p);
    expect(p.margin).toBeCloseTo(p.topk[0].p - p.topk[1].p, 15);
  });

  it('abstains out_of_domain on text it has no features for (gibberish, empty)', () => {
    for (const t of ['', 'zxqv jkwp', '¿¿¿']) {
      const p = m.predict(t);
      expect(p.ood).toBeGreaterThan(m.thresholds.ood_max);
      expect(p.abstain).toBe('out_of_domain');
    }
    expect(m.predict('').ood).toBe(1);
  });

  it('abstains low_confidence or ambiguous when two labels are asked at once', () => {
    const p = m.predict('trade bond');
    expect(p.ood).toBeLessThanOrEqual(m.thresholds.ood_max);
    expect(['low_confidence', 'ambiguous']).toContain(p.abstain);
  });

  it('applies each stored threshold: the same prediction flips when only that threshold moves past it', () => {
    const base = m.predict('lend 5 eth please kindly');
    expect(base.abstain).toBeNull();
    expect(base.ood).toBeGreaterThan(0); // "kindly" is unseen, so the ood threshold can be crossed from below
    const withT = (t: Partial<MapperArtifact['thresholds']>) =>
      right(loadMapper(resealed({ thresholds: { ...artifact.thresholds, ...t } }), enc)).predict('lend 5 eth please kindly').abstain;
    expect(withT({ p1_min: Math.min(1, base.p1 + 1e-9) })).toBe(base.p1 + 1e-9 <= 1 ? 'low_confidence' : null);
    expect(withT({ p1_min: base.p1 })).toBeNull();
    expect(withT({ margin_min: Math.min(1, base.margin + 1e-9) })).toBe('ambiguous');
    expect(withT({ ood_max: base.ood - 1e-9 })).toBe('out_of_domain');
    expect(withT({ ood_max: base.ood })).toBeNull();
  });

  it('predicts a token window from its own features (boundary markers only at the ends of the text)', () => {
    const tokens = tokenize('convert 10 usdc to dai, then bond 3 eth');
    const comma = tokens.findIndex((t) => t.text === ',');
    expect(m.predictTokens(tokens, 0, comma)).toEqual(m.predictSparse(enc.encodeTokens(tokens, 0, comma)));
    expect(m.predictTokens(tokens, 0, comma).label).toBe('swap');
    expect(m.predictTokens(tokens, comma + 2).label).toBe('stake');
    expect(m.predictTokens(tokens)).toEqual(m.predict('convert 10 usdc to dai, then bond 3 eth'));
  });

  it('gives the same answer from text, sparse and dense inputs', () => {
    const t = 'convert 10 usdc to dai';
    const s = enc.encodeSparse(t);
    const [d] = enc.encodeSync([t]);
    expect(m.predictSparse(s)).toEqual(m.predict(t));
    expect(m.predictDense(d)).toEqual(m.predict(t));
  });
});

describe('dense encoders', () => {
  // 4-d keyword encoder: one axis per verb family plus a catch-all, L2-normalised.
  const axes = [/lend|supply|deposit|put/, /swap|convert|trade|exchange/, /stake|delegate|bond|lock/, /eth|usdc|dai|wbtc|link/];
  const dense: SyncEncoder = {
    id: 'kw4',
    dim: 4,
    fingerprint: 'a'.repeat(64),
    encodeSync: (texts) =>
      texts.map((t) => {
        const v = Float32Array.from(axes, (re) => (re.test(t) ? 1 : 0));
        const n = Math.hypot(...v);
        return n > 0 ? v.map((x) => x / n) : v;
      }),
    encode: async (texts) => dense.encodeSync(texts),
  };
  const a = trainMapper(toyCorpus(300), dense, { seed: 1 });
  const m = right(loadMapper(serializeArtifact(a), dense));

  it('does not offer token evidence', () => {
    expect(m.supportsTokenEvidence).toBe(false);
    expect(() => m.tokenEvidence(tokenize('bond 3 eth'))).toThrow(TypeError);
  });

  it('trains on dense vectors with centroid-cosine ood', () => {
    expect(a.features.kind).toBe('dense');
    expect(m.predict('bond 3 eth').label).toBe('stake');
    expect(m.predictDense(new Float32Array(4)).ood).toBe(1);
    expect(m.predictDense(new Float32Array(4)).abstain).toBe('out_of_domain');
  });

  it('rejects a dense vector of the wrong length', () => {
    expect(() => m.predictDense(new Float32Array(3))).toThrow(RangeError);
  });
});

describe('async encoders', () => {
  // Async-only version of a 3-d keyword encoder (what sbert looks like to the mapper).
  const axes = [/lend|supply|deposit|put/, /swap|convert|trade|exchange/, /stake|delegate|bond|lock/];
  let calls = 0;
  const asyncEnc: Encoder = {
    id: 'kw3-async',
    dim: 3,
    fingerprint: 'b'.repeat(64),
    encode: async (texts) => {
      calls++;
      return texts.map((t) => {
        const v = Float32Array.from(axes, (re) => (re.test(t) ? 1 : 0));
        const n = Math.hypot(...v);
        return n > 0 ? v.map((x) => x / n) : v;
      });
    },
  };

  it('trains in batches, predicts with predictAsync, and refuses the sync predict', async () => {
    const data = toyCorpus(300);
    const a = await trainMapperAsync(data, asyncEnc, { seed: 1 }, 64);
    expect(calls).toBe(Math.ceil(300 / 64));
    expect(a.features.kind).toBe('dense');
    const again = await trainMapperAsync(data, asyncEnc, { seed: 1 }, 100);
    expect(serializeArtifact(again)).toBe(serializeArtifact(a)); // batch size does not change the model
    const m = right(loadMapper(serializeArtifact(a), asyncEnc));
    expect((await m.predictAsync('exchange 4 dai')).label).toBe('swap');
    expect(() => m.predict('exchange 4 dai')).toThrow(/predictAsync/);
  });
});

describe('Mapper.tokenEvidence', () => {
  const m: Mapper = right(loadMapper(text, enc, { topK: 3 }));

  it('decomposes the calibrated logits exactly into bias + per-token contributions', () => {
    const tokens = tokenize('please convert 10 usdc kindly');
    const ev = m.tokenEvidence(tokens);
    const scores = ev.labels.map((_, k) => ev.bias[k] + ev.perToken[k].reduce((a, x) => a + x, 0));
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - max));
    const z = exp.reduce((a, x) => a + x, 0);
    const probs = new Map(ev.labels.map((l, k) => [l, exp[k] / z]));
    const p = m.predict('please convert 10 usdc kindly');
    expect(ev.prediction).toEqual(p);
    for (const t of p.topk) expect(probs.get(t.label)).toBeCloseTo(t.p, 6);
  });

  it('puts the evidence for a label on the word that asks for it', () => {
    const tokens = tokenize('please convert 10 usdc');
    const ev = m.tokenEvidence(tokens);
    const swap = ev.perToken[ev.labels.indexOf('swap')];
    const best = swap.indexOf(Math.max(...swap));
    expect(tokens[best].text).toBe('convert');
  });

  it('is only offered for sparse mappers with an attributing encoder', () => {
    expect(m.supportsTokenEvidence).toBe(true);
  });
});
