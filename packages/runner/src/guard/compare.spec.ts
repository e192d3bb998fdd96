import type { ParsedStep } from '@micro-lm/verifiers-defi';
import { verifiersPackage } from '../packages';
import { chainKey, matchPlans, venueKey } from './compare';

// The verifiers are lazy-loaded by the runner (lint forbids a static import of them).
let parsePlan: Awaited<ReturnType<typeof verifiersPackage>>['parsePlan'];
beforeAll(async () => {
  parsePlan = (await verifiersPackage()).parsePlan;
});

const parsed = (steps: unknown): readonly ParsedStep[] => {
  const r = parsePlan(steps);
  if (r._tag === 'Left') throw new Error(JSON.stringify(r.left));
  return r.right;
};
const args = (o: Record<string, unknown>) => ({ amount: null, amount_kind: 'none', asset: null, to_asset: null, protocol: null, chain: null, ...o });
const deposit = (o: Record<string, unknown>) => ({ primitive: 'deposit_asset', args: args({ amount: 10, amount_kind: 'exact', asset: 'ETH', ...o }) });

describe('venueKey / chainKey', () => {
  it.each([
    ['Aave V3', 'aave'],
    ['aave-v3', 'aave'],
    ['aave v2.1', 'aave'],
    ['Rocket Pool', 'rocketpool'],
    ['curve', 'curve'],
  ])('venueKey(%j) = %j', (name, key) => expect(venueKey(name)).toBe(key));

  it('keeps different brands apart, and a version-like suffix inside a name', () => {
    expect(venueKey('compound')).not.toBe(venueKey('aave'));
    expect(venueKey('v3pool')).toBe('v3pool');
  });

  it.each([
    ['mainnet', 'ethereum'],
    ['Ethereum', 'ethereum'],
    ['BSC', 'bnbchain'],
    ['bnb chain', 'bnbchain'],
    ['arbitrum', 'arbitrum'],
  ])('chainKey(%j) = %j', (name, key) => expect(chainKey(name)).toBe(key));
});

describe('matchPlans', () => {
  it('accepts a proposal that spells the venue and chain differently', () => {
    const m = matchPlans([deposit({ protocol: 'aave', chain: 'bnb chain' })], parsed([deposit({ protocol: 'Aave V3', chain: 'bsc' })]));
    expect(m).toEqual({ ok: true, failedStep: null, checks: [expect.objectContaining({ name: 'plan_sequence', ok: true }), expect.objectContaining({ name: 'plan_args', ok: true })] });
  });

  it('rejects a missing venue when the user named one', () => {
    const m = matchPlans([deposit({ protocol: 'aave' })], parsed([deposit({})]));
    expect(m.checks.at(-1)).toMatchObject({ ok: false, fields: ['protocol'], value: 'protocol=null', limit: 'protocol=aave' });
  });

  it('compares amounts as exact decimals on both sides of equality', () => {
    expect(matchPlans([deposit({ amount: 0.1 })], parsed([deposit({ amount: '0.10' })])).ok).toBe(true);
    expect(matchPlans([deposit({ amount: 0.1 })], parsed([deposit({ amount: '0.1000000001' })])).ok).toBe(false);
    expect(matchPlans([deposit({ amount: '1250.75' })], parsed([deposit({ amount: 1250.75 })])).ok).toBe(true);
  });

  it('treats an amount the user did not give as open, and a usd amount as its own kind', () => {
    expect(matchPlans([deposit({ amount: null, amount_kind: 'none' })], parsed([deposit({ amount: 3 })])).ok).toBe(true);
    const usd = matchPlans([deposit({ amount: 500, amount_kind: 'usd' })], parsed([deposit({ amount: 500 })]));
    expect(usd.checks.at(-1)).toMatchObject({ fields: ['amount_kind'], value: 'amount_kind=exact', limit: 'amount_kind=usd' });
  });

  it('fails closed on a reading whose exact amount is missing', () => {
    const m = matchPlans([deposit({ amount: null, amount_kind: 'exact' })], parsed([deposit({ amount: 1 })]));
    expect(m.checks.at(-1)).toMatchObject({ ok: false, fields: ['amount'] });
  });

  it('reports the first differing step of a sequence, or null when the proposal is a strict prefix', () => {
    const swap = { primitive: 'swap_asset', args: args({ amount: 1, amount_kind: 'exact', asset: 'ETH', to_asset: 'USDC' }) };
    expect(matchPlans([swap, deposit({})], parsed([swap])).failedStep).toBeNull();
    expect(matchPlans([swap], parsed([deposit({}), swap])).failedStep).toBe(0);
    expect(matchPlans([], parsed([swap]))).toMatchObject({ ok: false, failedStep: 0 });
  });
});
