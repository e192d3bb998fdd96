import { createWordmap } from '@micro-lm/encoders';
import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { abstainRule } from './linear-model';
import { loadMapper } from './mapper';
import { toyCorpus } from './test-data';
import { trainMapper } from './train';

const enc = createWordmap();
const loaded = loadMapper(trainMapper(toyCorpus(300), enc, { seed: 3 }), enc, { topK: 3 });
if (E.isLeft(loaded)) throw new Error(loaded.left.message);
const m = loaded.right;

describe('prediction properties', () => {
  it('for any text: a distribution in descending order, consistent p1/margin/ood, and the abstain rule applied', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 50 }), fc.constantFrom('swap', 'lend 3 eth', 'bond', '')), (s) => {
        const p = m.predict(s);
        const sum = p.topk.reduce((a, t) => a + t.p, 0);
        const sorted = p.topk.every((t, i) => i === 0 || p.topk[i - 1].p >= t.p);
        return (
          Math.abs(sum - 1) < 1e-9 &&
          sorted &&
          p.label === p.topk[0].label &&
          p.p1 === p.topk[0].p &&
          p.margin === p.topk[0].p - p.topk[1].p &&
          p.ood >= 0 &&
          p.ood <= 1 &&
          p.abstain === abstainRule(p.p1, p.margin, p.ood, m.thresholds)
        );
      }),
      { numRuns: 300 },
    );
  });
});
