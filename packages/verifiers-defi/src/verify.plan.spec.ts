import { baseContext, exact, step, withAccount } from './__tests__/world';
import { VERDICT_REASONS, type Verdict, type VerdictReason } from './types';
import { verifyPlan } from './verify';

const after = (v: Verdict) => {
  if (!v.ok) throw new Error(`expected a pass, got ${v.reason}`);
  return v.state_after;
};

describe('multi-step plans are simulated in order on a copy of the state', () => {
  it('a deposit after a swap sees the swapped units (and no more)', () => {
    const ctx = withAccount({ balances: { ETH: 10 } });
    const swap = exact('swap_asset', 1, 'ETH', { to_asset: 'USDC' }); // 1 × 2000 / 1 = 2000 USDC
    const ok = verifyPlan([swap, exact('deposit_asset', 2000, 'USDC')], ctx);
    expect(after(ok).collateral).toEqual({ ETH: '10', USDC: '2000' });
    const v = verifyPlan([swap, exact('deposit_asset', '2000.000001', 'USDC')], ctx);
    expect(v).toMatchObject({ ok: false, reason: 'insufficient_balance', failed_step: 1 });
    expect(v.checks.at(-1)).toMatchObject({ step: 1, name: 'funds:USDC', value: '2000.000001', limit: '2000' });
  });

  it('a borrow after a deposit counts the new collateral', () => {
    // Deposit 5 ETH: collateral $30000, so debt may reach $22500: borrow 17500 more USDC.
    const plan = [exact('deposit_asset', 5, 'ETH'), exact('borrow_asset', 17500, 'USDC')];
    expect(verifyPlan(plan, baseContext()).ok).toBe(true);
    expect(verifyPlan([plan[1] as never], baseContext()).reason).toBe('ltv');
  });

  it('a stake after a borrow can use the borrowed units', () => {
    const plan = [exact('borrow_asset', 1, 'ETH'), exact('stake_asset', 11, 'ETH')];
    const s = after(verifyPlan(plan, baseContext()));
    expect(s.staked).toEqual({ ETH: '15' });
    expect(s.debt).toEqual({ ETH: '1', USDC: '5000' });
  });

  it('an unstake then a deposit; a withdraw then a swap', () => {
    const a = after(verifyPlan([step('unstake_asset', { amount_kind: 'all', asset: 'ETH' }), exact('deposit_asset', 14, 'ETH')], baseContext()));
    expect(a.collateral).toEqual({ ETH: '24' });
    const b = after(verifyPlan([exact('withdraw_asset', 1, 'ETH'), exact('swap_asset', 11, 'ETH', { to_asset: 'WBTC' })], baseContext()));
    expect(b.balances).toEqual({ ETH: '0', USDC: '5000', WBTC: '0.44' }); // 11 × 2000 / 50000
  });

  it('the first failing step wins and the later steps are not checked', () => {
    const v = verifyPlan([exact('deposit_asset', 1, 'ETH'), exact('deposit_asset', 100, 'ETH'), exact('borrow_asset', 1e9, 'USDC')], baseContext());
    expect(v).toMatchObject({ ok: false, reason: 'insufficient_balance', failed_step: 1 });
    expect(v.checks.some((c) => c.step === 2)).toBe(false);
  });

  it('does not change the caller context', () => {
    const ctx = baseContext();
    const before = JSON.stringify(ctx);
    verifyPlan([exact('deposit_asset', 5, 'ETH'), exact('borrow_asset', 100, 'USDC')], ctx);
    expect(JSON.stringify(ctx)).toBe(before);
  });

  it('creates a book the context left out when a step writes to it, counting only what the plan put there', () => {
    const noCollateral = withAccount({ collateral: undefined, debt: {} });
    expect(verifyPlan([exact('borrow_asset', 1, 'USDC')], noCollateral).reason).toBe('missing_context');
    // Deposit 1 ETH ($2000) into an unknown collateral book: a borrow may then use only that $2000 (0.75 → $1500).
    const ok = verifyPlan([exact('deposit_asset', 1, 'ETH'), exact('borrow_asset', 1500, 'USDC')], noCollateral);
    expect(after(ok).collateral).toEqual({ ETH: '1' });
    expect(verifyPlan([exact('deposit_asset', 1, 'ETH'), exact('borrow_asset', '1500.01', 'USDC')], noCollateral).reason).toBe('ltv');
  });

  it('reports input issues in an order that does not depend on key order', () => {
    const a = verifyPlan([exact('deposit_asset', 1, 'ETH')], { prices: { ETH: -1, USDC: 'x' } });
    const b = verifyPlan([exact('deposit_asset', 1, 'ETH')], { prices: { USDC: 'x', ETH: -1 } });
    expect(a.checks.map((c) => c.name)).toEqual(['input:context.prices.ETH', 'input:context.prices.USDC']);
    expect(b).toEqual(a);
  });

  it('reads tickers case-insensitively in the plan and the context', () => {
    const ctx = baseContext({ prices: { eth: 2000, UsDc: 1 }, account: { balances: { Eth: 1 }, collateral: {} } });
    expect(after(verifyPlan([exact('deposit_asset', 1, 'eTh')], ctx)).collateral).toEqual({ ETH: '1' });
  });
});

describe('policy extras', () => {
  it('allowed_assets blocks an unlisted asset, including a swap target', () => {
    const policy = { allowed_assets: ['eth', 'usdc'] };
    expect(verifyPlan([exact('deposit_asset', 1, 'ETH')], baseContext(), policy).ok).toBe(true);
    const v = verifyPlan([exact('swap_asset', 1, 'ETH', { to_asset: 'WBTC' })], baseContext(), policy);
    expect(v).toMatchObject({ ok: false, reason: 'asset_not_allowed' });
    expect(v.checks.at(-1)?.name).toBe('asset_allowed:WBTC');
  });

  it('allowed_protocols blocks another venue and a step naming none', () => {
    const policy = { allowed_protocols: ['Aave'] };
    expect(verifyPlan([exact('deposit_asset', 1, 'ETH', { protocol: 'aave' })], baseContext(), policy).ok).toBe(true);
    expect(verifyPlan([exact('deposit_asset', 1, 'ETH', { protocol: 'silo' })], baseContext(), policy).reason).toBe('protocol_not_allowed');
    const none = verifyPlan([exact('deposit_asset', 1, 'ETH')], baseContext(), policy);
    expect(none).toMatchObject({ reason: 'protocol_not_allowed' });
    expect(none.checks.at(-1)?.name).toBe('protocol_allowed:(none)');
  });

  it('max_usd_per_tx: equal passes, above blocks with limit_exceeded; a swap counts the sold side', () => {
    const policy = { max_usd_per_tx: 2000 };
    const at = verifyPlan([exact('deposit_asset', 1, 'ETH')], baseContext(), policy);
    expect(at.checks.find((c) => c.name === 'usd_value')).toMatchObject({ ok: true, value: '2000', limit: '2000' });
    const over = verifyPlan([exact('deposit_asset', '1.000000000000000001', 'ETH')], baseContext(), policy);
    expect(over).toMatchObject({ ok: false, reason: 'limit_exceeded' });
    expect(verifyPlan([step('deposit_asset', { amount: 2000, amount_kind: 'usd', asset: 'ETH' })], baseContext(), policy).ok).toBe(true);
    expect(verifyPlan([exact('swap_asset', 2001, 'USDC', { to_asset: 'ETH' })], baseContext(), policy).reason).toBe('limit_exceeded');
  });
});

describe('fail-closed on bad input', () => {
  it('an unknown primitive is invalid input at its step', () => {
    const v = verifyPlan([exact('deposit_asset', 1, 'ETH'), step('bridge_asset', { asset: 'ETH' })], baseContext());
    expect(v).toMatchObject({ ok: false, reason: 'invalid_input', failed_step: 1 });
    expect(v.checks[0]).toMatchObject({ name: 'input:plan[1].primitive', ok: false });
  });

  it('"deposit ETH" with no amount is invalid input with an amount check', () => {
    const v = verifyPlan([step('deposit_asset', { asset: 'ETH' })], baseContext());
    expect(v).toMatchObject({ reason: 'invalid_input', failed_step: 0 });
    expect(v.checks[0]?.name).toBe('amount');
    expect(v.checks[0]?.detail).toMatch(/no amount/);
  });

  it('a malformed context or policy is invalid input with no failed step', () => {
    expect(verifyPlan([exact('deposit_asset', 1, 'ETH')], { prices: { ETH: 'NaN' } })).toMatchObject({ reason: 'invalid_input', failed_step: null });
    expect(verifyPlan([exact('deposit_asset', 1, 'ETH')], baseContext(), { ltv_max: '75%' })).toMatchObject({ reason: 'invalid_input', failed_step: null });
  });

  it('an exception inside verification becomes a block, not a throw', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    const v = verifyPlan([exact('deposit_asset', 1, 'ETH')], hostile);
    expect(v.ok).toBe(false);
    expect(v.reason).toBe('invalid_input');
    expect(v.checks.at(-1)?.ok).toBe(false);
  });
});

describe('every reason is reachable', () => {
  const policy = { allowed_assets: ['ETH', 'USDC', 'DAI', 'WBTC'], allowed_protocols: ['aave'], max_usd_per_tx: 100000 };
  const cases: Record<VerdictReason, [Parameters<typeof verifyPlan>[0], unknown]> = {
    verified: [[exact('deposit_asset', 1, 'ETH', { protocol: 'aave' })], baseContext()],
    oracle_stale: [[exact('deposit_asset', 1, 'ETH', { protocol: 'aave' })], baseContext({ oracle: { updated_at: 0 } })],
    oracle_missing: [[exact('deposit_asset', 1, 'ETH', { protocol: 'aave' })], baseContext({ prices: {} })],
    insufficient_balance: [[exact('deposit_asset', 11, 'ETH', { protocol: 'aave' })], baseContext()],
    ltv: [[exact('borrow_asset', 10001, 'USDC', { protocol: 'aave' })], baseContext()],
    hf: [[exact('borrow_asset', 10001, 'USDC', { protocol: 'aave' })], baseContext({ risk: { liquidation_threshold: 0.7 } })],
    missing_context: [[exact('deposit_asset', 1, 'ETH', { protocol: 'aave' })], null],
    invalid_input: [[exact('deposit_asset', -1, 'ETH', { protocol: 'aave' })], baseContext()],
    limit_exceeded: [[exact('borrow_asset', 100001, 'DAI', { protocol: 'aave' })], withAccount({ collateral: { ETH: 1000 } })],
    asset_not_allowed: [[exact('deposit_asset', 1, 'STETH', { protocol: 'aave' })], baseContext()],
    protocol_not_allowed: [[exact('deposit_asset', 1, 'ETH', { protocol: 'compound' })], baseContext()],
  };
  it.each(VERDICT_REASONS.map((r) => [r]))('%s', (reason) => {
    const [plan, ctx] = cases[reason];
    const v = verifyPlan(plan, ctx, { ...policy, ...(reason === 'hf' ? { ltv_max: 1 } : {}) });
    expect(v.reason).toBe(reason);
    expect(v.ok).toBe(reason === 'verified');
  });
});
