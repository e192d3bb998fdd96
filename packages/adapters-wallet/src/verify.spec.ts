import type { WalletArgs } from './args';
import { verifyPlan, type WalletStep } from './verify';

const ADDR = '0x52908400098527886e0f7030069857d2e4169ee7';
const send = (a: Partial<WalletArgs>): WalletStep => ({
  primitive: 'send_asset',
  args: { amount: 1, amount_kind: 'exact', asset: 'ETH', recipient: ADDR, chain: null, ...a },
});
const ctx = { balances: { ETH: 2, USDC: 0.3 }, prices: { ETH: 3000, USDC: 1 }, contacts: { Bob: '0x8617e340b3d01fa5f11f306f4090fd50e238070d', eve: 'not-an-address' } };

describe('wallet verifier (fail closed)', () => {
  it('accepts a send within the balance and records each check', () => {
    const v = verifyPlan([send({ amount: 1.5 })], ctx);
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => [c.name, c.ok, c.value, c.limit])).toEqual([
      ['primitive', true, 'send_asset', null],
      ['args', true, null, null],
      ['recipient', true, ADDR, null],
      ['funds', true, '1.5', '2'],
    ]);
  });

  it('treats the balance as a limit that may be reached but not passed', () => {
    expect(verifyPlan([send({ amount: 2 })], ctx).reason).toBe('verified');
    expect(verifyPlan([send({ amount: 2.000001 })], ctx).reason).toBe('insufficient_balance');
    expect(verifyPlan([send({ asset: 'USDC', amount: 0.3 })], ctx).reason).toBe('verified');
    expect(verifyPlan([send({ asset: 'USDC', amount: 0.30000000000000004 })], ctx).reason).toBe('insufficient_balance');
  });

  it('converts dollar amounts at the context price, exactly', () => {
    expect(verifyPlan([send({ amount: 6000, amount_kind: 'usd' })], ctx).reason).toBe('verified'); // 2 ETH
    expect(verifyPlan([send({ amount: 6000.01, amount_kind: 'usd' })], ctx).reason).toBe('insufficient_balance');
    expect(verifyPlan([send({ amount: 10, amount_kind: 'usd' })], { balances: ctx.balances }).reason).toBe('missing_context');
  });

  it('resolves all / half from the balance and blocks them on an empty one', () => {
    expect(verifyPlan([send({ amount: null, amount_kind: 'all' })], ctx).checks.at(-1)).toMatchObject({ name: 'funds', value: '2', limit: '2' });
    expect(verifyPlan([send({ amount: null, amount_kind: 'half' })], ctx).checks.at(-1)).toMatchObject({ value: '1' });
    expect(verifyPlan([send({ amount: null, amount_kind: 'all', asset: 'DAI' })], ctx).reason).toBe('insufficient_balance');
  });

  it('needs the context it reads: absent is missing_context, malformed is invalid_context', () => {
    expect(verifyPlan([send({})]).reason).toBe('missing_context');
    expect(verifyPlan([send({})], {}).reason).toBe('missing_context');
    expect(verifyPlan([send({})], { balances: { ETH: -1 } }).reason).toBe('invalid_context');
    expect(verifyPlan([send({})], { balances: { ETH: '2' } }).reason).toBe('invalid_context');
    expect(verifyPlan([send({})], { balances: { eth: 1, ETH: 5 } }).reason).toBe('invalid_context');
    expect(verifyPlan([send({})], { balances: [] }).reason).toBe('invalid_context');
    expect(verifyPlan([send({})], 'nope').reason).toBe('invalid_context');
  });

  it('resolves contact names through the address book only', () => {
    expect(verifyPlan([send({ recipient: 'bob' })], ctx).checks[2]).toMatchObject({ name: 'recipient', ok: true, value: 'bob → 0x8617e340b3d01fa5f11f306f4090fd50e238070d' });
    expect(verifyPlan([send({ recipient: 'carol' })], ctx).reason).toBe('unknown_recipient');
    expect(verifyPlan([send({ recipient: 'eve' })], ctx).reason).toBe('invalid_context');
    expect(verifyPlan([send({ recipient: 'bob' })], { balances: ctx.balances }).reason).toBe('missing_context');
    expect(verifyPlan([send({ recipient: 'vitalik.eth' })], ctx).reason).toBe('verified');
  });

  it('blocks missing arguments and names them', () => {
    const v = verifyPlan([send({ amount: null, amount_kind: 'none', recipient: null })], ctx);
    expect(v.reason).toBe('missing_argument');
    expect(v.checks.at(-1)).toMatchObject({ name: 'args', ok: false, value: 'amount,recipient' });
    expect(verifyPlan([send({ amount: 0 })], ctx).reason).toBe('missing_argument');
  });

  it('applies the optional per-asset send limit from the policy', () => {
    expect(verifyPlan([send({ amount: 1 })], ctx, { max_send: { eth: 1 } }).reason).toBe('verified');
    expect(verifyPlan([send({ amount: 1.5 })], ctx, { max_send: { ETH: 1 } }).reason).toBe('limit_exceeded');
    expect(verifyPlan([send({ amount: 1.5 })], ctx, { max_send: { USDC: 1 } }).reason).toBe('verified');
    expect(verifyPlan([send({ amount: 1 })], ctx, { max_send: 5 }).reason).toBe('invalid_policy');
  });

  it('passes read-only steps without context, and refuses unknown primitives and empty plans', () => {
    const none: WalletArgs = { amount: null, amount_kind: 'none', asset: null, recipient: null, chain: null };
    expect(verifyPlan([{ primitive: 'check_balance', args: none }]).ok).toBe(true);
    expect(verifyPlan([{ primitive: 'receive_address', args: none }]).checks.at(-1)).toMatchObject({ name: 'read_only', ok: true });
    expect(verifyPlan([{ primitive: 'launch' as 'send_asset', args: none }]).reason).toBe('unknown_primitive');
    expect(verifyPlan([]).ok).toBe(false);
  });
});
