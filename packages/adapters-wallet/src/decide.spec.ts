import type { Prediction } from '@micro-lm/mapper';
import { decideIntent, lexicalFacts, type LexicalFacts } from './decide';
import type { WalletLabel } from './labels';

const pred = (label: WalletLabel, abstain: Prediction['abstain'] = null): Prediction<WalletLabel> => ({ label, topk: [{ label, p: 0.9 }], p1: 0.9, margin: 0.8, ood: 0.1, abstain });
const facts = (f: Partial<LexicalFacts>): LexicalFacts => ({ cued: ['send_asset'], unsupported: null, negation: null, multiStep: false, ...f });

describe('decideIntent', () => {
  it('accepts the mapper label when it is cued', () => {
    expect(decideIntent(pred('send_asset'), facts({}))).toEqual({ kind: 'intent', primitive: 'send_asset' });
  });

  it('abstains with disagreement when the label has no cue', () => {
    expect(decideIntent(pred('check_balance'), facts({}))).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
  });

  it('lets the words overrule a confident mapper: unsupported, negation, multi-step', () => {
    expect(decideIntent(pred('send_asset'), facts({ unsupported: 'swap' }))).toEqual({ kind: 'abstain', reason: 'abstain_unsupported' });
    expect(decideIntent(pred('send_asset'), facts({ negation: "don't" }))).toEqual({ kind: 'abstain', reason: 'abstain_non_exec' });
    expect(decideIntent(pred('send_asset'), facts({ multiStep: true }))).toEqual({ kind: 'abstain', reason: 'abstain_unsupported' });
  });

  it('puts out-of-domain first and maps the other mapper rules', () => {
    expect(decideIntent(pred('send_asset', 'out_of_domain'), facts({ unsupported: 'swap' }))).toEqual({ kind: 'abstain', reason: 'abstain_out_of_domain' });
    expect(decideIntent(pred('send_asset', 'low_confidence'), facts({}))).toEqual({ kind: 'abstain', reason: 'abstain_low_confidence' });
    expect(decideIntent(pred('send_asset', 'ambiguous'), facts({}))).toEqual({ kind: 'abstain', reason: 'abstain_ambiguous' });
    expect(decideIntent(pred('non_exec'), facts({}))).toEqual({ kind: 'abstain', reason: 'abstain_non_exec' });
  });
});

describe('lexicalFacts', () => {
  it.each([
    ['send 1 eth to bob', { cued: ['send_asset'], unsupported: null, negation: null, multiStep: false }],
    ["don't send bob anything", { cued: ['send_asset'], unsupported: null, negation: "don't", multiStep: false }],
    ['Don’t pay carol', { cued: ['send_asset'], unsupported: null, negation: "don't", multiStep: false }],
    ['swap 1 eth then send it to bob', { cued: ['send_asset'], unsupported: 'swap', negation: null, multiStep: false }],
    ['show my deposit address', { cued: ['receive_address'], unsupported: null, negation: null, multiStep: false }],
    ['send 1 eth to bob and 2 usdc to alice', { cued: ['send_asset'], unsupported: null, negation: null, multiStep: true }],
    ['check my balance then send 5 dai to carol', { cued: ['send_asset', 'check_balance'], unsupported: null, negation: null, multiStep: true }],
    ['send all my balance to bob', { cued: ['send_asset', 'check_balance'], unsupported: null, negation: null, multiStep: false }],
  ])('%s', (prompt, expected) => {
    expect(lexicalFacts(prompt)).toEqual(expected);
  });
});
