// fast-check generators for worlds (context + policy) and plans, mostly valid so that passes happen often.
import fc from 'fast-check';
import { Dec } from '../decimal';
import { AMOUNT_KINDS, DEFI_PRIMITIVES, type AmountKind, type PlanStepInput } from '../types';

export const TICKERS = ['ETH', 'USDC', 'WBTC', 'DAI'] as const;
export const NOW = 1_000_000;

/** A non-negative decimal with up to 6 fraction digits, as a string or (sometimes) a JS number. */
export const units = (max = 20_000): fc.Arbitrary<string | number> =>
  fc
    .tuple(fc.integer({ min: 0, max: max * 1_000_000 }), fc.boolean())
    .map(([micro, asNumber]) => {
      const s = new Dec(micro).div(1_000_000).toFixed();
      return asNumber ? Number(s) : s;
    });

const positive = (max: number) => units(max).filter((u) => Number(u) > 0);

/** A ticker map over a random subset of the tickers; sometimes written in lower case. */
export const book = (value: fc.Arbitrary<string | number>) =>
  fc
    .tuple(fc.record({ ETH: value, USDC: value, WBTC: value, DAI: value }, { requiredKeys: [] }), fc.boolean())
    .map(([rec, lower]) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [lower ? k.toLowerCase() : k, v])));

export interface World {
  context: Record<string, unknown>;
  policy: Record<string, unknown>;
}

export interface WorldOptions {
  /** Every account book present (so that "adding" units never creates a book). */
  readonly fullBooks?: boolean;
}

/** A context (oracle mostly fresh, prices mostly present) and a policy with random knobs. */
export function world(opts: WorldOptions = {}): fc.Arbitrary<World> {
  const maybeBook = opts.fullBooks ? book(units()) : fc.option(book(units()), { freq: 20, nil: undefined });
  const prices = fc.record({ ETH: positive(4000), USDC: fc.constantFrom(1, '1', '0.9999'), WBTC: positive(60000), DAI: fc.constant(1) }, { requiredKeys: [] });
  const context = fc.record(
    {
      now: fc.constant(NOW),
      prices: fc.oneof({ weight: 9, arbitrary: fc.record({ ETH: positive(4000), USDC: fc.constant(1), WBTC: positive(60000), DAI: fc.constant('1') }) }, { weight: 1, arbitrary: prices }),
      oracle: fc.record({ updated_at: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: NOW - 30, max: NOW }) }, { weight: 1, arbitrary: fc.integer({ min: NOW - 40, max: NOW + 1 }) }) }),
      account: fc.record(
        { balances: maybeBook, collateral: maybeBook, debt: maybeBook, staked: maybeBook, rewards: maybeBook },
        opts.fullBooks ? {} : { requiredKeys: [] },
      ),
      risk: fc.oneof(
        { weight: 4, arbitrary: fc.record({ liquidation_threshold: fc.integer({ min: 50, max: 95 }).map((p) => p / 100) }) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
    },
    { requiredKeys: ['now', 'prices', 'oracle', 'account', 'risk'] },
  );
  const rarely = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
  const policy = fc.record({
    ltv_max: fc.option(fc.integer({ min: 0, max: 100 }).map((p) => p / 100), { nil: undefined }),
    hf_min: fc.option(fc.integer({ min: 50, max: 200 }).map((p) => String(p / 100)), { nil: undefined }),
    oracle_max_age_sec: rarely(fc.integer({ min: 0, max: 60 })),
    hf_warn: rarely(fc.integer({ min: 100, max: 300 }).map((p) => p / 100)),
    max_usd_per_tx: rarely(positive(1_000_000)),
    allowed_assets: rarely(fc.subarray([...TICKERS], { minLength: 2 })),
    allowed_protocols: rarely(fc.constant(['aave', 'lido'])),
  });
  return fc.record({ context, policy });
}

/** The amount kinds that make sense for a primitive (DESIGN §4 and the README's rules). */
function sensibleKinds(primitive: string): readonly AmountKind[] {
  if (primitive === 'borrow_asset') return ['exact', 'usd'];
  if (primitive === 'claim_rewards') return ['none', 'all', 'half', 'exact'];
  return ['exact', 'usd', 'all', 'half'];
}

/** A plan step: mostly well-formed for its primitive, sometimes any combination (which may be invalid input). */
export function planStep(primitives: readonly string[] = DEFI_PRIMITIVES): fc.Arbitrary<PlanStepInput> {
  return fc
    .record({
      primitive: fc.constantFrom(...primitives),
      anyKind: fc.constantFrom(...AMOUNT_KINDS),
      sensible: fc.nat(),
      wild: fc.integer({ min: 0, max: 49 }),
      amount: fc.oneof(positive(20), positive(30_000)),
      asset: fc.constantFrom(...TICKERS),
      to_asset: fc.constantFrom(...TICKERS),
      protocol: fc.constantFrom('aave', 'lido', null),
    })
    .map(({ primitive, anyKind, sensible, wild, amount, asset, to_asset, protocol }) => {
      const kinds = sensibleKinds(primitive);
      const kind = wild === 0 ? anyKind : (kinds[sensible % kinds.length] as AmountKind);
      const noAsset = primitive === 'claim_rewards' ? kind !== 'exact' && wild % 2 === 1 : wild === 1;
      const target = to_asset === asset && wild !== 2 ? TICKERS[(TICKERS.indexOf(asset) + 1) % TICKERS.length] : to_asset;
      return {
        primitive,
        args: {
          amount: kind === 'exact' || kind === 'usd' ? amount : null,
          amount_kind: kind,
          asset: noAsset ? null : asset,
          to_asset: primitive === 'swap_asset' ? target : null,
          protocol,
          chain: null,
        },
      };
    });
}

/** A plan of 1–3 steps. */
export const plan = (primitives?: readonly string[]) => fc.array(planStep(primitives), { minLength: 1, maxLength: 3 });

/** A plan of 0–1 steps followed by a borrow or a withdraw, so LTV and HF are always computed when it gets there. */
export const riskyPlan = (primitives?: readonly string[]) =>
  fc
    .tuple(fc.array(planStep(primitives), { maxLength: 1 }), planStep(['borrow_asset', 'withdraw_asset']))
    .map(([lead, last]) => [...lead, last]);
