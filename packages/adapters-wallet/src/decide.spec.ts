import type { Prediction } from '@micro-lm/mapper';
import { cuedPrimitives, decideIntent } from './decide';
import { WALLET_CUES, WALLET_PRIMITIVES, type WalletLabel } from './labels';

const first = WALLET_PRIMITIVES[0];
const second = WALLET_PRIMITIVES[1];
const pred = (label: WalletLabel, abstain: Prediction['abstain'] = null): Prediction<WalletLabel> => ({
  label,
  topk: [{ label, p: 0.9 }],
  p1: 0.9,
  margin: 0.8,
  ood: 0.1,
  abstain,
});

describe('decideIntent', () => {
  it('accepts the mapper label when the parser cued it', () => {
    expect(decideIntent(pred(first), [first])).toEqual({ kind: 'intent', primitive: first });
  });

  it('abstains with disagreement when the mapper label has no cue in the prompt', () => {
    expect(decideIntent(pred(first), [second])).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
    expect(decideIntent(pred(first), [])).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
  });

  it('maps the mapper abstain rules to runner reasons, out-of-domain first', () => {
    expect(decideIntent(pred(first, 'out_of_domain'), [first])).toEqual({ kind: 'abstain', reason: 'abstain_out_of_domain' });
    expect(decideIntent(pred(first, 'low_confidence'), [first])).toEqual({ kind: 'abstain', reason: 'abstain_low_confidence' });
    expect(decideIntent(pred(first, 'ambiguous'), [first])).toEqual({ kind: 'abstain', reason: 'abstain_ambiguous' });
    expect(decideIntent(pred('non_exec', 'out_of_domain'), [])).toEqual({ kind: 'abstain', reason: 'abstain_out_of_domain' });
  });

  it('never plans the negative label, even when the mapper is sure of it', () => {
    expect(decideIntent(pred('non_exec'), [first])).toEqual({ kind: 'abstain', reason: 'abstain_non_exec' });
  });
});

describe('cuedPrimitives', () => {
  it('finds whole-word cues only, case-insensitively', () => {
    const cue = WALLET_CUES[first][0];
    expect(cuedPrimitives(`${cue.toUpperCase()} it`)).toContain(first);
    expect(cuedPrimitives(`${cue}zzz it`)).not.toContain(first);
    expect(cuedPrimitives('nothing relevant here')).toEqual([]);
  });
});
