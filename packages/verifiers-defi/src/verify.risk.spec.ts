import { baseContext, exact, withAccount } from './__tests__/world';
import type { Check, Verdict } from './types';
import { verifyPlan } from './verify';

// Base position: 10 ETH collateral at $2000 = $20000, 5000 USDC debt at $1, liquidation threshold 0.825.
const named = (v: Verdict, name: string): Check | undefined => v.checks.find((c) => c.name === name);
const borrow = (usdc: string, policy?: unknown, ctx = baseContext()) => verifyPlan([exact('borrow_asset', usdc, 'USDC')], ctx, policy);

describe('LTV after a borrow: block iff debt / collateral > ltv_max (0.75 → $15000 of debt)', () => {
  it('borrowing up to exactly 0.75 passes', () => {
    const v = borrow('10000');
    expect(v.ok).toBe(true);
    expect(named(v, 'ltv')).toMatchObject({ ok: true, value: '0.75', limit: '0.75' });
    expect(named(v, 'hf')).toMatchObject({ ok: true, value: '1.1', limit: '1' }); // 20000 × 0.825 / 15000
  });

  it('just below passes, one millionth of a dollar above blocks', () => {
    expect(borrow('9999.999999').ok).toBe(true);
    const v = borrow('10000.000001');
    expect(v).toMatchObject({ ok: false, reason: 'ltv', failed_step: 0, state_after: null });
    expect(v.checks.at(-1)).toMatchObject({ name: 'ltv', ok: false, value: '0.75000000005', limit: '0.75' });
  });

  it('debt with no collateral is an infinite LTV', () => {
    const v = borrow('1', undefined, withAccount({ collateral: {}, debt: {} }));
    expect(v.reason).toBe('ltv');
    expect(v.checks.at(-1)).toMatchObject({ name: 'ltv', value: 'Infinity' });
  });

  it('follows policy.ltv_max', () => {
    expect(borrow('5000', { ltv_max: 0.5 }).ok).toBe(true); // 10000 / 20000
    expect(borrow('5000.01', { ltv_max: 0.5 }).reason).toBe('ltv');
  });
});

describe('HF after a borrow: block iff collateral × LT / debt < hf_min', () => {
  // ltv_max 1 takes LTV out of the way; LT 0.5 puts HF = 1 at a total debt of $10000.
  const policy = { ltv_max: 1 };
  const ctx = baseContext({ risk: { liquidation_threshold: 0.5 } });

  it('HF exactly at hf_min passes, just above passes, just below blocks', () => {
    const at = borrow('5000', policy, ctx);
    expect(at.ok).toBe(true);
    expect(named(at, 'hf')).toMatchObject({ value: '1', limit: '1', ok: true });
    expect(borrow('4999.999999', policy, ctx).ok).toBe(true);
    const below = borrow('5000.000001', policy, ctx);
    expect(below).toMatchObject({ ok: false, reason: 'hf' });
    expect(below.checks.at(-1)?.name).toBe('hf');
    expect(Number(below.checks.at(-1)?.value)).toBeLessThan(1);
  });

  it('follows policy.hf_min', () => {
    expect(borrow('10000', { hf_min: 1.1 }).ok).toBe(true); // HF 1.1 exactly
    expect(borrow('10000', { hf_min: '1.100000001' }).reason).toBe('hf');
  });

  it('needs the liquidation threshold when there is debt', () => {
    const v = borrow('1', undefined, baseContext({ risk: undefined }));
    expect(v).toMatchObject({ ok: false, reason: 'missing_context' });
    expect(v.checks.at(-1)?.name).toBe('context:risk.liquidation_threshold');
    expect(named(v, 'ltv')?.ok).toBe(true);
  });

  it('hf_warn adds a passing warning check inside the band and nothing outside it', () => {
    const warned = borrow('10000', { hf_warn: 1.2 });
    expect(warned.ok).toBe(true);
    expect(named(warned, 'hf_warn')).toMatchObject({ ok: true, value: '1.1', limit: '1.2' });
    expect(named(borrow('10000', { hf_warn: 1.1 }), 'hf_warn')).toBeUndefined();
    expect(named(borrow('1000', { hf_warn: 1.2 }), 'hf_warn')).toBeUndefined(); // HF 16500 / 6000 = 2.75
  });
});

describe('risk after a withdraw (7500 USDC debt: collateral must stay ≥ $10000 = 5 ETH)', () => {
  const ctx = withAccount({ debt: { USDC: 7500 } });
  const withdraw = (eth: string) => verifyPlan([exact('withdraw_asset', eth, 'ETH')], ctx);

  it('withdrawing to exactly LTV 0.75 passes, one wei more blocks', () => {
    const at = withdraw('5');
    expect(at.ok).toBe(true);
    expect(named(at, 'ltv')).toMatchObject({ value: '0.75' });
    expect(named(at, 'hf')).toMatchObject({ value: '1.1' });
    expect(withdraw('4.999999999999999999').ok).toBe(true);
    expect(withdraw('5.000000000000000001').reason).toBe('ltv');
  });

  it('withdrawing everything with debt outstanding blocks on LTV', () => {
    const v = verifyPlan([exact('withdraw_asset', 10, 'ETH')], ctx);
    expect(v.reason).toBe('ltv');
    expect(v.checks.at(-1)?.value).toBe('Infinity');
  });

  it('without debt everything can be withdrawn, and no liquidation threshold is needed', () => {
    const v = verifyPlan([exact('withdraw_asset', 10, 'ETH')], withAccount({ debt: {} }, { risk: null }));
    expect(v.ok).toBe(true);
    expect(named(v, 'ltv')?.value).toBe('0');
    expect(named(v, 'hf')?.value).toBe('Infinity');
  });

  it('counts every collateral and debt asset at its price', () => {
    // 10 ETH + 0.2 WBTC = 20000 + 10000 = $30000; debt 7500 USDC + 5000 DAI = $12500; borrow 10000 DAI → 22500 / 30000 = 0.75.
    const multi = withAccount({ collateral: { ETH: 10, WBTC: '0.2' }, debt: { USDC: 7500, DAI: 5000 } });
    const v = verifyPlan([exact('borrow_asset', 10000, 'DAI')], multi);
    expect(v.ok).toBe(true);
    expect(named(v, 'ltv')?.value).toBe('0.75');
    expect(verifyPlan([exact('borrow_asset', '10000.01', 'DAI')], multi).reason).toBe('ltv');
  });
});
