import { formatChecks, formatStep, isGrid, outputGrid } from './format';

describe('formatChecks', () => {
  it('folds passing checks of one kind with the same value and limit, and keeps failures apart', () => {
    const checks = [
      { name: 'oracle_age:DAI', ok: true, value: '8', limit: '30' },
      { name: 'oracle_age:ETH', ok: true, value: '8', limit: '30' },
      { name: 'price:DAI', ok: true, value: '1', limit: null },
      { name: 'price:ETH', ok: true, value: '3000', limit: null },
      { name: 'ltv', ok: false, value: '1.339520123456789', limit: '0.75' },
    ];
    expect(formatChecks(checks, false)).toEqual([
      'oracle_age:DAI,ETH  ok    value 8  limit 30',
      'price:DAI,ETH       ok',
      'ltv                 FAIL  value ≈1.33952  limit 0.75',
    ]);
  });

  it('prefixes the step when a plan has several', () => {
    const checks = [
      { name: 'funds:ETH', ok: true, value: '2', limit: '60', step: 0 },
      { name: 'funds:USDC', ok: false, value: '7000', limit: '6000', step: 1 },
    ];
    expect(formatChecks(checks, true)).toEqual(['step 1  funds:ETH   ok    value 2  limit 60', 'step 2  funds:USDC  FAIL  value 7000  limit 6000']);
  });
});

describe('formatStep', () => {
  it('leaves null arguments out', () => {
    expect(formatStep({ primitive: 'swap_asset', args: { amount: 2, amount_kind: 'exact', asset: 'ETH', to_asset: 'USDC', protocol: null, chain: null } })).toBe(
      'swap_asset  amount=2  amount_kind=exact  asset=ETH  to_asset=USDC',
    );
  });
});

describe('outputGrid', () => {
  it('finds the executed grid of an ARC result', () => {
    expect(outputGrid({ input_grid: [[1]], output_grid: [[2, 3]] })).toEqual([[2, 3]]);
    expect(outputGrid({ output_grid: null })).toBeUndefined();
    expect(isGrid([[1], ['x']])).toBe(false);
  });
});
