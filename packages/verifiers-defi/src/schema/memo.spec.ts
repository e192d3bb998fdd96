import * as E from 'fp-ts/Either';
import { exactJsonKey, memoParse } from './memo';
import { verifyPlan } from '../verify';

describe('exactJsonKey', () => {
  it('is equal for equal JSON content and different for any change', () => {
    expect(exactJsonKey({ a: 1, b: [true, null, 'x'] })).toBe(exactJsonKey({ a: 1, b: [true, null, 'x'] }));
    expect(exactJsonKey({ a: 1 })).not.toBe(exactJsonKey({ a: '1' }));
    expect(exactJsonKey({ a: 1, b: 2 })).not.toBe(exactJsonKey({ b: 2, a: 1 })); // key order is part of the key: no false sharing
    expect(exactJsonKey([1, 2])).not.toBe(exactJsonKey({ 0: 1, 1: 2 }));
  });

  it('refuses values JSON cannot represent exactly (so NaN never shares null\'s parse)', () => {
    expect(exactJsonKey({ p: NaN })).toBeNull();
    expect(exactJsonKey({ p: Infinity })).toBeNull();
    expect(exactJsonKey({ p: undefined })).toBeNull();
    expect(exactJsonKey({ d: new Date(0) })).toBeNull();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(exactJsonKey(cyclic)).toBeNull();
    expect(exactJsonKey([1, , 3])).toBeNull();
    expect(exactJsonKey({ a: [NaN] })).toBeNull();
  });

  it('refuses values too deep or too large to be worth caching, and keeps small ones', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10; i++) deep = { d: deep };
    expect(exactJsonKey(deep)).toBeNull();
    expect(exactJsonKey({ s: 'x'.repeat(20000) })).toBeNull();
    expect(exactJsonKey({ s: 'x'.repeat(20000) }, 30000)).not.toBeNull();
    expect(exactJsonKey(Array.from({ length: 20000 }, () => 0))).toBeNull();
    expect(exactJsonKey(null)).toBe('null');
    expect(exactJsonKey(undefined)).toBe('u');
  });
});

describe('memoParse', () => {
  it('parses each distinct content once and returns the same result', () => {
    let calls = 0;
    const parse = memoParse((raw: unknown) => {
      calls++;
      return E.right(JSON.stringify(raw));
    }, 2);
    expect(parse({ a: 1 })).toEqual(parse({ a: 1 }));
    expect(calls).toBe(1);
    parse({ a: 2 });
    parse({ a: 3 }); // evicts { a: 1 }
    parse({ a: 1 });
    expect(calls).toBe(4);
    parse({ a: NaN });
    parse({ a: NaN });
    expect(calls).toBe(6); // never cached
  });

  it('a cached valid context never leaks into a NaN one: the NaN context is still invalid_input', () => {
    const plan = [{ primitive: 'deposit_asset', args: { amount: 1, amount_kind: 'exact', asset: 'ETH', to_asset: null, protocol: null, chain: null } }] as const;
    const good = { now: 100, prices: { ETH: 2000 }, oracle: { updated_at: 100 }, account: { balances: { ETH: 5 }, collateral: {}, debt: {} } };
    expect(verifyPlan(plan, good).ok).toBe(true);
    expect(verifyPlan(plan, good).ok).toBe(true);
    const bad = { ...good, prices: { ETH: NaN } };
    expect(verifyPlan(plan, bad)).toMatchObject({ ok: false, reason: 'invalid_input' });
  });

  it('a plan simulated against a cached snapshot leaves it untouched (copy-on-write books)', () => {
    const ctx = { now: 100, prices: { ETH: 2000, USDC: 1 }, oracle: { updated_at: 100 }, account: { balances: { ETH: 5, USDC: 10 }, collateral: { ETH: 1 }, debt: {} } };
    const deposit = [{ primitive: 'deposit_asset', args: { amount: 4, amount_kind: 'exact', asset: 'ETH', to_asset: null, protocol: null, chain: null } }] as const;
    const first = verifyPlan(deposit, ctx);
    const second = verifyPlan(deposit, ctx);
    expect(first.ok && second.ok).toBe(true);
    expect(second.state_after).toEqual(first.state_after);
    expect(first.state_after?.balances).toEqual({ ETH: '1', USDC: '10' });
    expect(first.state_after?.collateral).toEqual({ ETH: '5' });
    // 4 + 4 would not fit in 5 ETH if the first run had written into the cached books
    const twice = [deposit[0], deposit[0]];
    expect(verifyPlan(twice, ctx)).toMatchObject({ ok: false, reason: 'insufficient_balance', failed_step: 1 });
    expect(verifyPlan(deposit, ctx).state_after).toEqual(first.state_after);
  });
});

describe('memoParse on deep-frozen input', () => {
  it('parses a deep-frozen object once and then answers by identity; a shallow-frozen one is still keyed by content', () => {
    let calls = 0;
    const parse = memoParse((raw: unknown) => {
      calls++;
      return E.right(JSON.stringify(raw));
    });
    const deep = Object.freeze({ a: Object.freeze([1, 2]), b: Object.freeze({ c: 'x' }) });
    expect(parse(deep)).toEqual(E.right('{"a":[1,2],"b":{"c":"x"}}'));
    expect(parse(deep)).toEqual(E.right('{"a":[1,2],"b":{"c":"x"}}'));
    expect(calls).toBe(1);
    const inner = { n: 1 };
    const shallow = Object.freeze({ inner });
    expect(parse(shallow)).toEqual(E.right('{"inner":{"n":1}}'));
    inner.n = 2;
    expect(parse(shallow)).toEqual(E.right('{"inner":{"n":2}}'));
    let n = 0;
    const live = Object.freeze({ get n() { return ++n; } });
    parse(live);
    const before = calls;
    parse(live);
    expect(calls).toBeGreaterThan(before); // an accessor is never trusted by identity
    expect(parse(Object.freeze({ p: NaN }))).toEqual(E.right('{"p":null}'));
    expect(calls).toBeGreaterThan(before + 1); // never cached: not plain JSON
  });
});
