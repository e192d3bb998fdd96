import { baseContext, exact, step, withAccount } from './__tests__/world';
import type { Verdict } from './types';
import { verifyPlan } from './verify';

const last = (v: Verdict) => v.checks.at(-1);
const after = (v: Verdict) => {
  if (!v.ok) throw new Error(`expected a pass, got ${v.reason}`);
  return v.state_after;
};

describe('funds: amount against the book it comes from (equal passes, one smallest unit more blocks)', () => {
  it.each([
    ['deposit_asset', 'ETH', '10', 'balances'],
    ['swap_asset', 'ETH', '10', 'balances'],
    ['stake_asset', 'ETH', '10', 'balances'],
    ['unstake_asset', 'ETH', '4', 'staked'],
    ['withdraw_asset', 'ETH', '10', 'collateral'],
    ['claim_rewards', 'DAI', '12', 'rewards'],
  ])('%s of %s: %s passes, 1e-18 more blocks', (primitive, asset, held) => {
    const ctx = withAccount({ debt: {} });
    const extra = primitive === 'swap_asset' ? { to_asset: 'USDC' } : {};
    const atLimit = verifyPlan([exact(primitive, held, asset, extra)], ctx);
    expect(atLimit.ok).toBe(true);
    expect(atLimit.checks.find((c) => c.name === `funds:${asset}`)).toMatchObject({ ok: true, value: held, limit: held });
    const over = `${held}.000000000000000001`;
    const above = verifyPlan([exact(primitive, over, asset, extra)], ctx);
    expect(above).toMatchObject({ ok: false, reason: 'insufficient_balance', failed_step: 0 });
    expect(last(above)).toMatchObject({ name: `funds:${asset}`, ok: false, value: over, limit: held });
  });

  it('a repay needs the wallet to cover it', () => {
    const ctx = withAccount({ balances: { USDC: 100 }, debt: { USDC: 5000 } });
    expect(verifyPlan([exact('repay_asset', 100, 'USDC')], ctx).ok).toBe(true);
    expect(verifyPlan([exact('repay_asset', '100.000001', 'USDC')], ctx).reason).toBe('insufficient_balance');
  });
});

describe('"all" and "half" resolve from the relevant book', () => {
  it('deposit all / half moves the whole / half wallet balance into collateral', () => {
    expect(after(verifyPlan([step('deposit_asset', { amount_kind: 'all', asset: 'ETH' })], baseContext())).collateral).toEqual({ ETH: '20' });
    const half = after(verifyPlan([step('deposit_asset', { amount_kind: 'half', asset: 'eth' })], baseContext()));
    expect([half.balances?.['ETH'], half.collateral?.['ETH']]).toEqual(['5', '15']);
  });

  it('repay all takes the whole debt, and blocks when the wallet holds less', () => {
    const enough = after(verifyPlan([step('repay_asset', { amount_kind: 'all', asset: 'USDC' })], baseContext()));
    expect([enough.balances?.['USDC'], enough.debt?.['USDC']]).toEqual(['0', '0']);
    const short = verifyPlan([step('repay_asset', { amount_kind: 'all', asset: 'USDC' })], withAccount({ balances: { USDC: '4999.99' } }));
    expect(short).toMatchObject({ ok: false, reason: 'insufficient_balance' });
    expect(last(short)).toMatchObject({ name: 'funds:USDC', value: '5000', limit: '4999.99' });
    const half = after(verifyPlan([step('repay_asset', { amount_kind: 'half', asset: 'USDC' })], baseContext()));
    expect(half.debt?.['USDC']).toBe('2500');
  });

  it('unstake all, withdraw half, swap all', () => {
    expect(after(verifyPlan([step('unstake_asset', { amount_kind: 'all', asset: 'ETH' })], baseContext())).balances).toEqual({ ETH: '14', USDC: '5000' });
    const w = after(verifyPlan([step('withdraw_asset', { amount_kind: 'half', asset: 'ETH' })], baseContext()));
    expect([w.collateral?.['ETH'], w.balances?.['ETH']]).toEqual(['5', '15']);
    const s = after(verifyPlan([step('swap_asset', { amount_kind: 'all', asset: 'USDC', to_asset: 'ETH' })], baseContext()));
    expect(s.balances).toEqual({ ETH: '12.5', USDC: '0' }); // 5000 USDC × $1 / $2000 = 2.5 ETH
  });

  it('"all" of an empty book has nothing to move', () => {
    const v = verifyPlan([step('deposit_asset', { amount_kind: 'all', asset: 'WBTC' })], baseContext());
    expect(v).toMatchObject({ ok: false, reason: 'insufficient_balance' });
    expect(last(v)).toMatchObject({ name: 'funds:WBTC', value: '0', limit: '0' });
  });
});

describe('repay and claim specifics', () => {
  it('a repay above the debt takes only the debt (as Aave does)', () => {
    const v = verifyPlan([exact('repay_asset', 6000, 'USDC')], withAccount({ balances: { USDC: 7000 } }));
    expect(after(v).balances).toEqual({ USDC: '2000' });
    expect(after(v).debt).toEqual({ USDC: '0' });
  });

  it('a repay with no debt of that asset blocks', () => {
    const v = verifyPlan([exact('repay_asset', 1, 'DAI')], withAccount({ balances: { DAI: 5 } }));
    expect(v).toMatchObject({ ok: false, reason: 'insufficient_balance' });
    expect(last(v)).toMatchObject({ name: 'debt:DAI', value: '0' });
  });

  it('claim without an asset claims every held reward; "half" halves each', () => {
    const ctx = withAccount({ rewards: { DAI: 12, ETH: '0.5', USDC: 0 } });
    const all = after(verifyPlan([step('claim_rewards')], ctx));
    expect(all.rewards).toEqual({ DAI: '0', ETH: '0', USDC: '0' });
    expect(all.balances).toEqual({ DAI: '12', ETH: '10.5', USDC: '5000' });
    const half = after(verifyPlan([step('claim_rewards', { amount_kind: 'half' })], ctx));
    expect(half.rewards).toEqual({ DAI: '6', ETH: '0.25', USDC: '0' });
  });

  it('claim with no rewards blocks', () => {
    const v = verifyPlan([step('claim_rewards')], withAccount({ rewards: { DAI: 0 } }));
    expect(v).toMatchObject({ ok: false, reason: 'insufficient_balance' });
    expect(last(v)?.name).toBe('funds:rewards');
    expect(verifyPlan([step('claim_rewards', { asset: 'ETH' })], baseContext()).reason).toBe('insufficient_balance');
  });
});

describe('USD amounts convert at the oracle price', () => {
  it('$3000 of ETH at $2000 is 1.5 ETH; $20000 is exactly the 10 ETH wallet', () => {
    const usd = (amount: string) => [step('deposit_asset', { amount, amount_kind: 'usd', asset: 'ETH' })];
    expect(after(verifyPlan(usd('3000'), baseContext())).collateral).toEqual({ ETH: '11.5' });
    expect(verifyPlan(usd('20000'), baseContext()).ok).toBe(true);
    const over = verifyPlan(usd('20000.000001'), baseContext());
    expect(over.reason).toBe('insufficient_balance');
    expect(last(over)).toMatchObject({ value: '10.0000000005', limit: '10' });
  });

  it('a USD borrow adds the converted units to debt and wallet', () => {
    const s = after(verifyPlan([step('borrow_asset', { amount: 1000, amount_kind: 'usd', asset: 'ETH' })], baseContext()));
    expect([s.debt?.['ETH'], s.balances?.['ETH']]).toEqual(['0.5', '10.5']);
  });
});
