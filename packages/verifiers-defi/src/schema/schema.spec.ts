import * as E from 'fp-ts/Either';
import { decString } from '../decimal';
import { parseContext } from './context';
import { parsePlan, MAX_PLAN_STEPS } from './plan';
import { DEFAULT_POLICY, parsePolicy } from './policy';

const paths = (e: E.Either<{ issues: readonly { path: string }[] }, unknown>): string[] =>
  E.isLeft(e) ? e.left.issues.map((i) => i.path) : [];

describe('parseContext', () => {
  it('upper-cases tickers and reads numbers and decimal strings alike', () => {
    const r = parseContext({ prices: { eth: 2000.5, usdc: '1.0001' }, account: { balances: { stEth: '0.000000000000000001' } } });
    expect(E.isRight(r)).toBe(true);
    if (E.isLeft(r)) return;
    expect(decString(r.right.prices?.get('ETH') as never)).toBe('2000.5');
    expect(decString(r.right.prices?.get('USDC') as never)).toBe('1.0001');
    expect(decString(r.right.account.balances?.get('STETH') as never)).toBe('0.000000000000000001');
    expect(r.right.account.collateral).toBeNull();
  });

  it('treats undefined and null as the empty context', () => {
    for (const raw of [undefined, null]) {
      const r = parseContext(raw);
      expect(E.isRight(r) && r.right.now === null && r.right.prices === null && r.right.oracle === null).toBe(true);
    }
  });

  it.each([
    ['negative number', -1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['non-numeric string', 'abc'],
    ['negative string', '-1'],
    ['exponent string', '1e5'],
    ['thousands separator', '1,000'],
    ['padded string', ' 1'],
    ['boolean', true],
    ['33 significant digits', '1.00000000000000000000000000000001'],
  ])('rejects a %s as a balance', (_label, bad) => {
    expect(paths(parseContext({ account: { balances: { ETH: bad } } }))).toEqual(['context.account.balances.ETH']);
  });

  it('rejects a zero or negative price but accepts a zero balance', () => {
    expect(paths(parseContext({ prices: { ETH: 0 } }))).toEqual(['context.prices.ETH']);
    expect(paths(parseContext({ prices: { ETH: '-5' } }))).toEqual(['context.prices.ETH']);
    expect(E.isRight(parseContext({ account: { balances: { ETH: 0 } } }))).toBe(true);
  });

  it('rejects a ticker given twice with different values, accepts it with the same value', () => {
    expect(paths(parseContext({ prices: { eth: 1, ETH: 2 } }))).toHaveLength(1);
    expect(E.isRight(parseContext({ prices: { eth: 2, ETH: '2.0' } }))).toBe(true);
  });

  it('rejects malformed tickers and misspelt inner keys, ignores unknown top-level keys', () => {
    expect(paths(parseContext({ prices: { 'E TH': 1 } }))).toEqual(['context.prices.E TH']);
    expect(paths(parseContext({ account: { colateral: {} } }))).toEqual(['context.account']);
    expect(paths(parseContext({ risk: { liq_threshold: 0.8 } }))).toEqual(['context.risk']);
    expect(E.isRight(parseContext({ market: { venues: ['x'] } }))).toBe(true);
  });

  it('rejects a liquidation threshold above 1 and a context that is not an object', () => {
    expect(paths(parseContext({ risk: { liquidation_threshold: 1.01 } }))).toEqual(['context.risk.liquidation_threshold']);
    expect(E.isLeft(parseContext([1, 2]))).toBe(true);
    expect(E.isLeft(parseContext('ctx'))).toBe(true);
  });
});

describe('parsePolicy', () => {
  it('fills DESIGN defaults, and DEFAULT_POLICY parses to the same thing', () => {
    const a = parsePolicy(undefined);
    const b = parsePolicy(DEFAULT_POLICY);
    expect(E.isRight(a) && E.isRight(b)).toBe(true);
    if (E.isLeft(a) || E.isLeft(b)) return;
    for (const p of [a.right, b.right]) {
      expect([decString(p.ltv_max), decString(p.hf_min), decString(p.oracle_max_age_sec)]).toEqual(['0.75', '1', '30']);
      expect([p.hf_warn, p.max_usd_per_tx, p.allowed_assets, p.allowed_protocols]).toEqual([null, null, null, null]);
      expect(p.oracle_max_age_sec_by_asset.size).toBe(0);
    }
  });

  it('normalises allow-lists and keeps other packages keys out of the way', () => {
    const r = parsePolicy({ allowed_assets: ['eth', 'Usdc'], allowed_protocols: [' Aave '], mapper: { confidence: 0.7 } });
    expect(E.isRight(r)).toBe(true);
    if (E.isLeft(r)) return;
    expect([...(r.right.allowed_assets ?? [])]).toEqual(['ETH', 'USDC']);
    expect([...(r.right.allowed_protocols ?? [])]).toEqual(['aave']);
  });

  it('rejects out-of-range and malformed knobs', () => {
    expect(paths(parsePolicy({ ltv_max: 1.5 }))).toEqual(['policy.ltv_max']);
    expect(paths(parsePolicy({ hf_min: -1 }))).toEqual(['policy.hf_min']);
    expect(paths(parsePolicy({ oracle_max_age_sec: 'soon' }))).toEqual(['policy.oracle_max_age_sec']);
    expect(paths(parsePolicy({ allowed_assets: ['ok', ''] }))).toEqual(['policy.allowed_assets[1]']);
    expect(E.isLeft(parsePolicy(42))).toBe(true);
  });
});

describe('parsePlan', () => {
  const names = (raw: unknown): string[] => {
    const r = parsePlan(raw);
    return E.isLeft(r) ? r.left.issues.map((i) => i.name) : [];
  };

  it('accepts missing arg keys as null and infers the amount kind from the amount', () => {
    const r = parsePlan([{ primitive: 'deposit_asset', args: { amount: '2.5', asset: 'eth' } }, { primitive: 'claim_rewards' }]);
    expect(E.isRight(r)).toBe(true);
    if (E.isLeft(r)) return;
    expect(r.right[0]).toMatchObject({ primitive: 'deposit_asset', asset: 'ETH', amount: { kind: 'exact' } });
    expect(r.right[1]).toMatchObject({ primitive: 'claim_rewards', asset: null, amount: { kind: 'all' } });
  });

  it('rejects unknown primitives, empty and over-long plans', () => {
    expect(names([{ primitive: 'bridge_asset', args: {} }])).toEqual(['input:plan[0].primitive']);
    expect(names([])).toEqual(['input:plan']);
    expect(names(Array.from({ length: MAX_PLAN_STEPS + 1 }, () => ({ primitive: 'claim_rewards' })))).toEqual(['input:plan']);
    expect(names({ primitive: 'claim_rewards' })).toEqual(['input:plan']);
  });

  it('applies the per-primitive argument rules', () => {
    expect(names([{ primitive: 'deposit_asset', args: { amount_kind: 'none', asset: 'ETH' } }])).toEqual(['amount']);
    expect(names([{ primitive: 'deposit_asset', args: { amount: 0, amount_kind: 'exact', asset: 'ETH' } }])).toEqual(['amount']);
    expect(names([{ primitive: 'deposit_asset', args: { amount: 1, amount_kind: 'all', asset: 'ETH' } }])).toEqual(['amount']);
    expect(names([{ primitive: 'borrow_asset', args: { amount_kind: 'all', asset: 'USDC' } }])).toEqual(['amount']);
    expect(names([{ primitive: 'deposit_asset', args: { amount: 1, amount_kind: 'exact' } }])).toEqual(['asset']);
    expect(names([{ primitive: 'swap_asset', args: { amount: 1, amount_kind: 'exact', asset: 'ETH' } }])).toEqual(['to_asset']);
    expect(names([{ primitive: 'swap_asset', args: { amount: 1, amount_kind: 'exact', asset: 'ETH', to_asset: 'eth' } }])).toEqual(['to_asset']);
    expect(names([{ primitive: 'claim_rewards', args: { amount: 1, amount_kind: 'exact' } }])).toEqual(['amount']);
    expect(names([{ primitive: 'claim_rewards', args: { amount_kind: 'half' } }])).toEqual([]);
  });

  it('reports the step index of a bad step', () => {
    const r = parsePlan([{ primitive: 'claim_rewards' }, { primitive: 'stake_asset', args: { amount_kind: 'none', asset: 'ETH' } }]);
    expect(E.isLeft(r) && r.left.issues[0]?.step).toBe(1);
  });
});
