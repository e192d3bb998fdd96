import { argEqual, negativeKind, quantile, scoreDefi, type DevLine, type Scored } from './defi-metrics';

const args = (asset: string, amount: number | null = 1) => ({ amount, asset });
const pos = (id: string, ...prims: string[]): DevLine => ({
  id,
  prompt: id,
  expect: { decision: 'accept', reason: null, steps: prims.map((p) => ({ primitive: p, args: args('ETH') })) },
  tags: [],
});
const neg = (id: string, ...tags: string[]): DevLine => ({ id, prompt: id, expect: { decision: 'abstain', reason: 'abstain_non_exec', steps: [] }, tags: ['negative', ...tags] });
const res = (decision: Scored['decision'], prims: string[], asset = 'ETH'): Scored => ({
  decision,
  label: decision === 'abstain' ? 'abstain' : prims[0],
  reason: decision === 'accept' ? 'verified' : decision === 'block' ? 'hf' : 'abstain_low_confidence',
  plan: { steps: decision === 'abstain' ? [] : prims.map((p) => ({ primitive: p, args: args(asset) })) },
});

describe('scoreDefi', () => {
  // 6 lines: 4 positives (one two-step), 2 negatives.
  const lines = [pos('a', 'deposit_asset'), pos('b', 'swap_asset', 'deposit_asset'), pos('c', 'borrow_asset'), pos('d', 'repay_asset'), neg('e', 'question'), neg('f', 'unsupported', 'bridge')];
  const results = [
    res('accept', ['deposit_asset']), // right
    res('accept', ['swap_asset', 'deposit_asset'], 'USDC'), // right sequence, wrong asset
    res('abstain', []), // abstained positive: wrong
    res('block', ['repay_asset']), // blocked positive read right: right (the verifier, not the reading, refused it)
    res('accept', ['deposit_asset']), // accepted negative: wrong
    res('abstain', []), // right
  ];
  const s = scoreDefi(lines, results);

  it('counts accuracy, coverage and precision on accepted', () => {
    expect(s.accuracy).toBeCloseTo(4 / 6, 12); // a, b, d, f
    expect(s.blocked_positive_reasons).toEqual({ hf: 1 });
    expect(s.coverage).toBeCloseTo(4 / 6, 12); // a, b, d, e answered
    expect(s.coverage_positives).toBeCloseTo(2 / 4, 12);
    expect(s.precision_on_accepted).toBeCloseTo(2 / 3, 12); // a, b right; e wrong
    expect([s.accepted, s.blocked]).toEqual([3, 1]);
  });

  it('scores arguments and multi-step sequences', () => {
    expect(s.exact_args).toBeCloseTo(2 / 4, 12); // a and d (b has the wrong asset)
    expect(s.multi_step_exact_sequence).toBe(1);
    expect(s.multi_step_n).toBe(1);
    // sequence-matched steps: a (1), b (2) and the blocked d (1): asset right on a and d, amount on all 4
    expect(s.arg_field_accuracy).toEqual({ amount: 1, asset: 2 / 4 });
  });

  it('reports negatives by kind', () => {
    expect(s.negatives_abstained).toBe(0.5);
    expect(s.negatives_abstained_by_kind).toEqual({ question: { n: 1, abstained: 0, rate: 0 }, unsupported: { n: 1, abstained: 1, rate: 1 } });
  });

  it('builds the confusion matrix and per-class scores over first-step labels', () => {
    expect(s.confusion).toEqual({
      deposit_asset: { deposit_asset: 1 },
      swap_asset: { swap_asset: 1 },
      borrow_asset: { abstain: 1 },
      repay_asset: { repay_asset: 1 },
      abstain: { deposit_asset: 1, abstain: 1 },
    });
    // deposit: tp 1, predicted 2, support 1 → P 0.5, R 1, F1 2/3; abstain: tp 1, predicted 2, support 2 → P 0.5, R 0.5
    expect(s.per_class.deposit_asset).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(s.per_class.abstain).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(s.per_class.borrow_asset.f1).toBe(0);
    // classes: abstain .5, borrow 0, deposit 2/3, repay 1, swap 1
    expect(s.macro_f1).toBeCloseTo((0.5 + 0 + 2 / 3 + 1 + 1) / 5, 12);
  });

  it('lists what went wrong', () => {
    expect(s.errors.map((e) => e.id)).toEqual(['c', 'e']);
  });
});

describe('helpers', () => {
  it('names negative kinds', () => {
    expect(negativeKind(neg('x', 'other-domain', 'confusable'))).toBe('other-domain');
    expect(negativeKind(neg('x', 'confusable', 'unsupported', 'send'))).toBe('unsupported');
  });
  it('compares numbers with a relative tolerance', () => {
    expect(argEqual(1250.75, 1250.75 + 1e-10)).toBe(true);
    expect(argEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(argEqual(10, 10.001)).toBe(false);
    expect(argEqual(null, null)).toBe(true);
    expect(argEqual('ETH', 'eth')).toBe(false);
  });
  it('takes nearest-rank quantiles', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
