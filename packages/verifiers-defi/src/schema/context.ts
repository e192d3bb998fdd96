import { z } from 'zod';
import * as E from 'fp-ts/Either';
import type { Dec } from '../decimal';
import type { BookName } from '../types';
import { fromZod, type VerifierError } from './error';
import { nonNegativeDecimal, positiveDecimal, unitDecimal } from './number';
import { tickerMap } from './ticker';

/** Ticker (upper-case) → decimal. */
export type TickerMap = ReadonlyMap<string, Dec>;

/** The validated DeFi context (DESIGN §4). Every field may be absent (null): the check that needs it blocks. */
export interface DefiContext {
  /** Current time, unix seconds. */
  readonly now: Dec | null;
  /** Oracle prices in USD per unit. */
  readonly prices: TickerMap | null;
  readonly oracle: {
    /** When the oracle prices were last updated, unix seconds. */
    readonly updated_at: Dec | null;
    /** Per-asset update times; an asset listed here uses its own time instead of `updated_at`. */
    readonly updated_at_by_asset: TickerMap;
  } | null;
  /** Account books; a null book is unknown, an empty one holds nothing. */
  readonly account: { readonly [B in BookName]: TickerMap | null };
  readonly risk: { readonly liquidation_threshold: Dec | null };
}

const units = tickerMap(nonNegativeDecimal).nullish();

// Inner objects are strict so a misspelt key ("colateral", "liq_threshold") is reported, not ignored.
// The top level is loose: callers may carry other fields (market data, notes) in the same object.
const contextSchema = z
  .object({
    now: nonNegativeDecimal.nullish(),
    prices: tickerMap(positiveDecimal).nullish(),
    oracle: z
      .strictObject({
        updated_at: nonNegativeDecimal.nullish(),
        updated_at_by_asset: tickerMap(nonNegativeDecimal).nullish(),
      })
      .nullish(),
    account: z
      .strictObject({ balances: units, collateral: units, debt: units, staked: units, rewards: units })
      .nullish(),
    risk: z.strictObject({ liquidation_threshold: unitDecimal.nullish() }).nullish(),
  })
  .nullish();

/** Validates a raw context; undefined or null is the empty context (every field absent). */
export function parseContext(raw: unknown): E.Either<VerifierError, DefiContext> {
  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) return E.left(fromZod('context', parsed.error));
  const c = parsed.data ?? {};
  const a = c.account ?? {};
  return E.right({
    now: c.now ?? null,
    prices: c.prices ?? null,
    oracle: c.oracle
      ? { updated_at: c.oracle.updated_at ?? null, updated_at_by_asset: c.oracle.updated_at_by_asset ?? new Map() }
      : null,
    account: {
      balances: a.balances ?? null,
      collateral: a.collateral ?? null,
      debt: a.debt ?? null,
      staked: a.staked ?? null,
      rewards: a.rewards ?? null,
    },
    risk: { liquidation_threshold: c.risk?.liquidation_threshold ?? null },
  });
}
