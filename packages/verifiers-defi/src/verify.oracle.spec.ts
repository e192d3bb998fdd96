import { baseContext, exact, NOW, withAccount } from './__tests__/world';
import type { Check } from './types';
import { verifyPlan } from './verify';

const deposit1Eth = [exact('deposit_asset', 1, 'ETH')];
const named = (checks: readonly Check[], name: string) => checks.find((c) => c.name === name);

describe('oracle freshness (age = now − updated_at, equal to the limit is fresh)', () => {
  it.each([
    [NOW - 29, '29', true],
    [NOW - 30, '30', true],
    ['1699999969.999999', '30.000001', false],
    [NOW - 31, '31', false],
  ])('updated_at %s → age %s s against the 30 s default → ok %s', (updatedAt, age, ok) => {
    const v = verifyPlan(deposit1Eth, baseContext({ oracle: { updated_at: updatedAt } }));
    expect(v.ok).toBe(ok);
    expect(named(v.checks, 'oracle_age:ETH')).toMatchObject({ value: age, limit: '30', ok });
    if (!ok) expect(v).toMatchObject({ reason: 'oracle_stale', failed_step: 0 });
  });

  it('blocks a price dated after now', () => {
    const v = verifyPlan(deposit1Eth, baseContext({ oracle: { updated_at: NOW + 1 } }));
    expect(v).toMatchObject({ ok: false, reason: 'oracle_stale' });
    expect(named(v.checks, 'oracle_age:ETH')).toMatchObject({ value: '-1', ok: false });
  });

  it('applies a per-asset max age from the policy', () => {
    const ctx = baseContext({ oracle: { updated_at: NOW - 3600 } });
    const policy = { oracle_max_age_sec_by_asset: { usdc: 86400 } };
    const usdc = verifyPlan([exact('deposit_asset', 100, 'USDC')], ctx, policy);
    expect(usdc.ok).toBe(true);
    expect(named(usdc.checks, 'oracle_age:USDC')).toMatchObject({ value: '3600', limit: '86400' });
    expect(verifyPlan(deposit1Eth, ctx, policy)).toMatchObject({ ok: false, reason: 'oracle_stale' });
  });

  it('uses a per-asset update time when the context gives one', () => {
    const ctx = baseContext({ oracle: { updated_at: NOW - 10, updated_at_by_asset: { eth: NOW - 100 } } });
    expect(verifyPlan(deposit1Eth, ctx)).toMatchObject({ ok: false, reason: 'oracle_stale' });
    expect(verifyPlan([exact('deposit_asset', 1, 'USDC')], ctx).ok).toBe(true);
  });

  it('raises the global limit through the policy', () => {
    const ctx = baseContext({ oracle: { updated_at: NOW - 60 } });
    expect(verifyPlan(deposit1Eth, ctx, { oracle_max_age_sec: 60 }).ok).toBe(true);
    expect(verifyPlan(deposit1Eth, ctx, { oracle_max_age_sec: 59 }).reason).toBe('oracle_stale');
  });
});

describe('oracle prices', () => {
  it('blocks oracle_missing when the step asset has no price', () => {
    const ctx = withAccount({ balances: { WETH: 5 } });
    const v = verifyPlan([exact('deposit_asset', 1, 'WETH')], ctx);
    expect(v).toMatchObject({ ok: false, reason: 'oracle_missing', failed_step: 0 });
    expect(v.checks.at(-1)).toMatchObject({ name: 'price:WETH', ok: false, value: null });
  });

  it('reports a stale oracle before a missing price', () => {
    const ctx = withAccount({ balances: { WETH: 5 } }, { oracle: { updated_at: NOW - 31 } });
    expect(verifyPlan([exact('deposit_asset', 1, 'WETH')], ctx).reason).toBe('oracle_stale');
  });

  it('needs prices of every held collateral and debt asset for a borrow, not of zero entries', () => {
    const noWbtc = { ETH: 2000, USDC: 1 };
    const held = withAccount({ collateral: { ETH: 10, WBTC: 1 } }, { prices: noWbtc });
    const v = verifyPlan([exact('borrow_asset', 100, 'USDC')], held);
    expect(v).toMatchObject({ ok: false, reason: 'oracle_missing' });
    expect(v.checks.at(-1)?.name).toBe('price:WBTC');
    const zero = withAccount({ collateral: { ETH: 10, WBTC: 0 } }, { prices: noWbtc });
    expect(verifyPlan([exact('borrow_asset', 100, 'USDC')], zero).ok).toBe(true);
  });

  it('a deposit needs only its own price', () => {
    const ctx = baseContext({ prices: { ETH: 2000 } });
    expect(verifyPlan(deposit1Eth, ctx).ok).toBe(true);
  });
});

describe('missing context', () => {
  it('"deposit 10 ETH into aave" with no context at all', () => {
    const v = verifyPlan([exact('deposit_asset', 10, 'ETH', { protocol: 'aave' })]);
    expect(v).toMatchObject({ ok: false, reason: 'missing_context', failed_step: 0, state_after: null });
  });

  it('needs now and an oracle time', () => {
    const noNow = { ...baseContext() };
    delete noNow['now'];
    expect(verifyPlan(deposit1Eth, noNow).checks.at(-1)).toMatchObject({ name: 'context:now', ok: false });
    expect(verifyPlan(deposit1Eth, baseContext({ oracle: null })).checks.at(-1)).toMatchObject({
      name: 'context:oracle.updated_at',
      ok: false,
    });
  });

  it('needs the books a step reads, but an empty book is a statement of "none"', () => {
    expect(verifyPlan(deposit1Eth, withAccount({ balances: null })).checks.at(-1)?.name).toBe('context:account.balances');
    expect(verifyPlan([exact('borrow_asset', 1, 'USDC')], withAccount({ debt: undefined })).reason).toBe('missing_context');
    expect(verifyPlan([exact('borrow_asset', 1, 'USDC')], withAccount({ debt: {} })).ok).toBe(true);
  });
});
